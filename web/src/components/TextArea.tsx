import { type ReactNode, type TextareaHTMLAttributes, useId } from 'react';
import { describedBy, Field } from './Field';

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  id?: string;
  /** Classes for the field's wrapper (not the control). */
  fieldClassName?: string;
}

export function TextArea({ label, hint, error, id, required, fieldClassName, ...rest }: TextAreaProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <Field id={inputId} label={label} hint={hint} error={error} required={required} className={fieldClassName}>
      <textarea
        rows={4}
        {...rest}
        id={inputId}
        required={required}
        className="input textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
      />
    </Field>
  );
}
