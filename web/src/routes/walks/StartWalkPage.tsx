import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { WALK_LIMITS } from '#core/contracts/walks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useFramework, useSchoolFramework } from '../../features/frameworks/useFrameworks';
import { schoolIdsOf } from '../../features/identity/roles';
import { useMe } from '../../features/identity/useMe';
import { useSchoolNames } from '../../features/organizations/useSchools';
import { LookForPicker } from '../../features/walks/LookForPicker';
import { useStartWalk } from '../../features/walks/useWalks';
import { localToday } from '../../lib/dates';
import { useFormErrors } from '../../lib/useFormErrors';
import '../../features/walks/walks.css';

/** Start a walk: the school (when the walker has several), one focus look-for from its framework, a purpose, the day. */
export function StartWalkPage() {
  const { t } = useTranslation('walks');
  const navigate = useNavigate();
  const me = useMe().data;
  const schoolIds = schoolIdsOf(me, 'school_leader', 'coach');
  const names = useSchoolNames(schoolIds.length > 1);
  const [schoolId, setSchoolId] = useState('');
  const [practiceId, setPracticeId] = useState('');
  const [lookForId, setLookForId] = useState('');
  const [purpose, setPurpose] = useState('');
  const [date, setDate] = useState(localToday());
  const chosenSchool = schoolId || schoolIds[0] || '';
  const school = useSchoolFramework(chosenSchool || null);
  const framework = useFramework(school.data?.frameworkId);
  const start = useStartWalk();
  const form = useRef<HTMLFormElement>(null);
  const { errorFor, validate, unmatchedServerErrors } = useFormErrors(start.error);

  const unmatched = unmatchedServerErrors(['lookForId', 'purpose', 'date', 'schoolId']);

  return (
    <>
      <PageHeader
        title={t('start.title')}
        description={t('start.description')}
        back={<Link to="/walks">{t('backToList')}</Link>}
      />
      {schoolIds.length === 0 ? (
        <p>{t('start.noSchool')}</p>
      ) : (
        <form
          ref={form}
          className="stack"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const valid = validate(form.current, (errors) => {
              if (!lookForId) errors.lookForId = 'walks:start.chooseLookFor';
            });
            if (!valid) return;
            start.mutate(
              { schoolId: chosenSchool, lookForId, purpose: purpose.trim() || undefined, date },
              { onSuccess: (walk) => navigate(`/walks/${walk.id}`) },
            );
          }}
        >
          {start.isError && (unmatched.length > 0 || !['lookForId', 'purpose', 'date'].some((f) => errorFor(f))) && (
            <ErrorAlert error={start.error} />
          )}
          {schoolIds.length > 1 && (
            <Select
              label={t('start.school')}
              options={schoolIds.map((id) => ({ value: id, label: names.get(id) ?? id }))}
              value={chosenSchool}
              onChange={(e) => {
                // Another school may use another framework: a choice from the previous one no longer applies.
                setSchoolId(e.target.value);
                setPracticeId('');
                setLookForId('');
              }}
            />
          )}
          {school.isError && <ErrorAlert error={school.error} onRetry={() => void school.refetch()} />}
          <QueryState query={framework} isEmpty={false} empty={null}>
            {framework.data && (
              <LookForPicker
                framework={framework.data}
                practiceId={practiceId}
                lookForId={lookForId}
                onPractice={(id) => {
                  setPracticeId(id);
                  setLookForId('');
                }}
                onLookFor={setLookForId}
                error={errorFor('lookForId')}
              />
            )}
          </QueryState>
          <TextArea
            label={t('start.purpose')}
            hint={t('start.purposeHint')}
            rows={2}
            maxLength={WALK_LIMITS.purpose}
            value={purpose}
            onChange={(e) => setPurpose(e.target.value)}
            error={errorFor('purpose')}
          />
          <TextField
            type="date"
            label={t('start.date')}
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={errorFor('date')}
            required
          />
          <FormActions busy={start.isPending} submitLabel={t('start.submit')} />
        </form>
      )}
    </>
  );
}
