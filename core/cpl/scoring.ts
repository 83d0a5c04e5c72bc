import { CPL_INSTRUMENT, CPL_MAX, CPL_MIN, type CplDomain } from './instrument';

/** Answers by item id (1–4); unknown ids and out-of-range values are ignored, never counted. */
export type CplAnswers = Record<string, number>;

export type CplScore = { mean: number | null; answered: number; items: number };
export type CplSubScore = CplScore & { id: string };
export type CplDomainScore = CplScore & { domain: CplDomain; band: CplBand | null; subDimensions: CplSubScore[] };

/**
 * The four bands, named as in ERS's diagnostic. Cut points on the 1–4 mean, chosen so a band needs
 * most items at its level: below 2 most practices are not in place; from 3.5 nearly all are routine.
 * A domain with fewer than half its items answered gets no band (too little to say).
 */
export const CPL_BANDS = [
  'needs-most-improvement',
  'needs-improvement',
  'close-to-best-practice',
  'best-practice',
] as const;
export type CplBand = (typeof CPL_BANDS)[number];
export const CPL_CUTS = { needsImprovement: 2, closeToBestPractice: 2.75, bestPractice: 3.5 } as const;
export const MIN_ANSWERED_SHARE = 0.5;

export function bandOf(mean: number): CplBand {
  if (mean >= CPL_CUTS.bestPractice) return 'best-practice';
  if (mean >= CPL_CUTS.closeToBestPractice) return 'close-to-best-practice';
  if (mean >= CPL_CUTS.needsImprovement) return 'needs-improvement';
  return 'needs-most-improvement';
}

const valid = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= CPL_MIN && value <= CPL_MAX;

const round2 = (n: number) => Math.round(n * 100) / 100;

function scoreOf(ids: string[], answers: CplAnswers): CplScore {
  const values = ids.map((id) => answers[id]).filter(valid);
  const mean = values.length > 0 ? round2(values.reduce((a, b) => a + b, 0) / values.length) : null;
  return { mean, answered: values.length, items: ids.length };
}

/** Domain and sub-dimension means over the answered items, with how many were answered. */
export function scoreCpl(answers: CplAnswers): CplDomainScore[] {
  return CPL_INSTRUMENT.map((domain) => {
    const subDimensions = domain.subDimensions.map((sub) => ({
      id: sub.id,
      ...scoreOf(
        sub.items.map((it) => it.id),
        answers,
      ),
    }));
    const all = scoreOf(
      domain.subDimensions.flatMap((sub) => sub.items.map((it) => it.id)),
      answers,
    );
    const band = all.mean !== null && all.answered >= all.items * MIN_ANSWERED_SHARE ? bandOf(all.mean) : null;
    return { domain: domain.id, ...all, band, subDimensions };
  });
}

/** Keeps only known items with a value on the scale (what is stored). */
export function cleanAnswers(answers: Record<string, unknown>, known: (id: string) => boolean): CplAnswers {
  const out: CplAnswers = {};
  for (const [id, value] of Object.entries(answers)) if (known(id) && valid(value)) out[id] = value;
  return out;
}
