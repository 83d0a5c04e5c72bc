import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';

/**
 * A tally on a phone: large − and + buttons around the count, and the count itself editable for
 * a whole class counted at once. The label names the buttons too ("Add one: students showing it").
 */
export function Counter({
  id,
  label,
  value,
  onChange,
  max,
}: {
  id: string;
  label: string;
  value: number;
  onChange: (value: number) => void;
  max: number;
}) {
  const { t } = useTranslation('walks');
  const clamp = (n: number) => Math.max(0, Math.min(max, Number.isFinite(n) ? Math.trunc(n) : 0));
  return (
    <div className="walk-counter">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="walk-counter-controls">
        <Button
          variant="secondary"
          aria-label={t('capture.minusOne', { what: label })}
          onClick={() => onChange(clamp(value - 1))}
          disabled={value <= 0}
        >
          −
        </Button>
        <input
          id={id}
          className="input walk-counter-input"
          type="number"
          inputMode="numeric"
          min={0}
          max={max}
          value={value}
          onChange={(e) => onChange(clamp(Number(e.target.value)))}
        />
        <Button
          variant="secondary"
          aria-label={t('capture.plusOne', { what: label })}
          onClick={() => onChange(clamp(value + 1))}
          disabled={value >= max}
        >
          +
        </Button>
      </div>
    </div>
  );
}
