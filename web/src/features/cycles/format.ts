/** A value in the cycle's unit: "65 %" or "12". */
export function formatValue(value: number, unit: 'percent' | 'count', language: string): string {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  return unit === 'percent' ? `${number} %` : number;
}
