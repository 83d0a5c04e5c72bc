import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PEER_REQUEST_MESSAGE_MAX, type PeerRequestBody } from '#core/contracts/peer-learning';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { useFormErrors } from '../../lib/useFormErrors';
import { loadAskDraft, saveAskDraft } from './askDraft';
import { useAskPeer } from './usePeerLearning';

/**
 * "Ask to learn from them" on a recommended colleague: one of the practices they offered and a
 * message. What is typed stays in sessionStorage until the request is sent.
 */
export function AskPeerForm({ peer }: { peer: { id: string; title: string; practiceTags?: string[] | undefined } }) {
  const { t } = useTranslation('peer-learning');
  const tags = peer.practiceTags ?? [];
  const saved = loadAskDraft(peer.id);
  const [open, setOpen] = useState(saved !== null);
  const [practiceTag, setPracticeTag] = useState(
    saved && tags.includes(saved.practiceTag) ? saved.practiceTag : (tags[0] ?? ''),
  );
  const [message, setMessage] = useState(saved?.message ?? '');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const ask = useAskPeer();
  const { errorFor, validate } = useFormErrors(ask.error);
  const form = useRef<HTMLFormElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const headingId = useId();
  // Where keyboard focus goes after the person acts (never on first render: that would steal it from the page).
  const [focusOn, setFocusOn] = useState<'form' | 'button' | 'sent' | null>(null);
  useEffect(() => {
    if (!focusOn) return;
    const selector = { form: 'select, textarea', button: 'button', sent: 'a' }[focusOn];
    box.current?.querySelector<HTMLElement>(selector)?.focus();
    setFocusOn(null);
  }, [focusOn]);

  const keep = (next: { practiceTag: string; message: string }) => saveAskDraft(peer.id, next);

  function submit(event: FormEvent) {
    event.preventDefault();
    const ok = validate(form.current, (errors) => {
      if (message.trim() === '') errors.message = 'peer-learning:ask.messageNeeded';
      else if (message.trim().length > PEER_REQUEST_MESSAGE_MAX) errors.message = 'peer-learning:ask.messageTooLong';
    });
    if (!ok) return;
    ask.mutate(
      { toUserId: peer.id, practiceTag: practiceTag as PeerRequestBody['practiceTag'], message: message.trim() },
      {
        onSuccess: () => {
          saveAskDraft(peer.id, null);
          setMessage('');
          setOpen(false);
          setSentTo(peer.title);
          setFocusOn('sent');
        },
      },
    );
  }

  return <div ref={box}>{body()}</div>;

  function body() {
    if (sentTo)
      return (
        <Alert tone="success">
          <p>{t('ask.sent', { name: sentTo })}</p>
          <Link to="/peer-requests">{t('ask.sentLink')}</Link>
        </Alert>
      );
    if (!open)
      return (
        <Button
          variant="secondary"
          onClick={() => {
            setOpen(true);
            setFocusOn('form');
          }}
          data-testid="ask-peer"
        >
          {t('ask.button')}
        </Button>
      );
    return (
      <form ref={form} className="stack" onSubmit={submit} aria-labelledby={headingId} noValidate>
        <p id={headingId} className="field-label">
          {t('ask.title', { name: peer.title })}
        </p>
        {ask.isError && !errorFor('message') && !errorFor('practiceTag') ? <ErrorAlert error={ask.error} /> : null}
        <Select
          label={t('ask.practice')}
          options={tags.map((tag) => ({ value: tag, label: t(`library:practices.${tag}`, { defaultValue: tag }) }))}
          value={practiceTag}
          error={errorFor('practiceTag')}
          onChange={(event) => {
            setPracticeTag(event.target.value);
            keep({ practiceTag: event.target.value, message });
          }}
        />
        <TextArea
          label={t('ask.message')}
          hint={t('ask.messageHint')}
          required
          value={message}
          maxLength={PEER_REQUEST_MESSAGE_MAX}
          error={errorFor('message')}
          onChange={(event) => {
            setMessage(event.target.value);
            keep({ practiceTag, message: event.target.value });
          }}
        />
        <FormActions busy={ask.isPending} submitLabel={t('ask.send')}>
          <Button
            variant="ghost"
            onClick={() => {
              setOpen(false);
              setFocusOn('button');
            }}
          >
            {t('ask.cancel')}
          </Button>
        </FormActions>
      </form>
    );
  }
}
