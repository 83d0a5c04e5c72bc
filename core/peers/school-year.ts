/** "2026-27": the school year starting on 1 August 2026 (as impact's initiatives). */
export function schoolYearOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 8 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** A school year's span: 1 August to 31 July. */
export function schoolYearSpan(schoolYear: string): { from: string; to: string } {
  const start = Number(schoolYear.slice(0, 4));
  const year = (y: number) => String(y).padStart(4, '0');
  return { from: `${year(start)}-08-01`, to: `${year(start + 1)}-07-31` };
}
