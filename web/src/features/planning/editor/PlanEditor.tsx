import { useTranslation } from 'react-i18next';
import type { ClassDto } from '#core/contracts/classes';
import { PLAN_LIMITS } from '#core/contracts/lesson-plans';
import { controlId } from '../evidence';
import { BasicsSection } from './BasicsSection';
import { FocusPracticesSection } from './FocusPracticesSection';
import { ListEditor } from './ListEditor';
import { SegmentsEditor } from './SegmentsEditor';
import { SupportsEditor } from './SupportsEditor';
import type { SectionProps } from './types';

/** Every field of LessonPlanInput, in the order a teacher thinks: goal, evidence, sequence, supports, exit. */
export function PlanEditor({ classes, ...section }: SectionProps & { classes: readonly ClassDto[] }) {
  const { t } = useTranslation('planner');
  const { draft, update, flagged } = section;
  return (
    <form className="plan-editor" onSubmit={(e) => e.preventDefault()} aria-label={draft.title || t('editor.title')}>
      <BasicsSection {...section} classes={classes} />
      <ListEditor
        {...section}
        field="objectives"
        title={t('editor.objectives')}
        hint={t('editor.objectivesHint')}
        itemLabel={(n) => t('editor.objective', { n })}
        addLabel={t('editor.addObjective')}
        maxLength={PLAN_LIMITS.text}
        withWhy
        multiline
      />
      <ListEditor
        {...section}
        field="successCriteria"
        title={t('editor.successCriteria')}
        hint={t('editor.successCriteriaHint')}
        itemLabel={(n) => t('editor.criterion', { n })}
        addLabel={t('editor.addCriterion')}
        maxLength={PLAN_LIMITS.text}
      />
      <SegmentsEditor {...section} />
      <SupportsEditor {...section} />
      <section
        className={`plan-section${flagged.has('exitTicket') ? ' is-flagged' : ''}`}
        aria-labelledby="plan-exit-heading"
      >
        <h3 id="plan-exit-heading">{t('editor.exitTicket')}</h3>
        <div className="field">
          <label htmlFor={controlId('exitTicket')} className="visually-hidden">
            {t('editor.exitTicket')}
          </label>
          <p id={`${controlId('exitTicket')}-hint`} className="field-hint">
            {t('editor.exitTicketHint')}
          </p>
          <textarea
            id={controlId('exitTicket')}
            className="input textarea"
            rows={2}
            value={draft.exitTicket ?? ''}
            maxLength={PLAN_LIMITS.text}
            aria-describedby={`${controlId('exitTicket')}-hint`}
            onChange={(e) => update((d) => ({ ...d, exitTicket: e.target.value }))}
          />
        </div>
      </section>
      <ListEditor
        {...section}
        field="standards"
        title={t('editor.standards')}
        itemLabel={(n) => t('editor.standard', { n })}
        addLabel={t('editor.addStandard')}
        maxLength={PLAN_LIMITS.shortText}
      />
      <ListEditor
        {...section}
        field="materials"
        title={t('editor.materials')}
        itemLabel={(n) => t('editor.material', { n })}
        addLabel={t('editor.addMaterial')}
        maxLength={PLAN_LIMITS.shortText * 2}
      />
      <FocusPracticesSection {...section} />
    </form>
  );
}
