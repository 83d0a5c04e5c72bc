import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { LessonPlan } from '#core/contracts/planning';

const STATUS = { draft: 'week.statusDraft', ready: 'week.statusReady', taught: 'week.statusTaught' } as const;

/** A plan in the week: its title and status, and once its day has come, the way to reflect on it. */
export function PlanChip({ plan, today }: { plan: LessonPlan; today: string }) {
  const { t } = useTranslation('planner');
  return (
    <span className="plan-chip-wrap">
      <Link to={`/planner/plans/${plan.id}`} className="plan-chip" data-plan-id={plan.id}>
        <span className="plan-chip-title">{plan.title}</span>
        <span className="plan-chip-meta">{t(STATUS[plan.status])}</span>
      </Link>
      {plan.date && plan.date <= today && (
        <Link
          to={`/planner/plans/${plan.id}#reflection`}
          className="plan-chip-reflect"
          aria-label={t('week.reflectOn', { title: plan.title })}
        >
          {t('week.reflect')}
        </Link>
      )}
    </span>
  );
}
