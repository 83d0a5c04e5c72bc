import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COI_PHASES, type CoiPhase } from '#core/contracts/coi';
import type { ThreadCoi } from '#core/contracts/communities';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Select } from '../../components/Select';
import { Spinner } from '../../components/Spinner';
import { Table } from '../../components/Table';
import { personLine } from './Person';
import { useSaveCodes, useThreadCoi } from './useCommunities';

type Item = ThreadCoi['items'][number];
const percent = (share: number) => `${Math.round(share * 100)} %`;

/**
 * The facilitator's Community-of-Inquiry view (PEDAGOGY.md §3): the share of posts per cognitive
 * phase as bars and as a table, the two flags, and each post's draft codes with their evidence
 * highlighted in the post, to confirm.
 */
export function CoiPanel({ threadId }: { threadId: string }) {
  const { t } = useTranslation('communities');
  const coi = useThreadCoi(threadId, true);
  if (coi.isPending) return <Spinner />;
  if (coi.isError) return <ErrorAlert error={coi.error} onRetry={() => void coi.refetch()} />;
  const data = coi.data;
  const rows = COI_PHASES.map((phase) => ({ phase, share: data.phaseShares[phase] ?? 0 }));
  return (
    <Card title={t('coi.title')} testId="coi-panel">
      <p className="muted">{t('coi.what', { count: data.posts })}</p>
      {data.flags.stuckInExploration && <Alert tone="warning">{t('coi.stuck')}</Alert>}
      {data.flags.facilitatorDominance && (
        <Alert tone="warning">{t('coi.dominance', { share: percent(data.facilitatorShare) })}</Alert>
      )}
      <ul className="coi-bars" aria-hidden="true" data-testid="coi-bars">
        {rows.map((row) => (
          <li key={row.phase} className="coi-bar">
            <span>{t(`phases.${row.phase}`)}</span>
            <span className="coi-bar-track">
              <span className="coi-bar-fill" style={{ width: percent(row.share).replace(' ', '') }} />
            </span>
            <span>{percent(row.share)}</span>
          </li>
        ))}
      </ul>
      <Table
        caption={t('coi.tableCaption')}
        columns={[
          { key: 'phase', header: t('coi.phase'), render: (r) => t(`phases.${r.phase}`) },
          { key: 'share', header: t('coi.share'), render: (r) => percent(r.share) },
        ]}
        rows={rows}
        rowKey={(r) => r.phase}
      />
      <p>{t('coi.facilitatorShare', { share: percent(data.facilitatorShare) })}</p>
      <h3>{t('coi.posts')}</h3>
      <ol className="coi-posts">
        {data.items.map((item) => (
          <CodedPost key={item.postId} item={item} />
        ))}
      </ol>
    </Card>
  );
}

/** Splits the post at its codes' evidence spans (offsets from core/coi) so they can be marked. */
function spans(body: string, item: Item) {
  const ranges = item.codes
    .map((c) => [c.evidence.start, c.evidence.end] as const)
    .filter(([s, e]) => s < e && e <= body.length)
    .sort((a, b) => a[0] - b[0]);
  const parts: { at: number; text: string; marked: boolean }[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start < cursor) continue;
    if (start > cursor) parts.push({ at: cursor, text: body.slice(cursor, start), marked: false });
    parts.push({ at: start, text: body.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < body.length) parts.push({ at: cursor, text: body.slice(cursor), marked: false });
  return parts;
}

const codeKey = (code: Item['codes'][number]) =>
  `${code.category}-${code.indicator}-${code.evidence.start}-${code.evidence.end}`;

/** One post's draft codes: confirm them as they are, or correct the phase and drop codes that do not fit. */
function CodedPost({ item }: { item: Item }) {
  const { t } = useTranslation('communities');
  const save = useSaveCodes();
  const [correcting, setCorrecting] = useState(false);
  const [phase, setPhase] = useState<CoiPhase | null>(item.phase);
  const [dropped, setDropped] = useState<Set<string>>(new Set());
  const kept = item.codes.filter((code) => !dropped.has(codeKey(code)));
  return (
    <li className="post" data-testid="coi-post">
      <p className="community-person">
        {personLine(item.author)} {item.authorIsFacilitator && <Badge tone="success">{t('badges.facilitator')}</Badge>}{' '}
        <Badge tone={item.status === 'confirmed' ? 'success' : 'neutral'}>{t(`coi.status.${item.status}`)}</Badge>{' '}
        <Badge tone="info">{item.phase ? t(`phases.${item.phase}`) : t('coi.noPhase')}</Badge>
        {item.hidden && (
          <>
            {' '}
            <Badge tone="warning">{t('coi.hidden')}</Badge>
          </>
        )}
      </p>
      <p className="post-body coi-evidence">
        {spans(item.body, item).map((part) =>
          part.marked ? <mark key={part.at}>{part.text}</mark> : <span key={part.at}>{part.text}</span>,
        )}
      </p>
      {item.codes.length > 0 ? (
        <ul className="coi-codes">
          {item.codes.map((code) => {
            const key = codeKey(code);
            const gone = dropped.has(key);
            return (
              <li key={key}>
                {gone ? <s>{codeText(t, code)}</s> : codeText(t, code)}
                {correcting && (
                  <>
                    {' '}
                    <Button
                      variant="ghost"
                      aria-pressed={gone}
                      onClick={() => {
                        const next = new Set(dropped);
                        if (gone) next.delete(key);
                        else next.add(key);
                        setDropped(next);
                      }}
                    >
                      {gone ? t('coi.keep') : t('coi.drop')}
                    </Button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">{t('coi.noCodes')}</p>
      )}
      {correcting && (
        <Select
          label={t('coi.phase')}
          options={COI_PHASES.map((p) => ({ value: p, label: t(`phases.${p}`) }))}
          placeholder={t('coi.noPhase')}
          value={phase ?? ''}
          onChange={(e) => setPhase(e.target.value === '' ? null : (e.target.value as CoiPhase))}
        />
      )}
      <div className="post-actions">
        {(item.status === 'draft' || correcting) && (
          <Button
            variant="secondary"
            busy={save.isPending}
            onClick={() =>
              save.mutate(
                {
                  postId: item.postId,
                  body: correcting ? { phase, codes: kept } : { phase: item.phase, codes: item.codes },
                },
                { onSuccess: () => setCorrecting(false) },
              )
            }
          >
            {correcting ? t('coi.saveCorrection') : t('coi.confirm')}
          </Button>
        )}
        {!correcting && (
          <Button variant="ghost" onClick={() => setCorrecting(true)}>
            {t('coi.correct')}
          </Button>
        )}
      </div>
      {save.error ? <ErrorAlert error={save.error} /> : null}
    </li>
  );
}

function codeText(t: TFunction, code: Item['codes'][number]) {
  return `${t(`presence.${code.presence}`)} — ${t(`categories.${code.category}`)} / ${t(`indicators.${code.indicator}`)}: “${code.evidence.text}”`;
}
