import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../app/i18n';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import {
  checkRoleDraft,
  type RoleDraft,
  RoleSchoolFields,
  toAssignment,
} from '../../features/organizations/RoleSchoolFields';
import type { UserDto } from '../../features/organizations/types';
import { useSchools } from '../../features/organizations/useSchools';
import { useInviteUser } from '../../features/organizations/useUsers';
import { useFormErrors } from '../../lib/useFormErrors';
import { email as checkEmail, required } from '../../lib/validate';

const MAX_ROLES = 10;

interface InvitePersonDialogProps {
  open: boolean;
  onClose: () => void;
  onInvited: (user: UserDto) => void;
}

export function InvitePersonDialog({ open, onClose, onInvited }: InvitePersonDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('people:invite.title')}>
      <InviteForm onCancel={onClose} onInvited={onInvited} />
    </Dialog>
  );
}

function InviteForm({ onCancel, onInvited }: { onCancel: () => void; onInvited: (user: UserDto) => void }) {
  const { t } = useTranslation();
  const invite = useInviteUser();
  const schools = useSchools();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [locale, setLocale] = useState('');
  const [roles, setRoles] = useState<RoleDraft[]>([{ role: '', schoolId: '' }]);
  const { errorFor, validate } = useFormErrors(invite.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const valid = validate(formRef.current, (errors) => {
      checkEmail(errors, 'email', email);
      required(errors, 'name', name);
      for (const [index, draft] of roles.entries()) checkRoleDraft(errors, `roles.${index}.`, draft);
    });
    if (!valid) return;
    invite.mutate(
      {
        email: email.trim(),
        name: name.trim(),
        ...(locale === 'en' || locale === 'es' ? { locale } : {}),
        roles: roles.map(toAssignment),
      },
      { onSuccess: onInvited },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
      <p className="muted">{t('people:invite.description')}</p>
      {invite.error ? <ErrorAlert error={invite.error} /> : null}
      <TextField
        label={t('people:fields.email')}
        type="email"
        autoComplete="off"
        inputMode="email"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errorFor('email')}
      />
      <TextField
        label={t('people:fields.name')}
        autoComplete="off"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errorFor('name')}
      />
      <Select
        label={t('people:fields.language')}
        placeholder={t('people:fields.organizationLanguage')}
        options={LANGUAGES.map((language) => ({ value: language.code, label: language.nativeName }))}
        value={locale}
        onChange={(event) => setLocale(event.target.value)}
      />
      <fieldset className="fieldset">
        <legend>{t('people:fields.roles')}</legend>
        {roles.map((draft, index) => (
          // Rows have no identity of their own; index keys are fine because rows are only appended or removed last.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <div key={index} className="form-grid">
            <RoleSchoolFields
              index={index}
              value={draft}
              schools={schools.items}
              onChange={(value) => setRoles((old) => old.map((row, i) => (i === index ? value : row)))}
              roleError={errorFor(`roles.${index}.role`)}
              schoolError={errorFor(`roles.${index}.schoolId`)}
            />
          </div>
        ))}
        {errorFor('roles') && <p className="field-error">{errorFor('roles')}</p>}
        <div className="button-row">
          {roles.length < MAX_ROLES && (
            <Button variant="secondary" onClick={() => setRoles((old) => [...old, { role: '', schoolId: '' }])}>
              {t('people:invite.addRole')}
            </Button>
          )}
          {roles.length > 1 && (
            <Button variant="ghost" onClick={() => setRoles((old) => old.slice(0, -1))}>
              {t('people:invite.removeLastRole')}
            </Button>
          )}
        </div>
      </fieldset>
      <div className="dialog-footer">
        <Button variant="secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </Button>
        <Button type="submit" busy={invite.isPending}>
          {t('people:invite.submit')}
        </Button>
      </div>
    </form>
  );
}
