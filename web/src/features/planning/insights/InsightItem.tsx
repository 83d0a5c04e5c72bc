import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Insight } from '#core/contracts/lesson-plans';
import { highlight } from '../../../lib/highlight';
import { WhatToTry } from '../../recommendations/WhatToTry';
import { textAt } from '../evidence';
import type { PlanDraft } from '../planDraft';
import { showInPlan } from './showInPlan';

interface InsightItemProps {
  insight: Insight;
  draft: PlanDraft;
  /** The linked cards' titles, when known. */
  cardTitles: ReadonlyMap<string, string>;
  onOpenCard: (id: string) => void;
  /** The caller's own plan: offers the recommended cards for this insight. */
  planId?: string;
  /** Absent when the reader may not dismiss (a shared plan). */
  onDismiss?: (reason: string) => Promise<unknown>;
}

/** One insight: its question, the words in the plan it is about, its strategy card, and dismissal. */
export function InsightItem({ insight, draft, cardTitles, onOpenCard, planId, onDismiss }: InsightItemProps) {
  const { t } = useTranslation('planner');
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const reasonId = useId();
  const cardId = insight.resourceIds[0];
  const cardTitle = cardId ? cardTitles.get(cardId) : undefined;

  const submit = async () => {
    if (!onDismiss) return;
    if (reason.trim() === '') {
      setError(t('insights.reasonRequired'));
      return;
    }
    setBusy(true);
    try {
      await onDismiss(reason.trim());
    } catch {
      setBusy(false); // the panel shows the problem; the reason stays typed
    }
  };

  return (
    <li className={`insight insight-${insight.kind}`} data-rule-id={insight.ruleId}>
      <p className="insight-message">{insight.message}</p>
      {insight.evidence.length > 0 && insight.kind !== 'strength' && (
        <div className="insight-evidence">
          <span className="insight-evidence-label">{t('insights.evidence')}</span>
          <ul className="plain-list">
            {insight.evidence.slice(0, 3).map((evidence) => {
              const written = textAt(draft, evidence.field);
              return (
                <li key={`${evidence.field}:${evidence.text}`}>
                  <q className="evidence-quote">
                    {written
                      ? highlight(written.length > 240 ? `${written.slice(0, 240)}…` : written, [evidence.text]).map(
                          (part, index) =>
                            // biome-ignore lint/suspicious/noArrayIndexKey: parts of one string, in order
                            part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
                        )
                      : evidence.text}
                  </q>{' '}
                  <button
                    type="button"
                    className="btn btn-ghost btn-small"
                    onClick={() => showInPlan(evidence.field, evidence.text)}
                  >
                    {t('insights.showInPlan')}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <div className="insight-actions">
        {cardId && (
          <button type="button" className="btn btn-secondary btn-small" onClick={() => onOpenCard(cardId)}>
            {cardTitle ? t('insights.openCard', { title: cardTitle }) : t('insights.openCardFallback')}
          </button>
        )}
        {onDismiss && insight.kind !== 'strength' && !dismissing && (
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setDismissing(true)}>
            {t('insights.dismiss')}
          </button>
        )}
      </div>
      {planId && insight.kind !== 'strength' && (
        <WhatToTry context={{ surface: 'planner', planId, ruleId: insight.ruleId }} />
      )}
      {dismissing && (
        <div className="insight-dismiss">
          <div className={error ? 'field field-invalid' : 'field'}>
            <label htmlFor={reasonId} className="field-label">
              {t('insights.dismissReason')}
            </label>
            <p id={`${reasonId}-hint`} className="field-hint">
              {t('insights.dismissReasonHint')}
            </p>
            <textarea
              id={reasonId}
              className="input textarea"
              rows={2}
              maxLength={1000}
              value={reason}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${reasonId}-hint${error ? ` ${reasonId}-error` : ''}`}
              // biome-ignore lint/a11y/noAutofocus: opened by the teacher's click on Dismiss
              autoFocus
              onChange={(e) => {
                setReason(e.target.value);
                setError('');
              }}
            />
            {error && (
              <p id={`${reasonId}-error`} className="field-error">
                {error}
              </p>
            )}
          </div>
          <div className="button-row">
            <button type="button" className="btn btn-primary btn-small" disabled={busy} onClick={() => void submit()}>
              {t('insights.dismissConfirm')}
            </button>
            <button type="button" className="btn btn-ghost btn-small" onClick={() => setDismissing(false)}>
              {t('insights.cancel')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
