import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pathway } from '#core/contracts/pathways';
import { Alert } from '../../components/Alert';
import { Button, ButtonLink } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { useUsers } from '../organizations/useUsers';
import { useAssign, usePathwayProgress, useSetStatus } from './usePathways';

/** What the pathway's editors do: edit, publish or archive, enrol people, and see how it is going. */
export function AuthorPanel({ pathway }: { pathway: Pathway }) {
  const { t } = useTranslation('pathways');
  const status = useSetStatus(pathway.id);
  const published = pathway.status === 'published';
  return (
    <>
      <Card title={t('author.title')} testId="pathway-author">
        <div className="button-row">
          <ButtonLink to={`/pathways/${pathway.id}/edit`}>{t('author.edit')}</ButtonLink>
          {!published && (
            <Button busy={status.isPending} onClick={() => status.mutate('published')}>
              {t('author.publish')}
            </Button>
          )}
          {published && (
            <Button variant="secondary" busy={status.isPending} onClick={() => status.mutate('archived')}>
              {t('author.archive')}
            </Button>
          )}
        </div>
        {status.error ? <ErrorAlert error={status.error} /> : null}
      </Card>
      {published && <EnrolPeople pathwayId={pathway.id} />}
      <ProgressCounts pathwayId={pathway.id} />
    </>
  );
}

const LEARNER_ROLES = ['teacher', 'coach', 'school_leader'] as const;

function EnrolPeople({ pathwayId }: { pathwayId: string }) {
  const { t } = useTranslation('pathways');
  const [role, setRole] = useState<(typeof LEARNER_ROLES)[number]>('teacher');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const people = useUsers({ role, status: 'active' }, { limit: 200 });
  const assign = useAssign(pathwayId);
  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <Card title={t('enrol.title')} testId="pathway-enrol">
      <div className="stack">
        <p className="muted">{t('enrol.hint')}</p>
        <Select
          label={t('enrol.role')}
          value={role}
          onChange={(e) => {
            setRole(e.target.value as typeof role);
            setChosen(new Set());
          }}
          options={LEARNER_ROLES.map((value) => ({ value, label: t(`enrol.roles.${value}`) }))}
        />
        <QueryState query={people.query} isEmpty={people.items.length === 0} empty={<p>{t('enrol.none')}</p>}>
          <fieldset className="pathway-people">
            <legend className="visually-hidden">{t('enrol.people')}</legend>
            <label>
              <input
                type="checkbox"
                checked={people.items.length > 0 && chosen.size === people.items.length}
                onChange={(e) => setChosen(e.target.checked ? new Set(people.items.map((p) => p.id)) : new Set())}
              />{' '}
              {t('enrol.all')}
            </label>
            {people.items.map((person) => (
              <label key={person.id}>
                <input type="checkbox" checked={chosen.has(person.id)} onChange={() => toggle(person.id)} />{' '}
                {person.name}
              </label>
            ))}
          </fieldset>
        </QueryState>
        {assign.data && (
          <Alert tone="success">{t('enrol.done', { count: assign.data.enrolled, already: assign.data.already })}</Alert>
        )}
        {assign.error ? <ErrorAlert error={assign.error} /> : null}
        <div className="button-row">
          <Button
            disabled={chosen.size === 0}
            busy={assign.isPending}
            onClick={() => assign.mutate([...chosen], { onSuccess: () => setChosen(new Set()) })}
          >
            {t('enrol.submit', { count: chosen.size })}
          </Button>
        </div>
      </div>
    </Card>
  );
}

function ProgressCounts({ pathwayId }: { pathwayId: string }) {
  const { t } = useTranslation('pathways');
  const progress = usePathwayProgress(pathwayId, true);
  const data = progress.data;
  return (
    <Card title={t('counts.title')} testId="pathway-counts">
      <QueryState query={progress} isEmpty={false} empty={null}>
        {data && (
          <div className="stack">
            <p>{t('counts.enrolled', { count: data.enrolled })}</p>
            {data.steps.some((step) => step.completed === null) && (
              <p className="muted small">{t('counts.hiddenHint')}</p>
            )}
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t('counts.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('counts.step')}</th>
                    <th scope="col">{t('counts.completed')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.steps.map((step, index) => (
                    <tr key={step.stepId}>
                      <th scope="row">
                        {index + 1}. {step.title}
                      </th>
                      <td>
                        {step.completed === null
                          ? t('counts.hidden')
                          : t('counts.of', { completed: step.completed, enrolled: data.enrolled })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {data.people && data.people.length > 0 && (
              <details>
                <summary>{t('counts.people')}</summary>
                <p className="muted small">{t('counts.peopleHint')}</p>
                <ul>
                  {data.people.map((person) => (
                    <li key={person.userId}>
                      {person.name}: {t('progress.count', { completed: person.completed, total: person.total })}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )}
      </QueryState>
    </Card>
  );
}
