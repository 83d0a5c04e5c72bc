import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { useOrganization, useUpdateOrganizationSettings } from './useOrganization';

/** The district's country (ISO 3166-1 alpha-2): what people of other districts see beside its schools in communities. */
export function CountrySetting() {
  const { t } = useTranslation('communities');
  const organization = useOrganization();
  const update = useUpdateOrganizationSettings();
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? organization.data?.country ?? '';
  function submit(event: FormEvent) {
    event.preventDefault();
    const country = value.trim().toUpperCase();
    update.mutate({ country: country === '' ? null : country }, { onSuccess: () => setDraft(null) });
  }
  return (
    <Card title={t('country.title')} testId="country-setting">
      <form className="community-form" onSubmit={submit}>
        <TextField
          label={t('country.label')}
          hint={t('country.hint')}
          value={value}
          onChange={(e) => setDraft(e.target.value)}
          maxLength={2}
          autoComplete="country"
          disabled={organization.isPending}
        />
        {organization.error ? <ErrorAlert error={organization.error} /> : null}
        {update.error ? <ErrorAlert error={update.error} /> : null}
        {update.isSuccess && <p role="status">{t('country.saved')}</p>}
        <div>
          <Button type="submit" variant="secondary" busy={update.isPending}>
            {t('country.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
