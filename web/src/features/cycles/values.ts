import type { CycleUnit } from '#core/contracts/cycles';
import type { Errors } from '../../lib/validate';

/** The numbers of a cycle as typed: present, not negative, and at most 100 for a percent (as the server checks). */
export function valueErrors(errors: Errors, unit: CycleUnit, values: Record<string, string>): void {
  for (const [field, text] of Object.entries(values)) {
    const value = Number(text);
    if (!text.trim()) errors[field] = 'common:validation.required';
    else if (!Number.isFinite(value) || value < 0) errors[field] = 'cycles:validation.notNegative';
    else if (unit === 'percent' && value > 100) errors[field] = 'cycles:validation.percent';
  }
}
