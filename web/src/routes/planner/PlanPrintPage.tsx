import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Button } from '../../components/Button';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useClasses } from '../../features/classes/useClasses';
import { PlanView } from '../../features/planning/PlanView';
import { usePlan } from '../../features/planning/usePlans';
import { longDay } from '../../features/planning/week';

/** A plan as a clean page (A4 or Letter): the print stylesheet hides the app around it. */
export function PlanPrintPage() {
  const { t, i18n } = useTranslation('planner');
  const { id = '' } = useParams();
  const plan = usePlan(id);
  const classes = useClasses('mine');
  const klass = classes.items.find((c) => c.id === plan.data?.classId);
  useDocumentTitle(plan.data?.title ?? '');

  return (
    <QueryState query={plan} isEmpty={false} empty={null}>
      {plan.data && (
        <article className="print-page" lang={plan.data.locale ?? undefined}>
          <div className="print-tools no-print">
            <Link to={`/planner/plans/${id}`}>← {t('print.back')}</Link>
            <Button onClick={() => window.print()}>{t('print.print')}</Button>
          </div>
          <header className="print-header">
            <h1>{plan.data.title}</h1>
            <p>
              {[
                klass?.name,
                plan.data.date ? longDay(plan.data.date, i18n.language) : null,
                plan.data.periodMinutes ? t('print.minutesShort', { n: plan.data.periodMinutes }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </header>
          <PlanView plan={plan.data} />
        </article>
      )}
    </QueryState>
  );
}
