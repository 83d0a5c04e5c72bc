import { type InputHTMLAttributes, type ReactNode, useId } from 'react';
import { describedBy, Field } from './Field';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  id?: string;
}

export function TextField({ label, hint, error, id, required, ...rest }: TextFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <Field id={inputId} label={label} hint={hint} error={error} required={required}>
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
