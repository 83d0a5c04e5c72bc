import { useTranslation } from 'react-i18next';
import type { ClassDto } from '#core/contracts/classes';
import { PLAN_LIMITS, PLAN_VISIBILITIES } from '#core/contracts/lesson-plans';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { controlId } from '../evidence';
import type { PlanDraft } from '../planDraft';
import { PlanLanguageSelect } from './PlanLanguageSelect';
import type { SectionProps } from './types';

/** Title, date, class, period, language and who may read the plan. */
export function BasicsSection({ draft, update, flagged, classes }: SectionProps & { classes: readonly ClassDto[] }) {
  const { t } = useTranslation('planner');
  const set = (change: Partial<PlanDraft>) => update((d) => ({ ...d, ...change }));
  const at = (path: string) => ({ id: controlId(path), fieldClassName: flagged.has(path) ? 'is-flagged' : undefined });
  return (
    <section className="plan-section" aria-labelledby="plan-basics-heading">
      <h3 id="plan-basics-heading">{t('editor.basics')}</h3>
      <TextField
        {...at('title')}
        label={t('editor.title')}
        required
        value={draft.title}
        maxLength={PLAN_LIMITS.title}
        onChange={(e) => set({ title: e.target.value })}
      />
      <div className="basics-grid">
        <TextField
          {...at('date')}
          label={t('editor.date')}
          type="date"
          value={draft.date ?? ''}
          onChange={(e) => set({ date: e.target.value || null })}
        />
        <Select
          {...at('classId')}
          label={t('editor.class')}
          placeholder={t('editor.noClass')}
          options={classes.map((c) => ({ value: c.id, label: c.name }))}
          value={draft.classId ?? ''}
          onChange={(e) => {
            const chosen = classes.find((c) => c.id === e.target.value);
            set({
              classId: chosen?.id ?? null,
              ...(chosen && !draft.periodMinutes ? { periodMinutes: chosen.periodMinutes } : {}),
            });
          }}
        />
        <TextField
          {...at('periodMinutes')}
          label={t('editor.period')}
          type="number"
          inputMode="numeric"
          min={1}
          max={PLAN_LIMITS.minutes}
          value={draft.periodMinutes ?? ''}
          onChange={(e) => {
            const value = Math.round(e.target.valueAsNumber);
            set({ periodMinutes: Number.isFinite(value) && value >= 1 ? Math.min(value, PLAN_LIMITS.minutes) : null });
          }}
        />
        <PlanLanguageSelect
          id={controlId('locale')}
          value={draft.locale ?? 'en'}
          onChange={(locale) => set({ locale })}
        />
      </div>
      <fieldset className="visibility">
        <legend>{t('editor.visibility')}</legend>
        <p className="field-hint">{t('editor.visibilityHint')}</p>
        <div className="choice-row">
          {PLAN_VISIBILITIES.map((visibility) => (
            <label key={visibility} className="choice">
              <input
                type="radio"
                name="plan-visibility"
                value={visibility}
                checked={(draft.visibility ?? 'private') === visibility}
                onChange={() => set({ visibility })}
              />
              {t(`editor.visibility.${visibility}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
