import { useTranslation } from 'react-i18next';
import type { LessonPlan } from '#core/contracts/planning';
import { CommentsPanel } from './CommentsPanel';

/** Comments beside the sections of a shared plan: its objectives, criteria, each segment, the exit ticket. */
export function PlanComments({ plan }: { plan: LessonPlan }) {
  const { t } = useTranslation('units');
  const sections = [
    { value: 'title', label: t('planSections.whole') },
    { value: 'objectives', label: t('planSections.objectives') },
    { value: 'successCriteria', label: t('planSections.successCriteria') },
    { value: 'standards', label: t('planSections.standards') },
    ...plan.segments.map((segment, index) => ({
      value: `segments.${index}`,
      label: t('planSections.segment', { n: index + 1, title: segment.title }),
    })),
    { value: 'exitTicket', label: t('planSections.exitTicket') },
  ];
  return <CommentsPanel targetType="plan" targetId={plan.id} sections={sections} />;
}
