import { type ReactNode, type SelectHTMLAttributes, useId } from 'react';
import { describedBy, Field } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: ReactNode;
  options: readonly SelectOption[];
  /** Adds a first, empty option ("Choose…", "All roles"). */
  placeholder?: string;
  hint?: ReactNode;
  error?: string;
  id?: string;
  /** Classes for the field's wrapper (not the control). */
  fieldClassName?: string;
}

export function Select({
  label,
  options,
  placeholder,
  hint,
  error,
  id,
  required,
  fieldClassName,
  ...rest
}: SelectProps) {
  const generated = useId();
  const selectId = id ?? generated;
  return (
    <Field id={selectId} label={label} hint={hint} error={error} required={required} className={fieldClassName}>
      <select
        {...rest}
        id={selectId}
        required={required}
        className="input select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(selectId, hint, error)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
