import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ClassDto } from '#core/contracts/classes';
import type { Locale } from '#core/domain/roles';
import { planFromTemplate, TEMPLATE_IDS, type TemplateId } from '#core/templates/index';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { TextField } from '../../components/TextField';
import { PlanLanguageSelect } from '../../features/planning/editor/PlanLanguageSelect';
import { copyOf } from '../../features/planning/planDraft';
import { useCreatePlan, usePlanList } from '../../features/planning/usePlans';
import { longDay } from '../../features/planning/week';

export type NewPlanTarget = { klass: ClassDto; date: string };
type Start = TemplateId | 'copy';

/** Creating a lesson's plan: from a template (in the plan's language) or as a copy of an earlier or shared plan. */
export function NewPlanDialog({ target, onClose }: { target: NewPlanTarget; onClose: () => void }) {
  const { t, i18n } = useTranslation('planner');
  const navigate = useNavigate();
  const create = useCreatePlan();
  const [title, setTitle] = useState('');
  const [locale, setLocale] = useState<Locale>(i18n.language === 'es' ? 'es' : 'en');
  const [start, setStart] = useState<Start>('direct-instruction');
  const [source, setSource] = useState<'mine' | 'shared'>('mine');
  const [copyId, setCopyId] = useState('');
  const [errors, setErrors] = useState<{ title?: string; copy?: string }>({});
  const copyable = usePlanList(source, undefined, start === 'copy');

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const chosen = copyable.items.find((p) => p.id === copyId);
    const problems = {
      ...(start !== 'copy' && title.trim() === '' ? { title: t('new.titleRequired') } : {}),
      ...(start === 'copy' && !chosen ? { copy: t('new.pickPlan') } : {}),
    };
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const lesson = { classId: target.klass.id, date: target.date, periodMinutes: target.klass.periodMinutes };
    const draft = chosen
      ? { ...copyOf(chosen, lesson), ...(title.trim() ? { title: title.trim() } : {}) }
      : planFromTemplate(start as TemplateId, { ...lesson, locale, title: title.trim() });
    const plan = await create.mutateAsync(draft).catch(() => null);
    if (plan) navigate(`/planner/plans/${plan.id}`);
  };

  return (
    <Dialog open onClose={onClose} title={t('new.title')}>
      <form onSubmit={(e) => void submit(e)} noValidate className="stack">
        <p className="muted">
          {target.klass.name} · {longDay(target.date, i18n.language)}
        </p>
        {create.isError && <ErrorAlert error={create.error} />}
        <fieldset>
          <legend>{t('new.startFrom')}</legend>
          {[...TEMPLATE_IDS, 'copy' as const].map((option) => (
            <label key={option} className="choice choice-block">
              <input
                type="radio"
                name="start"
                value={option}
                checked={start === option}
                onChange={() => setStart(option)}
              />
              <span>
                <strong>{t(`new.${option}`)}</strong>
                <span className="field-hint">{t(`new.${option}Hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {start === 'copy' ? (
          <>
            <fieldset>
              <legend className="visually-hidden">{t('new.copy')}</legend>
              <div className="choice-row">
                {(['mine', 'shared'] as const).map((option) => (
                  <label key={option} className="choice">
                    <input
                      type="radio"
                      name="copy-source"
                      checked={source === option}
                      onChange={() => {
                        setSource(option);
                        setCopyId('');
                      }}
                    />
                    {t(option === 'mine' ? 'new.copyMine' : 'new.copyShared')}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className={errors.copy ? 'field field-invalid' : 'field'}>
              <label htmlFor="copy-plan" className="field-label">
                {t('new.choosePlan')}
              </label>
              {copyable.query.isSuccess && copyable.items.length === 0 ? (
                <p className="muted">{t('new.noPlansToCopy')}</p>
              ) : (
                <select
                  id="copy-plan"
                  className="input select"
                  value={copyId}
                  onChange={(e) => setCopyId(e.target.value)}
                  aria-invalid={errors.copy ? true : undefined}
                  aria-describedby={errors.copy ? 'copy-plan-error' : undefined}
                >
                  <option value="">—</option>
                  {copyable.items.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.date ? `${p.date} · ` : ''}
                      {p.title}
                    </option>
                  ))}
                </select>
              )}
              {errors.copy && (
                <p id="copy-plan-error" className="field-error">
                  {errors.copy}
                </p>
              )}
              {/* Older plans (last year's) are further down the newest-first list. */}
              <LoadMore query={copyable.query} />
            </div>
          </>
        ) : (
          <PlanLanguageSelect id="new-plan-locale" value={locale} onChange={setLocale} />
        )}
        <TextField
          label={t('new.planTitle')}
          hint={t('new.planTitleHint')}
          value={title}
          maxLength={200}
          required={start !== 'copy'}
          error={errors.title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <div className="button-row">
          <Button type="submit" busy={create.isPending}>
            {t('new.create')}
          </Button>
          <Button type="button" variant="ghost" onClick={onClose}>
            {t('insights.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
