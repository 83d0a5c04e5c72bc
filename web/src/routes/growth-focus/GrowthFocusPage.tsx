import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import {
  useFramework,
  useFrameworks,
  useGrowthFocus,
  useSchoolFramework,
  useSetGrowthFocus,
} from '../../features/frameworks/useFrameworks';
import { useMe } from '../../features/identity/useMe';

const MAX = 2;

/**
 * A teacher chooses one or two practices to grow in. The planner then asks when a plan does not
 * show them (focus.absent), and later recommendations start from them.
 */
export function GrowthFocusPage() {
  const { t } = useTranslation('frameworks');
  const me = useMe().data;
  const schoolId = me?.roles.find((r) => (r.role === 'teacher' || r.role === 'coach') && r.schoolId)?.schoolId ?? null;
  const school = useSchoolFramework(schoolId);
  const all = useFrameworks();
  const frameworkId = schoolId ? school.data?.frameworkId : all.data?.items.find((f) => f.builtIn)?.id;
  const framework = useFramework(frameworkId);
  const focus = useGrowthFocus();
  const save = useSetGrowthFocus();
  const [chosen, setChosen] = useState<string[]>([]);
  const [tooMany, setTooMany] = useState(false);

  useEffect(() => {
    if (focus.data) setChosen(focus.data.practiceIds);
  }, [focus.data]);

  const toggle = (id: string) => {
    setTooMany(false);
    setChosen((current) => {
      if (current.includes(id)) return current.filter((x) => x !== id);
      if (current.length >= MAX) {
        setTooMany(true);
        return current;
      }
      return [...current, id];
    });
  };

  return (
    <>
      <PageHeader title={t('focus.title')} description={t('focus.description')} />
      {save.isSuccess && <Alert tone="success">{t('focus.saved')}</Alert>}
      {save.isError && <ErrorAlert error={save.error} />}
      {school.isError && <ErrorAlert error={school.error} onRetry={() => void school.refetch()} />}
      <QueryState query={framework} isEmpty={false} empty={null}>
        {framework.data && (
          <form
            className="stack"
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate(chosen);
            }}
          >
            <p className="muted">{t('focus.from', { framework: framework.data.title })}</p>
            <p role="status" className={tooMany ? 'field-error' : 'muted'}>
              {tooMany ? t('focus.tooMany', { count: MAX }) : t('focus.chosen', { count: chosen.length, max: MAX })}
            </p>
            {framework.data.domains.map((domain) => (
              <fieldset key={domain.id} className="focus-domain">
                <legend>{domain.title}</legend>
                {domain.practices.map((practice) => (
                  <label key={practice.id} className="choice choice-block">
                    <input
                      type="checkbox"
                      checked={chosen.includes(practice.id)}
                      onChange={() => toggle(practice.id)}
                      data-practice-code={practice.code}
                    />
                    <span>
                      <strong>{practice.title}</strong>
                      {practice.description && <span className="field-hint">{practice.description}</span>}
                    </span>
                  </label>
                ))}
              </fieldset>
            ))}
            <FormActions busy={save.isPending} submitLabel={t('focus.save')} />
          </form>
        )}
      </QueryState>
    </>
  );
}
