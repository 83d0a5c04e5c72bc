import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { downloadUrl, usePublicCredential } from '../../features/credentials/useCredentials';
import { formatDate } from '../../lib/format';
import '../../features/credentials/credentials.css';

/**
 * Public, no sign-in: anyone with the link sees who earned what from whom, and whether the
 * signature verifies (checked on the server with an independent verifier, adr/0007).
 */
export function VerifyPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('credentials');
  const credential = usePublicCredential(id);
  const data = credential.data;
  return (
    <>
      <PageHeader title={data?.achievement ?? t('verify.title')} description={t('verify.description')} />
      <QueryState query={credential} isEmpty={false} empty={null}>
        {data && (
          <Card testId="credential-verify">
            {data.revokedAt && (
              <p className="credential-verified credential-verified-no" data-testid="revocation">
                ✗ {t('verify.revoked', { date: formatDate(data.revokedAt, i18n.language) })}
              </p>
            )}
            <p
              className={`credential-verified ${data.verified && !data.revokedAt ? 'credential-verified-yes' : 'credential-verified-no'}`}
              data-testid="verification-result"
            >
              {data.verified ? `✓ ${t('verify.verified')}` : `✗ ${t('verify.notVerified')}`}
            </p>
            <dl className="credential-facts">
              <dt>{t('verify.earner')}</dt>
              <dd>{data.earnerName}</dd>
              <dt>{t('verify.achievement')}</dt>
              <dd>{data.achievement}</dd>
              <dt>{t('verify.issuer')}</dt>
              <dd>{data.issuerName}</dd>
              <dt>{t('verify.date')}</dt>
              <dd>{formatDate(data.validFrom, i18n.language)}</dd>
              {data.revokedAt && (
                <>
                  <dt>{t('verify.status')}</dt>
                  <dd>{t('verify.revoked', { date: formatDate(data.revokedAt, i18n.language) })}</dd>
                </>
              )}
            </dl>
            <div className="button-row">
              <a className="btn btn-primary" href={downloadUrl(id, 'ld')} download>
                {t('verify.download')}
              </a>
              <a className="btn btn-secondary" href={downloadUrl(id, 'json')} download>
                {t('verify.downloadJson')}
              </a>
            </div>
          </Card>
        )}
      </QueryState>
    </>
  );
}
