import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useOrganization, useUpdateOrganizationSettings } from './useOrganization';

/** The district's switch for evaluative observations: off unless an admin turns it on. */
export function EvaluativeSetting() {
  const { t } = useTranslation();
  const organization = useOrganization();
  const update = useUpdateOrganizationSettings();
  const id = useId();
  // While a change is on its way the box shows the choice just made, not the answer still to come.
  const on = update.isPending
    ? (update.variables?.evaluativeObservations ?? false)
    : (organization.data?.evaluativeObservations ?? false);

  return (
    <Card title={t('home:evaluative.title')} testId="evaluative-setting">
      <p className="muted" id={`${id}-what`}>
        {t('home:evaluative.what')}
      </p>
      {organization.error ? <ErrorAlert error={organization.error} /> : null}
      {update.error ? <ErrorAlert error={update.error} /> : null}
      <label className="choice choice-block">
        <input
          type="checkbox"
          checked={on}
          disabled={organization.isPending}
          aria-describedby={`${id}-what`}
          onChange={(event) => {
            if (!update.isPending) update.mutate({ evaluativeObservations: event.target.checked });
          }}
        />
        <span>{t('home:evaluative.label')}</span>
      </label>
      <p role="status">{on ? t('home:evaluative.on') : t('home:evaluative.off')}</p>
    </Card>
  );
}
