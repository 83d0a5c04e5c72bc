import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from './problem';
import { type Errors, hasErrors } from './validate';

/**
 * One place for a form's field errors: our own checks (i18n keys, translated here) first,
 * then the server's `errors[].path` from the last failed submit.
 */
export function useFormErrors(serverError: unknown) {
  const { t } = useTranslation();
  const [client, setClient] = useState<Errors>({});
  const server = fieldErrorsOf(serverError);

  function errorFor(field: string): string | undefined {
    const key = client[field];
    return key ? t(key) : server[field];
  }

  /** Runs the checks; on failure focuses the first invalid control so keyboard users land on it. */
  function validate(form: HTMLFormElement | null, check: (errors: Errors) => void): boolean {
    const errors: Errors = {};
    check(errors);
    setClient(errors);
    if (!hasErrors(errors)) return true;
    requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    return false;
  }

  /** Server problems that match no field on screen still need to be shown somewhere. */
  function unmatchedServerErrors(fields: readonly string[]): string[] {
    return Object.entries(server)
      .filter(([path]) => !fields.includes(path))
      .map(([, message]) => message);
  }

  return { errorFor, validate, unmatchedServerErrors };
}
