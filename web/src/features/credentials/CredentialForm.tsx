import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { fieldErrorsOf } from '../../lib/problem';
import { hasErrors } from '../../lib/validate';
import {
  type AuthoringState,
  check,
  forget,
  KINDS,
  LANGS,
  type Lang,
  LIMITS,
  move,
  newCriterion,
  newRequirement,
  readStored,
  store,
  type Text,
} from './authoring';

type Props = {
  /** Where unsaved work is kept: "new", or the micro-credential's id. */
  draftKey: string;
  initial: AuthoringState;
  /** Teachers have started it: only title and description can change. */
  contentLocked?: boolean;
  busy: boolean;
  error: unknown;
  submitLabel: string;
  onSave: (state: AuthoringState) => void;
};

/** Moves focus to a control once React has drawn it (after adding or removing a row). */
const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * The micro-credential editor: text in the author's languages, evidence requirements and rubric
 * criteria that can be added, removed and reordered by keyboard. Checked against the contract's
 * own schema before sending; the server's problems land on the same fields. Unsaved work lives in
 * session storage until saved.
 */
export function CredentialForm({ draftKey, initial, contentLocked = false, busy, error, submitLabel, onSave }: Props) {
  const { t } = useTranslation('credentials');
  const formRef = useRef<HTMLFormElement>(null);
  const [restored] = useState(() => readStored(draftKey));
  const [state, setState] = useState<AuthoringState>(restored ?? initial);
  const [showRestored, setShowRestored] = useState(restored !== null);
  const touched = useRef(false);
  // After the first attempt to save, the contract's checks run on every change: fixed fields clear.
  const [attempted, setAttempted] = useState(false);
  const client = attempted ? check(state) : {};
  const server = fieldErrorsOf(error);
  const errorFor = (field: string): string | undefined => (client[field] ? t(client[field]) : server[field]);

  useEffect(() => {
    if (touched.current) store(draftKey, state);
  }, [draftKey, state]);

  function update(change: (draft: AuthoringState) => void) {
    touched.current = true;
    setState((current) => {
      const next = structuredClone(current);
      change(next);
      return next;
    });
  }

  function discard() {
    forget(draftKey);
    touched.current = false;
    setState(initial);
    setShowRestored(false);
    setAttempted(false);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (hasErrors(check(state))) {
      // Keyboard and screen-reader users land on the first problem.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    onSave(state);
  }

  const langLabel = (label: string, lang: Lang) =>
    state.langs.length > 1 ? `${label} (${t(`author.lang.${lang}`)})` : label;

  /** One control per chosen language (a render helper, not a component: inputs keep focus). */
  function langText({
    label,
    path,
    value,
    set,
    multiline,
    hint,
  }: {
    label: string;
    path: string;
    value: Text;
    set: (draft: AuthoringState) => Text;
    multiline?: boolean;
    hint?: string;
  }) {
    return state.langs.map((lang, index) => {
      const props = {
        id: `${path}.${lang}`,
        label: langLabel(label, lang),
        lang,
        value: value[lang],
        required: index === 0,
        hint: index === 0 ? hint : undefined,
        error: errorFor(`${path}.${lang}`) ?? (index === 0 ? errorFor(path) : undefined),
      };
      const onChange = (text: string) =>
        update((draft) => {
          set(draft)[lang] = text;
        });
      return multiline ? (
        <TextArea key={lang} rows={3} {...props} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <TextField key={lang} {...props} onChange={(e) => onChange(e.target.value)} />
      );
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="stack" data-testid="credential-form">
      {showRestored && (
        <Alert tone="info" title={t('author.restored')}>
          <Button variant="secondary" onClick={discard}>
            {t('author.discard')}
          </Button>
        </Alert>
      )}
      <Card title={t('author.about')}>
        <fieldset className="choice-group">
          <legend>{t('author.langs')}</legend>
          <div className="credential-inline">
            {LANGS.map((lang) => (
              <label key={lang} className="choice">
                <input
                  type="checkbox"
                  checked={state.langs.includes(lang)}
                  onChange={(e) =>
                    update((draft) => {
                      draft.langs = LANGS.filter((l) => (l === lang ? e.target.checked : draft.langs.includes(l)));
                    })
                  }
                />
                <span>{t(`author.lang.${lang}`)}</span>
              </label>
            ))}
          </div>
          {errorFor('langs') && (
            <p className="field-error" role="alert">
              {errorFor('langs')}
            </p>
          )}
        </fieldset>
        {langText({ label: t('author.title'), path: 'title', value: state.title, set: (d) => d.title })}
        {langText({
          label: t('author.description'),
          path: 'description',
          value: state.description,
          set: (d) => d.description,
          multiline: true,
        })}
      </Card>

      {contentLocked && <Alert tone="info">{t('author.locked')}</Alert>}
      <fieldset disabled={contentLocked} className="credential-fieldset stack">
        <legend className="visually-hidden">{t('author.content')}</legend>
        <Card title={t('author.assessed')}>
          {langText({
            label: t('catalogue.competency'),
            path: 'competency',
            value: state.competency,
            set: (d) => d.competency,
            hint: t('author.competencyHint'),
          })}
          {langText({
            label: t('catalogue.keyMethod'),
            path: 'keyMethod',
            value: state.keyMethod,
            set: (d) => d.keyMethod,
            multiline: true,
            hint: t('author.keyMethodHint'),
          })}
        </Card>

        <Card title={t('catalogue.requirements')} testId="author-requirements">
          {errorFor('requirements') && <Alert tone="error">{errorFor('requirements')}</Alert>}
          {state.requirements.map((requirement, index) => {
            const path = `requirements.${index}`;
            const number = index + 1;
            return (
              <fieldset key={requirement.id} className="credential-requirement credential-fieldset">
                <legend>{t('author.requirement', { number })}</legend>
                <Select
                  id={`${requirement.id}-kind`}
                  label={t('author.kind')}
                  value={requirement.kind}
                  options={KINDS.map((kind) => ({ value: kind, label: t(`author.kinds.${kind}`) }))}
                  onChange={(e) =>
                    update((draft) => {
                      draft.requirements[index]!.kind = e.target.value as (typeof KINDS)[number];
                    })
                  }
                  error={errorFor(`${path}.kind`)}
                />
                {langText({
                  label: t('author.prompt'),
                  path: `${path}.prompt`,
                  value: requirement.prompt,
                  set: (d) => d.requirements[index]!.prompt,
                })}
                <TextField
                  id={`${path}.count`}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={LIMITS.perRequirement}
                  label={t('author.count')}
                  value={String(requirement.count)}
                  onChange={(e) =>
                    update((draft) => {
                      draft.requirements[index]!.count = Number(e.target.value);
                    })
                  }
                  error={errorFor(`${path}.count`)}
                />
                <RowActions
                  what={t('author.requirement', { number })}
                  index={index}
                  count={state.requirements.length}
                  min={1}
                  onMove={(by) => {
                    update((draft) => {
                      draft.requirements = move(draft.requirements, index, by);
                    });
                    focusSoon(`${requirement.id}-${by < 0 ? 'up' : 'down'}`);
                  }}
                  onRemove={() => {
                    update((draft) => {
                      draft.requirements.splice(index, 1);
                    });
                    focusSoon('add-requirement');
                  }}
                  idPrefix={requirement.id}
                />
              </fieldset>
            );
          })}
          <div className="button-row">
            <Button
              id="add-requirement"
              variant="secondary"
              disabled={state.requirements.length >= LIMITS.requirements}
              onClick={() => {
                const added = newRequirement(state.requirements);
                update((draft) => {
                  draft.requirements.push(added);
                });
                focusSoon(`${added.id}-kind`);
              }}
            >
              {t('author.addRequirement')}
            </Button>
          </div>
        </Card>

        <Card title={t('catalogue.rubric')} testId="author-rubric">
          <p className="muted">{t('author.rubricHint')}</p>
          {errorFor('rubric') && <Alert tone="error">{errorFor('rubric')}</Alert>}
          {state.rubric.map((criterion, index) => {
            const path = `rubric.${index}`;
            const number = index + 1;
            return (
              <fieldset key={criterion.id} className="credential-requirement credential-fieldset">
                <legend>{t('author.criterion', { number })}</legend>
                {langText({
                  label: t('author.criterionName'),
                  path: `${path}.name`,
                  value: criterion.name,
                  set: (d) => d.rubric[index]!.name,
                })}
                {errorFor(`${path}.levels`) && <Alert tone="error">{errorFor(`${path}.levels`)}</Alert>}
                <ol className="credential-levels">
                  {criterion.levels.map((level, levelIndex) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: levels are positional (the pass level is an index)
                    <li key={levelIndex}>
                      {langText({
                        label: t('author.level', { number: levelIndex + 1 }),
                        path: `${path}.levels.${levelIndex}`,
                        value: level,
                        set: (d) => d.rubric[index]!.levels[levelIndex]!,
                      })}
                      {criterion.levels.length > 2 && (
                        <Button
                          variant="ghost"
                          onClick={() => {
                            update((draft) => {
                              const c = draft.rubric[index]!;
                              c.levels.splice(levelIndex, 1);
                              if (c.passLevel >= c.levels.length) c.passLevel = c.levels.length - 1;
                              else if (c.passLevel > levelIndex) c.passLevel -= 1;
                            });
                            focusSoon(`${criterion.id}-add-level`);
                          }}
                        >
                          {t('author.removeLevel', { number: levelIndex + 1, criterion: number })}
                        </Button>
                      )}
                    </li>
                  ))}
                </ol>
                <div className="button-row">
                  <Button
                    id={`${criterion.id}-add-level`}
                    variant="secondary"
                    disabled={criterion.levels.length >= LIMITS.levels}
                    onClick={() => {
                      update((draft) => {
                        draft.rubric[index]!.levels.push({ en: '', es: '' });
                      });
                      focusSoon(`${path}.levels.${criterion.levels.length}.${state.langs[0] ?? 'en'}`);
                    }}
                  >
                    {t('author.addLevel', { criterion: number })}
                  </Button>
                </div>
                <Select
                  id={`${path}.passLevel`}
                  label={t('author.passLevel')}
                  hint={t('author.passLevelHint')}
                  value={String(criterion.passLevel)}
                  options={criterion.levels.map((level, levelIndex) => ({
                    value: String(levelIndex),
                    label: `${levelIndex + 1}. ${level[state.langs[0] ?? 'en'] || t('author.unnamedLevel')}`,
                  }))}
                  onChange={(e) =>
                    update((draft) => {
                      draft.rubric[index]!.passLevel = Number(e.target.value);
                    })
                  }
                  error={errorFor(`${path}.passLevel`)}
                />
                <RowActions
                  what={t('author.criterion', { number })}
                  index={index}
                  count={state.rubric.length}
                  min={1}
                  onMove={(by) => {
                    update((draft) => {
                      draft.rubric = move(draft.rubric, index, by);
                    });
                    focusSoon(`${criterion.id}-${by < 0 ? 'up' : 'down'}`);
                  }}
                  onRemove={() => {
                    update((draft) => {
                      draft.rubric.splice(index, 1);
                    });
                    focusSoon('add-criterion');
                  }}
                  idPrefix={criterion.id}
                />
              </fieldset>
            );
          })}
          <div className="button-row">
            <Button
              id="add-criterion"
              variant="secondary"
              disabled={state.rubric.length >= LIMITS.criteria}
              onClick={() => {
                const added = newCriterion(state.rubric);
                update((draft) => {
                  draft.rubric.push(added);
                });
                focusSoon(`rubric.${state.rubric.length}.name.${state.langs[0] ?? 'en'}`);
              }}
            >
              {t('author.addCriterion')}
            </Button>
          </div>
        </Card>
      </fieldset>

      {error ? <ErrorAlert error={error} /> : null}
      <FormActions busy={busy} submitLabel={submitLabel} />
    </form>
  );
}

/** Move up, move down and remove, each naming the row it acts on (for screen readers). */
function RowActions({
  what,
  index,
  count,
  min,
  onMove,
  onRemove,
  idPrefix,
}: {
  what: string;
  index: number;
  count: number;
  min: number;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  idPrefix: string;
}) {
  const { t } = useTranslation('credentials');
  return (
    <div className="button-row">
      <Button id={`${idPrefix}-up`} variant="ghost" disabled={index === 0} onClick={() => onMove(-1)}>
        {t('author.moveUp', { what })}
      </Button>
      <Button id={`${idPrefix}-down`} variant="ghost" disabled={index === count - 1} onClick={() => onMove(1)}>
        {t('author.moveDown', { what })}
      </Button>
      <Button variant="ghost" disabled={count <= min} onClick={onRemove}>
        {t('author.remove', { what })}
      </Button>
    </div>
  );
}
