/**
 * Tiny client-side checks that mirror core/contracts, so people see problems before a round
 * trip. Messages are i18n keys (resolved by the form), so they appear in the current language.
 */
export type Errors = Record<string, string>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PASSWORD_MIN = 10;

export function required(errors: Errors, field: string, value: string): void {
  if (!value.trim()) errors[field] = 'common:validation.required';
}

export function email(errors: Errors, field: string, value: string): void {
  if (!value.trim()) errors[field] = 'common:validation.required';
  else if (!EMAIL.test(value.trim())) errors[field] = 'common:validation.email';
}

export function password(errors: Errors, field: string, value: string): void {
  if (value.length < PASSWORD_MIN) errors[field] = 'common:validation.passwordLength';
}

export function integerInRange(errors: Errors, field: string, value: string, min: number, max: number): void {
  const number = Number(value);
  if (!value.trim() || !Number.isInteger(number) || number < min || number > max) {
    errors[field] = 'common:validation.integerRange';
  }
}

export function hasErrors(errors: Errors): boolean {
  return Object.keys(errors).length > 0;
}
