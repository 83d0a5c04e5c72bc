import { type InputHTMLAttributes, type ReactNode, useId } from 'react';
import { describedBy, Field } from './Field';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  id?: string;
  /** Classes for the field's wrapper (not the control). */
  fieldClassName?: string;
}

export function TextField({ label, hint, error, id, required, fieldClassName, ...rest }: TextFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <Field id={inputId} label={label} hint={hint} error={error} required={required} className={fieldClassName}>
      <input
        type="text"
        {...rest}
        id={inputId}
        required={required}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
      />
    </Field>
  );
}
