import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADE_LEVELS } from '#core/domain/grades';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../lib/useFormErrors';
import { integerInRange, required } from '../../lib/validate';
import { gradeLabel } from './gradeLabel';
import { type CreateClassInput, useCreateClass } from './useClasses';

const EMPTY = { name: '', subject: '', gradeLevel: '', periodMinutes: '50' };

interface ClassFormProps {
  /** Extra fields (owner, school) for admins; they add their values through `extra`. */
  children?: ReactNode;
  extra?: () => Partial<CreateClassInput> | null;
  onCreated?: () => void;
}

export function ClassForm({ children, extra, onCreated }: ClassFormProps) {
  const { t } = useTranslation();
  const create = useCreateClass();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const { errorFor, validate } = useFormErrors(create.error);
  const set = (field: keyof typeof EMPTY) => (value: string) => setValues((old) => ({ ...old, [field]: value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    const valid = validate(formRef.current, (errors) => {
      required(errors, 'name', values.name);
      required(errors, 'subject', values.subject);
      required(errors, 'gradeLevel', values.gradeLevel);
      integerInRange(errors, 'periodMinutes', values.periodMinutes, 1, 600);
    });
    const more = extra ? extra() : {};
    if (!valid || more === null) return;
    const body: CreateClassInput = {
      name: values.name.trim(),
      subject: values.subject.trim(),
      gradeLevel: values.gradeLevel,
      periodMinutes: Number(values.periodMinutes),
      ...more,
    };
    create.mutate(body, {
      onSuccess: (item) => {
        // Only a success clears the form; on failure everything typed stays.
        setValues(EMPTY);
        setCreated(item.name);
        onCreated?.();
      },
    });
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
      {created && <Alert tone="success">{t('classes:form.created', { name: created })}</Alert>}
      {create.error ? <ErrorAlert error={create.error} /> : null}
      <div className="form-grid">
        <TextField
          label={t('classes:fields.name')}
          hint={t('classes:fields.nameHint')}
          required
          value={values.name}
          onChange={(event) => set('name')(event.target.value)}
          error={errorFor('name')}
        />
        <TextField
          label={t('classes:fields.subject')}
          required
          value={values.subject}
          onChange={(event) => set('subject')(event.target.value)}
          error={errorFor('subject')}
        />
        <Select
          label={t('classes:fields.gradeLevel')}
          required
          placeholder={t('common:choose')}
          options={GRADE_LEVELS.map((grade) => ({ value: grade, label: gradeLabel(grade, t) }))}
          value={values.gradeLevel}
          onChange={(event) => set('gradeLevel')(event.target.value)}
          error={errorFor('gradeLevel')}
        />
        <TextField
          label={t('classes:fields.periodMinutes')}
          type="number"
          inputMode="numeric"
          min={1}
          max={600}
          required
          value={values.periodMinutes}
          onChange={(event) => set('periodMinutes')(event.target.value)}
          error={errorFor('periodMinutes')}
        />
        {children}
      </div>
      <FormActions busy={create.isPending} submitLabel={t('classes:form.submit')} />
    </form>
  );
}
