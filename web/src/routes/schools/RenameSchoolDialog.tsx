import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import type { SchoolDto } from '../../features/organizations/types';
import { useRenameSchool } from '../../features/organizations/useSchools';
import { useFormErrors } from '../../lib/useFormErrors';
import { required } from '../../lib/validate';

export function RenameSchoolDialog({ school, onClose }: { school: SchoolDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const rename = useRenameSchool();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const { errorFor, validate } = useFormErrors(rename.error);
  const { reset } = rename;

  // Each time the dialog opens for a school, start from its current name and a clean slate.
  useEffect(() => {
    if (school) {
      setName(school.name);
      reset();
    }
  }, [school, reset]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!school || !validate(formRef.current, (errors) => required(errors, 'name', name))) return;
    rename.mutate({ id: school.id, name: name.trim() }, { onSuccess: onClose });
  }

  return (
    <Dialog open={school !== null} onClose={onClose} title={t('schools:rename.title')}>
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        {rename.error ? <ErrorAlert error={rename.error} /> : null}
        <TextField
          label={t('schools:fields.name')}
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errorFor('name')}
        />
        <div className="dialog-footer">
          <Button variant="secondary" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" busy={rename.isPending}>
            {t('common:actions.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
