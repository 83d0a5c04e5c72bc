import { useTranslation } from 'react-i18next';
import { GROUPINGS, type LessonSegment, PLAN_LIMITS, SEGMENT_KINDS } from '#core/contracts/lesson-plans';
import { Select } from '../../../components/Select';
import { TextArea } from '../../../components/TextArea';
import { TextField } from '../../../components/TextField';
import { controlId } from '../evidence';
import type { SectionProps } from './types';
import { WhyNote } from './WhyNote';

interface SegmentFieldsProps extends SectionProps {
  index: number;
}

type Check = NonNullable<LessonSegment['checkForUnderstanding']>;

/** The fields of one timed part of the lesson, including its optional check for understanding. */
export function SegmentFields({ index, draft, update, flagged }: SegmentFieldsProps) {
  const { t } = useTranslation('planner');
  const segment = draft.segments[index] as LessonSegment;
  const path = `segments[${index}]`;
  const n = index + 1;
  const set = (change: Partial<LessonSegment>) =>
    update((d) => ({ ...d, segments: d.segments.map((s, i) => (i === index ? { ...s, ...change } : s)) }));
  const setCheck = (change: Partial<Check>) =>
    set({ checkForUnderstanding: { ...segment.checkForUnderstanding, ...change } });
  const at = (field: string) => ({
    id: controlId(`${path}.${field}`),
    fieldClassName: flagged.has(`${path}.${field}`) ? 'is-flagged' : undefined,
  });
  const check = segment.checkForUnderstanding;

  return (
    <div className="segment-fields">
      <TextField
        {...at('title')}
        label={t('editor.segmentTitle', { n })}
        value={segment.title}
        maxLength={PLAN_LIMITS.shortText}
        onChange={(e) => set({ title: e.target.value })}
      />
      <div className="segment-grid">
        <Select
          {...at('kind')}
          label={t('editor.kind')}
          placeholder="—"
          options={SEGMENT_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          value={segment.kind ?? ''}
          onChange={(e) => set({ kind: (e.target.value || undefined) as LessonSegment['kind'] })}
        />
        <TextField
          {...at('minutes')}
          label={t('editor.minutes')}
          type="number"
          inputMode="numeric"
          min={0}
          max={PLAN_LIMITS.minutes}
          value={segment.minutes ?? ''}
          onChange={(e) => {
            const value = e.target.valueAsNumber;
            set({ minutes: Number.isFinite(value) ? Math.min(Math.max(value, 0), PLAN_LIMITS.minutes) : null });
          }}
        />
        <Select
          {...at('grouping')}
          label={t('editor.grouping')}
          placeholder="—"
          options={GROUPINGS.map((grouping) => ({ value: grouping, label: t(`grouping.${grouping}`) }))}
          value={segment.grouping ?? ''}
          onChange={(e) => set({ grouping: (e.target.value || undefined) as LessonSegment['grouping'] })}
        />
      </div>
      <TextArea
        {...at('description')}
        label={t('editor.description')}
        rows={3}
        value={segment.description ?? ''}
        maxLength={PLAN_LIMITS.longText}
        onChange={(e) => set({ description: e.target.value })}
      />
      {check ? (
        <fieldset className={`cfu${flagged.has(`${path}.checkForUnderstanding`) ? ' is-flagged' : ''}`}>
          <legend>{t('editor.cfu')}</legend>
          <TextField
            {...at('checkForUnderstanding.technique')}
            label={t('editor.technique')}
            value={check.technique ?? ''}
            maxLength={PLAN_LIMITS.shortText * 2}
            onChange={(e) => setCheck({ technique: e.target.value })}
          />
          <TextArea
            {...at('checkForUnderstanding.question')}
            label={t('editor.question')}
            rows={2}
            value={check.question ?? ''}
            maxLength={PLAN_LIMITS.text}
            onChange={(e) => setCheck({ question: e.target.value })}
          />
          <TextArea
            {...at('checkForUnderstanding.decisionRule')}
            label={t('editor.decisionRule')}
            hint={t('editor.decisionRuleHint')}
            rows={2}
            value={check.decisionRule ?? ''}
            maxLength={PLAN_LIMITS.text}
            onChange={(e) => setCheck({ decisionRule: e.target.value })}
          />
          <button
            type="button"
            className="btn btn-ghost btn-small"
            onClick={() => set({ checkForUnderstanding: null })}
          >
            {t('editor.removeCfu')}
          </button>
        </fieldset>
      ) : (
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => set({ checkForUnderstanding: { technique: '', question: '', decisionRule: '' } })}
        >
          {t('editor.addCfu')}
        </button>
      )}
      <WhyNote path={path} item={t('editor.segment', { n })} draft={draft} update={update} />
    </div>
  );
}
