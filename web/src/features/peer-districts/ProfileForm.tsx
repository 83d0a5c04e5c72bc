import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeerProfile } from '#core/contracts/peer-districts';
import { URBANICITIES, type Urbanicity } from '#core/peers/context';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { calendarDay } from '../../lib/dates';
import { useFormErrors } from '../../lib/useFormErrors';
import { useSavePeerProfile } from './usePeerDistricts';

type Draft = {
  studentCount: string;
  povertyRate: string;
  englishLearnerShare: string;
  urbanicity: string;
  optedIn: boolean;
};
const FIELDS = ['studentCount', 'povertyRate', 'englishLearnerShare', 'urbanicity'] as const;

const draftOf = (p: PeerProfile): Draft => ({
  studentCount: p.studentCount === null ? '' : String(p.studentCount),
  povertyRate: p.povertyRate === null ? '' : String(p.povertyRate),
  englishLearnerShare: p.englishLearnerShare === null ? '' : String(p.englishLearnerShare),
  urbanicity: p.urbanicity ?? '',
  optedIn: p.optedIn,
});

const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

/** The district's context and the opt-in, with what taking part shares spelled out beside the switch. */
export function ProfileForm({ profile }: { profile: PeerProfile }) {
  const { t, i18n } = useTranslation('peer-districts');
  const save = useSavePeerProfile();
  const [draft, setDraft] = useState<Draft>(() => draftOf(profile));
  const { errorFor, validate, unmatchedServerErrors } = useFormErrors(save.error);
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  const set = (field: keyof Draft) => (value: string | boolean) => setDraft((d) => ({ ...d, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const values = {
      studentCount: number(draft.studentCount),
      povertyRate: number(draft.povertyRate),
      englishLearnerShare: number(draft.englishLearnerShare),
    };
    const ok = validate(form.current, (errors) => {
      if (!Number.isInteger(values.studentCount) || values.studentCount < 1 || values.studentCount > 2_000_000)
        errors.studentCount = 'peer-districts:profile.count';
      for (const field of ['povertyRate', 'englishLearnerShare'] as const)
        if (!Number.isFinite(values[field]) || values[field] < 0 || values[field] > 100)
          errors[field] = 'peer-districts:profile.percent';
      if (!draft.urbanicity) errors.urbanicity = 'peer-districts:profile.required';
    });
    if (!ok) return;
    save.mutate({ ...values, urbanicity: draft.urbanicity as Urbanicity, optedIn: draft.optedIn });
  }

  const current = save.data ?? profile;
  return (
    <Card title={t('profile.title')} testId="peer-profile">
      <p className="muted">{t('profile.intro')}</p>
      <form ref={form} className="stack" onSubmit={submit} noValidate>
        <TextField
          label={t('profile.studentCount')}
          hint={t('profile.studentCountHint')}
          inputMode="numeric"
          value={draft.studentCount}
          onChange={(e) => set('studentCount')(e.target.value)}
          error={errorFor('studentCount')}
          required
        />
        <TextField
          label={t('profile.povertyRate')}
          hint={t('profile.povertyRateHint')}
          inputMode="decimal"
          value={draft.povertyRate}
          onChange={(e) => set('povertyRate')(e.target.value)}
          error={errorFor('povertyRate')}
          required
        />
        <TextField
          label={t('profile.englishLearnerShare')}
          hint={t('profile.englishLearnerShareHint')}
          inputMode="decimal"
          value={draft.englishLearnerShare}
          onChange={(e) => set('englishLearnerShare')(e.target.value)}
          error={errorFor('englishLearnerShare')}
          required
        />
        <Select
          label={t('profile.urbanicity')}
          hint={t('profile.urbanicityHint')}
          placeholder={t('profile.choose')}
          options={URBANICITIES.map((value) => ({ value, label: t(`profile.urbanicities.${value}`) }))}
          value={draft.urbanicity}
          onChange={(e) => set('urbanicity')(e.target.value)}
          error={errorFor('urbanicity')}
          required
        />
        <section aria-labelledby={`${id}-sharing`} className="peer-sharing">
          <h3 id={`${id}-sharing`}>{t('sharing.title')}</h3>
          <ul id={`${id}-rules`}>
            <li>{t('sharing.what')}</li>
            <li>{t('sharing.never')}</li>
            <li>{t('sharing.rules')}</li>
            <li>{t('sharing.out')}</li>
          </ul>
        </section>
        <label className="choice choice-block">
          <input
            type="checkbox"
            checked={draft.optedIn}
            aria-describedby={`${id}-rules`}
            onChange={(e) => set('optedIn')(e.target.checked)}
          />
          <span>{t('profile.optIn')}</span>
        </label>
        <p className="muted">
          {current.optedIn && current.optedInAt
            ? t('profile.optedInBy', {
                date: calendarDay(current.optedInAt.slice(0, 10), i18n.language),
                name: current.optedInBy?.name ?? '',
              })
            : t('profile.notOptedIn')}
        </p>
        {unmatchedServerErrors(FIELDS).length > 0 || (save.error && !FIELDS.some((f) => errorFor(f))) ? (
          <ErrorAlert error={save.error} />
        ) : null}
        {save.isSuccess && <p role="status">{t('profile.saved')}</p>}
        <div>
          <Button type="submit" busy={save.isPending}>
            {t('profile.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
