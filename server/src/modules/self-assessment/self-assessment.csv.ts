import type { SelfAssessmentResults } from '#core/contracts/self-assessment';
import { CPL_INSTRUMENT, cplIndicatorByKey } from '#core/cpl/index';
import type { Locale } from '#core/domain/roles';
import { toCsv } from '#core/impact/index';

const BANDS: Record<string, { en: string; es: string }> = {
  'needs-most-improvement': { en: 'Needs most improvement', es: 'Necesita la mayor mejora' },
  'needs-improvement': { en: 'Needs improvement', es: 'Necesita mejorar' },
  'close-to-best-practice': { en: 'Close to best practice', es: 'Cerca de la mejor práctica' },
  'best-practice': { en: 'Best practice', es: 'Mejor práctica' },
};
const HEADER = {
  en: [
    'School year',
    'Domain',
    'Row',
    'Self-rating (1–4)',
    'Answered',
    'Band',
    'Indicator value',
    'People',
    'Benchmark',
  ],
  es: [
    'Año escolar',
    'Dominio',
    'Fila',
    'Autovaloración (1–4)',
    'Respondidas',
    'Banda',
    'Valor del indicador',
    'Personas',
    'Referencia',
  ],
};
const SUPPRESSED = { en: 'hidden (fewer than 5 people)', es: 'oculto (menos de 5 personas)' };
const NO_DATA = { en: 'no data yet', es: 'sin datos aún' };

/** One row per domain (its self-rating and band), then one per indicator beside it; suppressed cells say so. */
export function resultsCsv(results: SelfAssessmentResults, locale: Locale): string {
  const rows: (string | number | null)[][] = [];
  for (const domain of results.domains) {
    const title = CPL_INSTRUMENT.find((d) => d.id === domain.domain)!.title[locale];
    rows.push([
      results.schoolYear,
      title,
      title,
      domain.mean,
      `${domain.answered}/${domain.items}`,
      domain.band ? BANDS[domain.band]![locale] : '',
      null,
      null,
      null,
    ]);
    for (const cell of domain.indicators) {
      const label = cplIndicatorByKey(cell.key)?.label[locale] ?? cell.key;
      const value = cell.suppressed
        ? (cell.reason === 'small-group' ? SUPPRESSED : NO_DATA)[locale]
        : Math.round(cell.value! * 100) / 100;
      rows.push([results.schoolYear, title, label, null, null, null, value, cell.people, cell.benchmark]);
    }
  }
  return toCsv(HEADER[locale], rows);
}
