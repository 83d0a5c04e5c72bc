import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { Unit } from '#core/contracts/units';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { hasRole } from '../../features/identity/roles';
import { useMe } from '../../features/identity/useMe';
import { CommentsPanel } from '../../features/units/CommentsPanel';
import { StudentWorkGallery } from '../../features/units/StudentWorkGallery';
import { StudentWorkUpload } from '../../features/units/StudentWorkUpload';
import { UnitForm } from '../../features/units/UnitForm';
import { useComments, usePlanFromUnit, useSaveUnit, useUnit } from '../../features/units/useUnits';
import { isApiError } from '../../lib/api';
import '../../features/units/units.css';

/** One unit, for its team (the server answers 404 to anyone else). */
export function UnitPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('units');
  const unit = useUnit(id);
  return (
    <QueryState query={unit} isEmpty={false} empty={null}>
      {unit.data && <UnitView unit={unit.data} />}
      {!unit.data && <Link to="/units">{t('unit.back')}</Link>}
    </QueryState>
  );
}

function List({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <p className="sw-summary">{empty}</p>;
  return (
    <ul>
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same line may appear twice
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

function UnitView({ unit }: { unit: Unit }) {
  const { t } = useTranslation('units');
  useDocumentTitle(unit.title);
  const me = useMe().data;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const save = useSaveUnit(unit.id);
  const plan = usePlanFromUnit(unit.id);
  const canPlan = hasRole(me, 'teacher', 'coach');
  const stale = isApiError(save.error, 409);

  const sections = [
    { value: 'title', label: t('sections.title') },
    { value: 'standards', label: t('sections.standards') },
    { value: 'bigIdeas', label: t('sections.bigIdeas') },
    { value: 'assessments', label: t('sections.assessments') },
    ...unit.sequence.map((step, index) => ({
      value: `sequence.${index}`,
      label: t('sections.step', { n: index + 1, title: step.title }),
    })),
  ];
  const section = params.get('section') ?? 'title';
  const comments = useComments('unit', unit.id).data?.items ?? [];
  /** "Comment" beside a section: picks it in the comment form below and moves there. */
  const commentOn = (value: string) => {
    setParams({ section: value }, { replace: true });
    requestAnimationFrame(() => document.getElementById('comment-body')?.focus());
  };
  const commentButton = (value: string, label: string) => {
    const visible = t('unit.commentOn', { count: comments.filter((c) => c.section === value).length });
    // The accessible name starts with the visible text (WCAG 2.5.3), then says which section.
    return (
      <Button variant="ghost" onClick={() => commentOn(value)} aria-label={`${visible}: ${label}`}>
        {visible}
      </Button>
    );
  };

  const planStep = (sequenceIndex?: number) =>
    plan.mutate(sequenceIndex === undefined ? {} : { sequenceIndex }, {
      onSuccess: (result) => navigate(`/planner/plans/${result.planId}`),
    });

  return (
    <>
      <PageHeader
        title={unit.title}
        description={t('unit.team', { team: unit.teamName })}
        back={<Link to="/units">{t('unit.back')}</Link>}
        actions={
          !editing ? (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              {t('unit.edit')}
            </Button>
          ) : undefined
        }
      />
      {editing ? (
        <Card title={t('unit.edit')}>
          {stale && <Alert tone="warning">{t('unit.stale')}</Alert>}
          <UnitForm
            unit={unit}
            busy={save.isPending}
            error={stale ? null : save.error}
            submitLabel={t('form.save')}
            onCancel={() => setEditing(false)}
            onSubmit={(values) =>
              save.mutate({ ...values, version: unit.version }, { onSuccess: () => setEditing(false) })
            }
          />
        </Card>
      ) : (
        <div className="stack">
          <Card title={t('sections.standards')} actions={commentButton('standards', t('sections.standards'))}>
            <List items={unit.standards} empty={t('unit.none')} />
          </Card>
          <Card title={t('sections.bigIdeas')} actions={commentButton('bigIdeas', t('sections.bigIdeas'))}>
            <List items={unit.bigIdeas} empty={t('unit.none')} />
          </Card>
          <Card title={t('sections.assessments')} actions={commentButton('assessments', t('sections.assessments'))}>
            <List items={unit.assessments} empty={t('unit.none')} />
            {unit.curriculumSource && <p>{t('unit.source', { source: unit.curriculumSource })}</p>}
          </Card>
          <Card
            title={t('sections.sequence')}
            testId="unit-sequence"
            actions={
              canPlan ? (
                <Button variant="ghost" busy={plan.isPending} onClick={() => planStep()}>
                  {t('unit.planExtra')}
                </Button>
              ) : undefined
            }
          >
            {plan.isError && <ErrorAlert error={plan.error} />}
            {unit.sequence.length === 0 ? (
              <p className="sw-summary">{t('unit.noSteps')}</p>
            ) : (
              <ol className="unit-sequence">
                {unit.sequence.map((step, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: steps are positions in the sequence
                  <li key={index}>
                    <span>{step.title}</span>
                    {step.planId ? (
                      <Link to={`/planner/plans/${step.planId}`}>{t('unit.openPlan')}</Link>
                    ) : (
                      canPlan && (
                        <Button
                          variant="secondary"
                          busy={plan.isPending && plan.variables?.sequenceIndex === index}
                          onClick={() => planStep(index)}
                          aria-label={t('unit.planStepNamed', { title: step.title })}
                        >
                          {t('unit.planStep')}
                        </Button>
                      )
                    )}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
      )}
      <CommentsPanel
        targetType="unit"
        targetId={unit.id}
        sections={sections}
        section={sections.some((s) => s.value === section) ? section : 'title'}
        onSectionChange={(value) => setParams({ section: value }, { replace: true })}
      />
      <Card title={t('gallery.title')}>
        <StudentWorkUpload teams={[{ id: unit.teamId, name: unit.teamName }]} unitId={unit.id} />
        <StudentWorkGallery unitId={unit.id} />
      </Card>
    </>
  );
}
