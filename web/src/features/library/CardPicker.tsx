import { useState } from 'react';
import { Button } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import { TextField } from '../../components/TextField';
import { useDebounced } from '../../lib/useDebounced';
import { StrategyCardDialog } from './StrategyCardDialog';
import { useResource, useResources } from './useResources';

/** What a card picker says; each place that links a card words it for its own purpose. */
export interface CardPickerLabels {
  chosen: string;
  preview: string;
  remove: string;
  search: string;
  searchHint: string;
  none: string;
  results: string;
  choose: string;
  chooseNamed: (title: string) => string;
}

/** Links one strategy card from the library: search, preview, choose (or none). */
export function CardPicker({
  value,
  onChange,
  labels,
  testId,
}: {
  value: string | null;
  onChange: (cardId: string | null) => void;
  labels: CardPickerLabels;
  testId: string;
}) {
  const [q, setQ] = useState('');
  const [preview, setPreview] = useState<string | null>(null);
  const query = useDebounced(q.trim(), 300);
  const results = useResources({ q: query }, { limit: 6, enabled: query.length >= 2 && !value });
  const chosen = useResource(value ?? '');

  return (
    <div className="stack" data-testid={testId}>
      {value ? (
        <div className="picked-card">
          <span>
            {labels.chosen} <strong>{chosen.data?.title ?? value}</strong>
          </span>
          <Button variant="secondary" className="btn-small" onClick={() => setPreview(value)}>
            {labels.preview}
          </Button>
          <Button variant="ghost" className="btn-small" onClick={() => onChange(null)}>
            {labels.remove}
          </Button>
        </div>
      ) : (
        <>
          <TextField
            type="search"
            label={labels.search}
            hint={labels.searchHint}
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          {query.length >= 2 &&
            (results.query.isPending ? (
              <Spinner />
            ) : results.items.length === 0 ? (
              <p className="muted">{labels.none}</p>
            ) : (
              <ul className="card-results" aria-label={labels.results}>
                {results.items.map((card) => (
                  <li key={card.id} className="card-result">
                    <span>
                      <strong>{card.title}</strong> <span className="muted small">· {card.summary}</span>
                    </span>
                    <span className="button-row">
                      <Button variant="ghost" className="btn-small" onClick={() => setPreview(card.id)}>
                        {labels.preview}
                      </Button>
                      <Button
                        variant="secondary"
                        className="btn-small"
                        aria-label={labels.chooseNamed(card.title)}
                        onClick={() => {
                          onChange(card.id);
                          setQ('');
                        }}
                      >
                        {labels.choose}
                      </Button>
                    </span>
                  </li>
                ))}
              </ul>
            ))}
        </>
      )}
      <StrategyCardDialog resourceId={preview} onClose={() => setPreview(null)} />
    </div>
  );
}
