/** A measure's value as people read it: shares as percentages, the rest with one decimal at most. */
export function formatValue(value: number, unit: string): string {
  if (unit === 'share') return `${Math.round(value * 100)} %`;
  return String(Math.round(value * 10) / 10);
}
