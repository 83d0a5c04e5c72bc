import type { Locale } from '#core/domain/roles';

/** The report's own words in English and Spanish ("tú" is never needed: it speaks to a board). */
const TEXT = {
  en: {
    reportTitle: 'Impact report',
    generated: 'Generated on {date}',
    targetPractices: 'Target practices',
    atAGlance: 'The five levels at a glance',
    level: 'Level',
    levelColumn: 'Level',
    completenessColumn: 'Data completeness',
    metricsColumn: 'Measures',
    completeness: 'Data completeness: {value}',
    latest: 'Latest: {value}',
    target: 'Target: {value}',
    targetLine: 'Target',
    noData: 'No data yet',
    suppressed: 'fewer than 5 people — not shown',
    overTime: 'Over time',
    byGroup: 'By group',
    period: 'Period',
    more: '…and {count} more groups',
    evidenceTitle: 'Level 5 is evidence, not proof',
    evidenceBody:
      'Student results move for many reasons besides professional learning. Read these numbers next to levels 1–4: they show whether the change in practice came before the change in results, not that it caused it.',
    suppressionNote: 'Groups of fewer than 5 people are never shown, in charts or in numbers.',
    page: 'Page {n} of {total}',
  },
  es: {
    reportTitle: 'Informe de impacto',
    generated: 'Generado el {date}',
    targetPractices: 'Prácticas objetivo',
    atAGlance: 'Los cinco niveles de un vistazo',
    level: 'Nivel',
    levelColumn: 'Nivel',
    completenessColumn: 'Datos disponibles',
    metricsColumn: 'Medidas',
    completeness: 'Datos disponibles: {value}',
    latest: 'Último valor: {value}',
    target: 'Meta: {value}',
    targetLine: 'Meta',
    noData: 'Aún sin datos',
    suppressed: 'menos de 5 personas — no se muestra',
    overTime: 'En el tiempo',
    byGroup: 'Por grupo',
    period: 'Período',
    more: '…y {count} grupos más',
    evidenceTitle: 'El nivel 5 es evidencia, no prueba',
    evidenceBody:
      'Los resultados de los estudiantes cambian por muchas razones además del desarrollo profesional. Lee estas cifras junto a los niveles 1–4: muestran si el cambio en la práctica vino antes del cambio en los resultados, no que lo haya causado.',
    suppressionNote: 'Los grupos de menos de 5 personas nunca se muestran, ni en gráficos ni en cifras.',
    page: 'Página {n} de {total}',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type ReportKey = keyof (typeof TEXT)['en'];
export type ReportText = (key: ReportKey, vars?: Record<string, string | number>) => string;

export function reportText(locale: Locale): ReportText {
  return (key, vars = {}) =>
    TEXT[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Numbers and dates in the report's language; a value of a suppressed group never reaches these. */
export function reportFormat(locale: Locale) {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    value: (value: number, unit: string) =>
      unit === '%' ? `${number.format(value)}%` : unit ? `${number.format(value)} ${unit}` : number.format(value),
    number: (value: number) => number.format(value),
    percent: (share: number) => `${Math.round(Math.max(0, Math.min(1, share)) * 100)}%`,
    date: (iso: string) => {
      const parsed = new Date(iso);
      return Number.isNaN(parsed.getTime()) ? iso : date.format(parsed);
    },
  };
}
