import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { InitiativeTarget } from '#core/contracts/impact';
import { IMPACT_LIMITS } from '#core/contracts/impact';
import { type GuskeyLevel, metricsOfLevel } from '#core/impact/metrics';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useFramework, useFrameworks } from '../frameworks/useFrameworks';
import { useSchools } from '../organizations/useSchools';
import { useTeams } from '../organizations/useTeams';
import { useCreateInitiative } from './useImpact';
import './impact.css';

/** Authored backwards (Guskey): what should change for students first, then down to reactions. */
const BACKWARDS: GuskeyLevel[] = [5, 4, 3, 2, 1];

type TargetDraft = { metricId: string; value: string; byDate: string };

function currentSchoolYear(today = new Date()) {
  const start = today.getUTCMonth() >= 7 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

export function InitiativeFormPage() {
  const { t, i18n } = useTranslation('impact');
  const navigate = useNavigate();
  const create = useCreateInitiative();
  const frameworks = useFrameworks();
  const frameworkId = frameworks.data?.items[0]?.id;
  const framework = useFramework(frameworkId);
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
  const es = i18n.language.startsWith('es');

  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const setTarget = (level: number, change: Partial<TargetDraft>) =>
    setTargets((all) => ({ ...all, [level]: { metricId: '', value: '', byDate: '', ...all[level], ...change } }));

  const submit = () => {
    const chosen: InitiativeTarget[] = BACKWARDS.flatMap((level) => {
      const d = targets[level];
      if (!d?.metricId || d.value === '' || !d.byDate) return [];
      return [
        { level, metricId: d.metricId as InitiativeTarget['metricId'], value: Number(d.value), byDate: d.byDate },
      ];
    });
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
          {BACKWARDS.map((level) => (
            <fieldset key={level} className="impact-target" data-testid={`target-level-${level}`}>
              <legend>{t(`levels.${level}`)}</legend>
              <Select
                label={t('form.metric')}
                placeholder={t('form.noTarget')}
                options={metricsOfLevel(level).map((m) => ({ value: m.id, label: es ? m.label.es : m.label.en }))}
                value={targets[level]?.metricId ?? ''}
                onChange={(e) => setTarget(level, { metricId: e.target.value })}
              />
              <TextField
                label={t('form.value')}
                type="number"
                step="any"
                value={targets[level]?.value ?? ''}
                onChange={(e) => setTarget(level, { value: e.target.value })}
              />
              <TextField
                label={t('form.byDate')}
                type="date"
                value={targets[level]?.byDate ?? ''}
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
          <QueryState query={framework} isEmpty={!framework.data} empty={null}>
            <div className="impact-checks">
              {framework.data?.domains.flatMap((domain) =>
                domain.practices.map((practice) => (
                  <label key={practice.id} className="impact-check">
                    <input
                      type="checkbox"
                      checked={practices.includes(practice.id)}
                      disabled={!practices.includes(practice.id) && practices.length >= IMPACT_LIMITS.practices}
                      onChange={() => setPractices((p) => toggle(p, practice.id))}
                    />{' '}
                    {practice.title}
                  </label>
                )),
              )}
            </div>
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
