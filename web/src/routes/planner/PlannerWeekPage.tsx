import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { ClassDto } from '#core/contracts/classes';
import type { LessonPlan } from '#core/contracts/planning';
import { ButtonLink } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useClasses } from '../../features/classes/useClasses';
import { useWeekPlans } from '../../features/planning/usePlans';
import {
  addDays,
  isCalendarDate,
  localToday,
  mondayOf,
  planningMonday,
  schoolDaysOf,
  shortDay,
} from '../../features/planning/week';
import { NewPlanDialog, type NewPlanTarget } from './NewPlanDialog';
import { PlanChip } from './PlanChip';

/** The teacher's week: one row per class, one column per school day, a plan (or "Plan") in each lesson. */
export function PlannerWeekPage() {
  const { t, i18n } = useTranslation('planner');
  const [params, setParams] = useSearchParams();
  const today = localToday();
  const requested = params.get('week');
  const current = planningMonday(today);
  const monday = isCalendarDate(requested) ? mondayOf(requested) : current;
  const days = schoolDaysOf(monday);
  const classes = useClasses('mine');
  const plans = useWeekPlans(monday, addDays(monday, 6));
  const [target, setTarget] = useState<NewPlanTarget | null>(null);
  // The week shows once both classes and plans are in: a lesson must never offer "Plan" while its
  // plan is still on the way (a click would create a second plan for the same lesson).
  const loading = {
    isPending: classes.query.isPending || plans.isPending,
    isError: classes.query.isError || plans.isError,
    error: classes.query.error ?? plans.error,
    refetch: () => Promise.all([classes.query.refetch(), plans.refetch()]),
  };

  const goTo = (week: string) => setParams(week === current ? {} : { week });
  const byLesson = new Map<string, LessonPlan[]>();
  const unassigned: LessonPlan[] = [];
  for (const plan of plans.data?.items ?? []) {
    if (!plan.classId || !plan.date) unassigned.push(plan);
    else byLesson.set(`${plan.classId}:${plan.date}`, [...(byLesson.get(`${plan.classId}:${plan.date}`) ?? []), plan]);
  }
  const known = new Set(classes.items.map((c) => c.id));
  unassigned.push(...(plans.data?.items ?? []).filter((p) => p.classId && p.date && !known.has(p.classId)));

  return (
    <>
      <PageHeader title={t('week.title')} description={t('week.description')} />
      <nav className="week-nav" aria-label={t('week.heading', { date: shortDay(monday, i18n.language) })}>
        <button type="button" className="btn btn-secondary btn-small" onClick={() => goTo(addDays(monday, -7))}>
          <span aria-hidden="true">← </span>
          {t('week.previous')}
        </button>
        <h2 className="week-title" aria-live="polite">
          {t('week.heading', { date: shortDay(monday, i18n.language) })}
        </h2>
        <button type="button" className="btn btn-secondary btn-small" onClick={() => goTo(addDays(monday, 7))}>
          {t('week.next')}
          <span aria-hidden="true"> →</span>
        </button>
        {monday !== current && (
          <button type="button" className="btn btn-ghost btn-small" onClick={() => goTo(current)}>
            {t('week.thisWeek')}
          </button>
        )}
      </nav>
      <QueryState
        query={loading}
        isEmpty={classes.items.length === 0}
        empty={
          <EmptyState
            title={t('week.noClasses')}
            action={<ButtonLink to="/my-classes#add-class">{t('week.addClass')}</ButtonLink>}
          >
            {t('week.noClassesHint')}
          </EmptyState>
        }
      >
        <div className="week-days" data-testid="week">
          {days.map((day) => (
            <section
              key={day}
              className={`week-day${day === today ? ' is-today' : ''}`}
              aria-labelledby={`day-${day}`}
              data-date={day}
            >
              <h3 id={`day-${day}`}>
                {shortDay(day, i18n.language)}
                {day === today && <span className="badge badge-info">{t('week.today')}</span>}
              </h3>
              <ul className="plain-list lesson-list">
                {classes.items.map((klass) => (
                  <li key={klass.id} className="lesson">
                    <span className="lesson-class">{klass.name}</span>
                    {(byLesson.get(`${klass.id}:${day}`) ?? []).map((plan) => (
                      <PlanChip key={plan.id} plan={plan} today={today} />
                    ))}
                    {!byLesson.has(`${klass.id}:${day}`) && (
                      <NewPlanButton klass={klass} day={day} onClick={() => setTarget({ klass, date: day })} />
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        {unassigned.length > 0 && (
          <section aria-labelledby="unscheduled" className="week-unscheduled">
            <h3 id="unscheduled">{t('week.unscheduled')}</h3>
            <ul className="plain-list">
              {unassigned.map((plan) => (
                <li key={plan.id}>
                  <Link to={`/planner/plans/${plan.id}`}>{plan.title}</Link>
                </li>
              ))}
            </ul>
          </section>
        )}
      </QueryState>
      {target && <NewPlanDialog target={target} onClose={() => setTarget(null)} />}
    </>
  );
}

function NewPlanButton({ klass, day, onClick }: { klass: ClassDto; day: string; onClick: () => void }) {
  const { t, i18n } = useTranslation('planner');
  return (
    <button
      type="button"
      className="btn btn-secondary btn-small"
      onClick={onClick}
      aria-label={t('week.newPlanFor', { className: klass.name, day: shortDay(day, i18n.language) })}
    >
      <span aria-hidden="true">+ </span>
      {t('week.newPlan')}
    </button>
  );
}
