import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { ImpactReportInput } from '#core/contracts/impact-report';
import { renderImpactReport, sampleImpactReport } from './index';

const HIDDEN = 987654;

/** Text and drawing operators per page, read back by an independent PDF reader (pdf.js). */
async function readPdf(pdf: Buffer) {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 }).promise;
  const pages: { text: string; paths: number; strokes: number; fills: number }[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    const { fnArray, argsArray } = await page.getOperatorList();
    // pdf.js folds a path's painting operator into constructPath's first argument.
    const painted = fnArray.flatMap((f, i) => (f === OPS.constructPath ? [(argsArray[i] as number[])[0]] : []));
    const count = (...ops: number[]) => painted.filter((op) => ops.includes(op as number)).length;
    pages.push({
      text: text.replace(/\s+/g, ' '),
      paths: painted.length,
      strokes: count(OPS.stroke, OPS.closeStroke),
      fills: count(OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke),
    });
  }
  await document.destroy();
  return pages;
}

const allText = (pages: { text: string }[]) => pages.map((p) => p.text).join('\n');

describe.each(['en', 'es'] as const)('the impact report in %s', (locale) => {
  const input = sampleImpactReport(locale, HIDDEN);

  it('renders a cover and one page per level, with titles, chart labels and page numbers', async () => {
    const pdf = await renderImpactReport(input);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await readPdf(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(1 + input.levels.length);
    const text = allText(pages);
    expect(text).toContain(input.initiative.name.split(' ')[0]);
    expect(text).toContain(input.district);
    for (const level of input.levels) expect(text).toContain(level.title);
    for (const metric of input.levels.flatMap((l) => l.metrics)) {
      expect(text).toContain(metric.label);
      for (const point of metric.series) expect(text).toContain(point.period);
      for (const bar of metric.breakdown) expect(text).toContain(bar.label.slice(0, 20));
    }
    expect(text).toContain(locale === 'en' ? 'Level 5 is evidence, not proof' : 'El nivel 5 es evidencia, no prueba');
    expect(text).toContain(locale === 'en' ? 'Target' : 'Meta');
    expect(text).toContain(locale === 'en' ? `Page 1 of ${pages.length}` : `Página 1 de ${pages.length}`);
    // Suppressed groups are named with the notice.
    expect(text).toContain(locale === 'en' ? 'fewer than 5 people — not shown' : 'menos de 5 personas — no se muestra');
  });

  it('draws the charts as vector paths on every level page', async () => {
    const pages = await readPdf(await renderImpactReport(input));
    for (const page of pages.slice(1)) {
      expect(page.paths).toBeGreaterThan(5);
      expect(page.strokes).toBeGreaterThan(3);
      expect(page.fills).toBeGreaterThan(0);
    }
  });

  it('never prints the number a suppressed group carries', async () => {
    const text = allText(await readPdf(await renderImpactReport(input)));
    const formatted = new Intl.NumberFormat(locale).format(HIDDEN);
    for (const form of [String(HIDDEN), formatted, '987', '654']) expect(text).not.toContain(form);
  });
});

describe('layout limits', () => {
  it('keeps very long names, many groups and empty levels on the page', async () => {
    const base = sampleImpactReport('en');
    const long = 'A very long initiative name that keeps going '.repeat(6);
    const input: ImpactReportInput = {
      ...base,
      initiative: {
        ...base.initiative,
        name: long,
        targetPractices: Array.from({ length: 12 }, (_, i) => `Practice ${i}`),
      },
      levels: [
        ...base.levels.slice(0, 2),
        {
          level: 3,
          title: 'Organisational support',
          completeness: 1.7,
          metrics: [
            {
              label: 'Minutes',
              unit: 'minutes',
              value: 5,
              suppressed: false,
              target: null,
              series: Array.from({ length: 40 }, (_, i) => ({ period: `Week ${i + 1}`, value: i, suppressed: false })),
              breakdown: Array.from({ length: 30 }, (_, i) => ({
                label: `School number ${i} with an extremely long official name of the institution`,
                value: i * 3,
                suppressed: i % 4 === 0,
              })),
            },
          ],
        },
        { level: 4, title: 'Use in practice', completeness: 0, metrics: [] },
      ],
    };
    const pages = await readPdf(await renderImpactReport(input));
    const text = allText(pages);
    expect(text).toContain('and 15 more groups');
    expect(text).toContain('No data yet');
    expect(text).toContain('100%'); // completeness is clamped
  });
});

describe('a completeness counted over fewer than five people', () => {
  it.each(['en', 'es'] as const)('is printed as hidden, never as 0 %% (%s)', async (locale) => {
    const base = sampleImpactReport(locale);
    const input: ImpactReportInput = {
      ...base,
      levels: [{ level: 1, title: 'Hidden completeness', completeness: null, metrics: [] }],
    };
    const pages = await readPdf(await renderImpactReport(input));
    const notice = locale === 'en' ? 'fewer than 5 people — not shown' : 'menos de 5 personas — no se muestra';
    // Once on the cover (at a glance) and once on the level's page.
    expect(allText(pages).split(notice).length - 1).toBeGreaterThanOrEqual(2);
    expect(allText(pages)).not.toMatch(/\b0 ?%/);
  });
});
