import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  PEER_OFFER_NOTE_MAX,
  PEER_PRACTICE_TAGS,
  type PeerOffer,
  type PeerOfferBody,
} from '#core/contracts/peer-learning';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Spinner } from '../../components/Spinner';
import { TextArea } from '../../components/TextArea';
import { useFormErrors } from '../../lib/useFormErrors';
import { useDeletePeerOffer, usePeerOffer, useSavePeerOffer } from './usePeerLearning';

const MAX_PRACTICES = 5;

/**
 * Settings: "Colleagues can learn from me" — the first consent (adr/0009). Off until published;
 * says plainly what colleagues will see.
 */
export function PeerOfferSection() {
  const { t } = useTranslation('peer-learning');
  const offer = usePeerOffer();
  return (
    <Card title={t('offer.title')} testId="peer-offer" id="peer-offer">
      <p className="muted">{t('offer.intro')}</p>
      <p>{t('offer.whatTheySee')}</p>
      {offer.isPending ? (
        <Spinner />
      ) : offer.isError ? (
        <ErrorAlert error={offer.error} onRetry={() => void offer.refetch()} />
      ) : (
        <OfferForm offer={offer.data.offer} />
      )}
      <p>
        <Link to="/peer-requests">{t('offer.requestsLink')}</Link>
      </p>
    </Card>
  );
}

function OfferForm({ offer }: { offer: PeerOffer | null }) {
  const { t } = useTranslation('peer-learning');
  const [tags, setTags] = useState<string[]>(offer?.practiceTags ?? []);
  const [note, setNote] = useState(offer?.note ?? '');
  const [done, setDone] = useState<'saved' | 'deleted' | null>(null);
  const save = useSavePeerOffer();
  const remove = useDeletePeerOffer();
  const { errorFor, validate } = useFormErrors(save.error);
  const form = useRef<HTMLFormElement>(null);

  function send(open: boolean) {
    const ok = validate(form.current, (errors) => {
      if (tags.length === 0) errors.practiceTags = 'peer-learning:offer.practicesNeeded';
      else if (tags.length > MAX_PRACTICES) errors.practiceTags = 'peer-learning:offer.practicesTooMany';
      if (note.trim().length > PEER_OFFER_NOTE_MAX) errors.note = 'peer-learning:offer.noteTooLong';
    });
    if (!ok) return;
    setDone(null);
    save.mutate(
      { practiceTags: tags as PeerOfferBody['practiceTags'], note: note.trim() || null, open },
      { onSuccess: () => setDone('saved') },
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    send(true);
  }

  const status = offer === null ? 'statusNone' : offer.open ? 'statusOpen' : 'statusClosed';
  return (
    <form ref={form} className="stack" onSubmit={submit} noValidate>
      <p data-testid="peer-offer-status">
        <strong>{t(`offer.${status}`)}</strong>
      </p>
      {save.isError && !errorFor('practiceTags') && !errorFor('note') ? <ErrorAlert error={save.error} /> : null}
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      <fieldset className="choice-group" aria-describedby="peer-offer-practices-hint">
        <legend>{t('offer.practices')}</legend>
        <p id="peer-offer-practices-hint" className="field-hint">
          {t('offer.practicesHint')}
        </p>
        {PEER_PRACTICE_TAGS.map((tag) => (
          <label key={tag} className="choice choice-block">
            <input
              type="checkbox"
              name="practiceTags"
              value={tag}
              checked={tags.includes(tag)}
              aria-invalid={errorFor('practiceTags') ? true : undefined}
              onChange={(event) =>
                setTags((current) =>
                  event.target.checked ? [...current, tag] : current.filter((other) => other !== tag),
                )
              }
            />
            <span>{t(`library:practices.${tag}`)}</span>
          </label>
        ))}
        {errorFor('practiceTags') && (
          <p className="field-error" role="alert">
            {errorFor('practiceTags')}
          </p>
        )}
      </fieldset>
      <TextArea
        label={t('offer.note')}
        hint={t('offer.noteHint')}
        value={note}
        rows={3}
        maxLength={PEER_OFFER_NOTE_MAX}
        error={errorFor('note')}
        onChange={(event) => setNote(event.target.value)}
      />
      <FormActions
        busy={save.isPending && save.variables?.open === true}
        submitLabel={offer?.open ? t('offer.update') : offer ? t('offer.reopen') : t('offer.publish')}
      >
        {offer?.open && (
          <Button
            variant="secondary"
            busy={save.isPending && save.variables?.open === false}
            onClick={() => send(false)}
          >
            {t('offer.close')}
          </Button>
        )}
        {offer && (
          <Button
            variant="danger"
            busy={remove.isPending}
            onClick={() => {
              setDone(null);
              remove.mutate(undefined, {
                onSuccess: () => {
                  setTags([]);
                  setNote('');
                  setDone('deleted');
                },
              });
            }}
          >
            {t('offer.delete')}
          </Button>
        )}
      </FormActions>
      <p className="muted" role="status">
        {done === 'saved' ? t('offer.saved') : done === 'deleted' ? t('offer.deleted') : ''}
      </p>
    </form>
  );
}
