import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { LessonPlan } from '#core/contracts/planning';

const STATUS = { draft: 'week.statusDraft', ready: 'week.statusReady', taught: 'week.statusTaught' } as const;

/** A plan in the week: its title and status. */
export function PlanChip({ plan }: { plan: LessonPlan }) {
  const { t } = useTranslation('planner');
  return (
    <Link to={`/planner/plans/${plan.id}`} className="plan-chip" data-plan-id={plan.id}>
      <span className="plan-chip-title">{plan.title}</span>
      <span className="plan-chip-meta">{t(STATUS[plan.status])}</span>
    </Link>
  );
}
