import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Framework } from '#core/contracts/frameworks';
import { IMPACT_LIMITS } from '#core/contracts/impact';
import { type GuskeyLevel, metricsOfLevel } from '#core/impact/metrics';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { api } from '../../lib/api';
import { useFrameworks } from '../frameworks/useFrameworks';
import { useSchools } from '../organizations/useSchools';
import { useTeams } from '../organizations/useTeams';
import { checkTargets, practiceGroups, type TargetDraft, type TargetErrors } from './formChecks';
import { useCreateInitiative } from './useImpact';
import './impact.css';

/** Authored backwards (Guskey): what should change for students first, then down to reactions. */
const BACKWARDS: GuskeyLevel[] = [5, 4, 3, 2, 1];

/** Every framework the district uses, whole (same cache entries as `useFramework`). */
function useAllFrameworks(ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: ['frameworks', 'one', id],
      queryFn: ({ signal }: { signal: AbortSignal }) => api<Framework>(`/api/v1/frameworks/${id}`, { signal }),
    })),
    combine: (results) => ({
      data: results.flatMap((r) => (r.data ? [r.data] : [])),
      isPending: results.some((r) => r.isPending),
      isError: results.some((r) => r.isError),
      error: results.find((r) => r.isError)?.error ?? null,
      refetch: () => Promise.all(results.map((r) => r.refetch())),
    }),
  });
}

function currentSchoolYear(today = new Date()) {
  const start = today.getUTCMonth() >= 7 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

export function InitiativeFormPage() {
  const { t, i18n } = useTranslation('impact');
  const navigate = useNavigate();
  const create = useCreateInitiative();
  const frameworks = useFrameworks();
  const allFrameworks = useAllFrameworks((frameworks.data?.items ?? []).map((f) => f.id));
  const groups = practiceGroups(allFrameworks.data);
  const schools = useSchools();
  const teams = useTeams();
  const [schoolYear, setSchoolYear] = useState(currentSchoolYear());
  const [nameEn, setNameEn] = useState('');
  const [nameEs, setNameEs] = useState('');
  const [practices, setPractices] = useState<string[]>([]);
  const [allSchools, setAllSchools] = useState(true);
  const [schoolIds, setSchoolIds] = useState<string[]>([]);
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [targets, setTargets] = useState<Record<number, TargetDraft>>({});
  const [targetErrors, setTargetErrors] = useState<TargetErrors>({});
  const es = i18n.language.startsWith('es');

  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const setTarget = (level: number, change: Partial<TargetDraft>) => {
    const next = { metricId: '', value: '', byDate: '', ...targets[level], ...change };
    setTargets((all) => ({ ...all, [level]: next }));
    // A field filled in clears its own error, and a target emptied clears them all.
    setTargetErrors((all) => {
      const current = all[level];
      if (!current) return all;
      if (next.metricId === '' && next.value.trim() === '' && next.byDate === '') return { ...all, [level]: {} };
      const rest = { ...current };
      for (const key of Object.keys(change) as (keyof TargetDraft)[]) delete rest[key];
      return { ...all, [level]: rest };
    });
  };
  const targetError = (level: number, field: keyof TargetDraft) => {
    const problem = targetErrors[level]?.[field];
    return problem ? t(problem === 'number' ? 'form.targetNumber' : 'form.targetRequired') : undefined;
  };
  const hasTargetErrors = Object.values(targetErrors).some((e) => e && Object.keys(e).length > 0);

  const submit = () => {
    const checked = checkTargets(BACKWARDS, targets);
    if (!checked.ok) {
      // A half-filled target is never dropped in silence: say which field, and go there.
      setTargetErrors(checked.errors);
      const first = BACKWARDS.find((level) => checked.errors[level]);
      document.querySelector<HTMLElement>(`[data-testid="target-level-${first}"] [aria-invalid="true"]`)?.focus();
      return;
    }
    setTargetErrors({});
    const chosen = checked.targets;
    create.mutate(
      {
        schoolYear,
        name: { ...(nameEn.trim() ? { en: nameEn.trim() } : {}), ...(nameEs.trim() ? { es: nameEs.trim() } : {}) },
        targetPracticeIds: practices,
        scope: { allSchools, schoolIds: allSchools ? [] : schoolIds, teamIds: allSchools ? [] : teamIds },
        targets: chosen,
      },
      { onSuccess: (initiative) => navigate(`/initiatives/${initiative.id}`) },
    );
  };

  return (
    <>
      <PageHeader
        title={t('form.title')}
        description={t('form.description')}
        back={<Link to="/initiatives">{t('backToList')}</Link>}
      />
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {create.isError && <ErrorAlert error={create.error} />}
        <fieldset className="card impact-fieldset">
          <legend>{t('form.targets')}</legend>
          <p className="field-hint">{t('form.backwardsHint')}</p>
          {hasTargetErrors && (
            <p className="field-error" role="alert">
              {t('form.fixTargets')}
            </p>
          )}
          {BACKWARDS.map((level) => (
            <fieldset key={level} className="impact-target" data-testid={`target-level-${level}`}>
              <legend>{t(`levels.${level}`)}</legend>
              <Select
                label={t('form.metric')}
                placeholder={t('form.noTarget')}
                options={metricsOfLevel(level).map((m) => ({ value: m.id, label: es ? m.label.es : m.label.en }))}
                value={targets[level]?.metricId ?? ''}
                error={targetError(level, 'metricId')}
                onChange={(e) => setTarget(level, { metricId: e.target.value })}
              />
              <TextField
                label={t('form.value')}
                type="number"
                step="any"
                value={targets[level]?.value ?? ''}
                error={targetError(level, 'value')}
                onChange={(e) => setTarget(level, { value: e.target.value })}
              />
              <TextField
                label={t('form.byDate')}
                type="date"
                value={targets[level]?.byDate ?? ''}
                error={targetError(level, 'byDate')}
                onChange={(e) => setTarget(level, { byDate: e.target.value })}
              />
            </fieldset>
          ))}
        </fieldset>
        <TextField
          label={t('form.schoolYear')}
          hint={t('form.schoolYearHint')}
          value={schoolYear}
          required
          onChange={(e) => setSchoolYear(e.target.value)}
        />
        <TextField label={t('form.nameEn')} value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
        <TextField label={t('form.nameEs')} value={nameEs} onChange={(e) => setNameEs(e.target.value)} />
        <fieldset className="card impact-fieldset">
          <legend>{t('form.practices', { max: IMPACT_LIMITS.practices })}</legend>
          <QueryState
            query={frameworks.isPending ? frameworks : allFrameworks}
            isEmpty={groups.length === 0}
            empty={null}
          >
            {/* Every framework the district uses, each its own group: a practice of any may be a target. */}
            {groups.map((group) => (
              <fieldset key={group.frameworkId} className="impact-checks impact-framework" data-testid="practice-group">
                <legend>{group.title}</legend>
                {group.practices.map((practice) => (
                  <label key={practice.id} className="impact-check">
                    <input
                      type="checkbox"
                      checked={practices.includes(practice.id)}
                      disabled={!practices.includes(practice.id) && practices.length >= IMPACT_LIMITS.practices}
                      onChange={() => setPractices((p) => toggle(p, practice.id))}
                    />{' '}
                    {practice.title}
                  </label>
                ))}
              </fieldset>
            ))}
          </QueryState>
        </fieldset>
        <fieldset className="card impact-fieldset">
          <legend>{t('form.scope')}</legend>
          <label className="impact-check">
            <input type="radio" name="scope" checked={allSchools} onChange={() => setAllSchools(true)} />{' '}
            {t('form.allSchools')}
          </label>
          <label className="impact-check">
            <input type="radio" name="scope" checked={!allSchools} onChange={() => setAllSchools(false)} />{' '}
            {t('form.someSchools')}
          </label>
          {!allSchools && (
            <div className="impact-checks">
              {schools.items.map((school) => (
                <label key={school.id} className="impact-check">
                  <input
                    type="checkbox"
                    checked={schoolIds.includes(school.id)}
                    onChange={() => setSchoolIds((s) => toggle(s, school.id))}
                  />{' '}
                  {school.name}
                </label>
              ))}
              {teams.items.map((team) => (
                <label key={team.id} className="impact-check">
                  <input
                    type="checkbox"
                    checked={teamIds.includes(team.id)}
                    onChange={() => setTeamIds((s) => toggle(s, team.id))}
                  />{' '}
                  {t('form.team', { name: team.name })}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <FormActions busy={create.isPending} submitLabel={t('form.create')} />
      </form>
    </>
  );
}
