import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { schoolYearOf } from '#core/cpl/index';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Button, ButtonLink } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { PeerDistrictsLink } from '../../features/peer-districts/PeerDistrictsLink';
import { Questionnaire } from '../../features/self-assessment/Questionnaire';
import {
  localeOf,
  recentSchoolYears,
  useReopenSelfAssessment,
  useSelfAssessment,
  useSelfAssessmentYears,
  useSubmitSelfAssessment,
} from '../../features/self-assessment/useSelfAssessment';
import { YearsTable } from '../../features/self-assessment/YearsTable';
import '../../features/self-assessment/self-assessment.css';

/** The district's self-assessment for a school year: the questionnaire, submit or reopen, and the years side by side. */
export function SelfAssessmentPage() {
  const { t, i18n } = useTranslation('self-assessment');
  const lang = localeOf(i18n.resolvedLanguage ?? i18n.language);
  useDocumentTitle(t('title'));
  const years = recentSchoolYears(schoolYearOf(new Date().toISOString().slice(0, 10)));
  const [params, setParams] = useSearchParams();
  const asked = params.get('year');
  const schoolYear = asked && years.includes(asked) ? asked : years[0]!;
  const assessment = useSelfAssessment(schoolYear);
  const history = useSelfAssessmentYears();
  const submit = useSubmitSelfAssessment(schoolYear);
  const reopen = useReopenSelfAssessment(schoolYear);
  const data = assessment.data;
  const [savesPending, setSavesPending] = useState(false);
  const flushSaves = useRef<(() => Promise<void>) | null>(null);
  /** Every waiting note and answer reaches the server before the submission does. */
  async function submitNow() {
    await flushSaves.current?.();
    submit.mutate(undefined);
  }

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="stack self-assessment">
        <Alert tone="info" title={t('diagnostic.title')}>
          {t('diagnostic.body')}
        </Alert>
        <div className="cpl-toolbar">
          <Select
            label={t('schoolYear')}
            options={years.map((year) => ({ value: year, label: year }))}
            value={schoolYear}
            onChange={(e) => setParams({ year: e.target.value }, { replace: true })}
          />
          {data && (
            <p>
              <Badge tone={data.status === 'submitted' ? 'success' : 'neutral'}>{t(`status.${data.status}`)}</Badge>
            </p>
          )}
          <ButtonLink to={`/self-assessment/${schoolYear}/results`}>{t('actions.results')}</ButtonLink>
        </div>
        <QueryState query={assessment} isEmpty={false} empty={null}>
          {data && (
            <>
              <Questionnaire
                key={`${schoolYear}-${data.canEdit}`}
                assessment={data}
                onPendingChange={setSavesPending}
                flushRef={flushSaves}
              />
              {(data.canEdit || data.canReopen) && (
                <Card title={data.canEdit ? t('submit.title') : t('reopen.title')}>
                  <p>{data.canEdit ? t('submit.body') : t('reopen.body')}</p>
                  {submit.isError && <ErrorAlert error={submit.error} />}
                  {data.canEdit && savesPending && (
                    <p id="cpl-submit-waiting" className="cpl-muted">
                      {t('submit.waiting')}
                    </p>
                  )}
                  {reopen.isError && <ErrorAlert error={reopen.error} />}
                  {data.canEdit ? (
                    <Button
                      busy={submit.isPending}
                      disabled={savesPending}
                      aria-describedby={savesPending ? 'cpl-submit-waiting' : undefined}
                      onClick={() => void submitNow()}
                    >
                      {t('actions.submit')}
                    </Button>
                  ) : (
                    <Button variant="secondary" busy={reopen.isPending} onClick={() => reopen.mutate(undefined)}>
                      {t('actions.reopen')}
                    </Button>
                  )}
                </Card>
              )}
            </>
          )}
        </QueryState>
        <Card title={t('years.title')} testId="cpl-years">
          <QueryState
            query={history}
            isEmpty={(history.data?.items.length ?? 0) === 0}
            empty={<p>{t('years.empty')}</p>}
          >
            {history.data && <YearsTable years={history.data.items} lang={lang} />}
          </QueryState>
        </Card>
        <PeerDistrictsLink />
      </div>
    </>
  );
}
