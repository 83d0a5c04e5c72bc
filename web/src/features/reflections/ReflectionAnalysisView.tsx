import { useTranslation } from 'react-i18next';
import {
  INDICATOR_CATEGORIES,
  type ReflectionIndicator,
  type ReflectionLabel,
  type ReflectionLevel,
} from '#core/contracts/reflections';
import type { Locale } from '#core/domain/roles';
import { Badge } from '../../components/Badge';

/** "Level 2 of 4 · Descriptive reflection" with what that level means, and four steps drawn as a bar. */
export function LevelSummary({ level, label }: { level: ReflectionLevel; label: ReflectionLabel }) {
  const { t } = useTranslation();
  return (
    <div className="reflection-level">
      <p className="reflection-level-line">
        <Badge tone="info">{t('reflections:level.badge', { level })}</Badge>{' '}
        <strong>{t(`reflections:labels.${label}.name`)}</strong>
        <span className="level-steps" aria-hidden="true">
          {[1, 2, 3, 4].map((step) => (
            <span key={step} className={step <= level ? 'level-step is-reached' : 'level-step'} />
          ))}
        </span>
      </p>
      <p className="muted">{t(`reflections:labels.${label}.description`)}</p>
    </div>
  );
}

/** The formative question that asks for the next level's missing ingredient. */
export function Nudge({ text, locale }: { text: string; locale?: Locale }) {
  const { t } = useTranslation();
  return (
    <p className="reflection-nudge">
      <strong>{t('reflections:feedback.nextStep')}</strong> <span lang={locale}>{text}</span>
    </p>
  );
}

/** What the analysis noticed, grouped by category in the ruleset's order, each with the words that showed it. */
export function IndicatorList({ indicators, locale }: { indicators: readonly ReflectionIndicator[]; locale: Locale }) {
  const { t } = useTranslation();
  const groups = INDICATOR_CATEGORIES.map((category) => ({
    category,
    texts: [...new Set(indicators.filter((i) => i.category === category).map((i) => i.text))],
  })).filter((group) => group.texts.length > 0);
  if (groups.length === 0) return <p className="muted">{t('reflections:feedback.noIndicators')}</p>;
  return (
    <ul className="indicator-list" aria-label={t('reflections:feedback.indicatorsLabel')}>
      {groups.map(({ category, texts }) => (
        <li key={category} className={category === 'blame' ? 'indicator indicator-blame' : 'indicator'}>
          <span className="indicator-category">{t(`reflections:categories.${category}`)}</span>{' '}
          <span lang={locale}>{texts.map((text) => `“${text}”`).join(', ')}</span>
        </li>
      ))}
    </ul>
  );
}
