import PDFDocument from 'pdfkit';
import type { ImpactReportInput, ImpactReportLevel, ImpactReportMetric } from '#core/contracts/impact-report';
import { BAR_ROW, barChart, type ChartText, fitted, lineChart, MAX_BARS } from './report-charts';
import { printable, STYLE } from './report-style';
import { reportFormat, reportText } from './report-text';

type Doc = PDFKit.PDFDocument;

const LINE_CHART_HEIGHT = 170;

/**
 * The impact report of one initiative as a PDF: a cover with the initiative and the five levels at
 * a glance, then one section per level with a vector chart per measure (over time, and by group)
 * with axes and the target line. Pure: same input, same document apart from its creation date.
 */
export function renderImpactReport(input: ImpactReportInput): Promise<Buffer> {
  const t = reportText(input.locale);
  const f = reportFormat(input.locale);
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: STYLE.margin, bottom: STYLE.margin, left: STYLE.margin, right: STYLE.margin },
    bufferPages: true,
    lang: input.locale,
    displayTitle: true,
    info: {
      Title: printable(`${t('reportTitle')}: ${input.initiative.name}`),
      Author: printable(input.district),
      Subject: printable(`${input.initiative.name} ${input.initiative.year}`),
      Creator: 'Conecta',
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * STYLE.margin;
  const bottom = () => doc.page.height - STYLE.margin - 20;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const para = (text: string, options: PDFKit.Mixins.TextOptions = {}) =>
    doc.text(printable(text), STYLE.margin, doc.y, { width, ...options });

  cover(doc, input, width, t, f);
  for (const level of [...input.levels].sort((a, b) => a.level - b.level)) {
    doc.addPage();
    levelSection(doc, level, width, ensure, para, t, f);
  }
  footers(doc, input, t);
  doc.end();
  return done;
}

function cover(
  doc: Doc,
  input: ImpactReportInput,
  width: number,
  t: ReturnType<typeof reportText>,
  f: ReturnType<typeof reportFormat>,
) {
  const x = STYLE.margin;
  doc.rect(0, 0, doc.page.width, 12).fillColor(STYLE.accent).fill();
  doc.font(STYLE.bold).fontSize(11).fillColor(STYLE.accent);
  doc.text(printable(input.district).toUpperCase(), x, 90, { width, characterSpacing: 1 });
  doc.moveDown(0.6);
  doc.font(STYLE.font).fontSize(14).fillColor(STYLE.muted).text(t('reportTitle'), { width });
  doc.moveDown(0.2);
  doc.font(STYLE.bold).fontSize(28).fillColor(STYLE.ink).text(printable(input.initiative.name), { width });
  doc.moveDown(0.2);
  doc.font(STYLE.font).fontSize(14).fillColor(STYLE.muted).text(printable(input.initiative.year), { width });
  doc.moveDown(1.2);
  if (input.initiative.description)
    doc.font(STYLE.font).fontSize(11).fillColor(STYLE.ink).text(printable(input.initiative.description), {
      width,
      lineGap: 3,
    });
  if (input.initiative.targetPractices.length > 0) {
    doc.moveDown(1);
    doc.font(STYLE.bold).fontSize(11).fillColor(STYLE.ink).text(t('targetPractices'), { width });
    doc.moveDown(0.3);
    doc
      .font(STYLE.font)
      .fontSize(10.5)
      .fillColor(STYLE.ink)
      .list(input.initiative.targetPractices.map(printable), { width, bulletRadius: 2, lineGap: 2 });
  }

  // The five levels at a glance: title, how complete the data is, and how many measures.
  doc.moveDown(1.5);
  if (doc.y > doc.page.height - 260) doc.addPage();
  doc.font(STYLE.bold).fontSize(13).fillColor(STYLE.ink).text(t('atAGlance'), x, doc.y, { width });
  doc.moveDown(0.5);
  const columns = { level: x, title: x + 50, bar: x + width - 190, measures: x + width - 50 };
  let y = doc.y;
  doc.font(STYLE.bold).fontSize(8.5).fillColor(STYLE.muted);
  doc.text(t('levelColumn'), columns.level, y, { width: 45, lineBreak: false });
  doc.text(t('completenessColumn'), columns.bar, y, { width: 130, lineBreak: false });
  doc.text(t('metricsColumn'), columns.measures - 10, y, { width: 60, align: 'right', lineBreak: false });
  y += 16;
  for (const level of [...input.levels].sort((a, b) => a.level - b.level)) {
    doc
      .moveTo(x, y - 3)
      .lineTo(x + width, y - 3)
      .lineWidth(0.5)
      .strokeColor(STYLE.grid)
      .stroke();
    doc
      .font(STYLE.bold)
      .fontSize(10)
      .fillColor(STYLE.accent)
      .text(String(level.level), columns.level + 8, y + 3, {
        lineBreak: false,
      });
    doc.font(STYLE.font).fontSize(10).fillColor(STYLE.ink);
    doc.text(fitted(doc, level.title, columns.bar - columns.title - 12), columns.title, y + 3, { lineBreak: false });
    completenessBar(doc, columns.bar, y + 3, 100, level.completeness, f, t);
    doc.text(String(level.metrics.length), columns.measures, y + 3, { width: 50, align: 'right', lineBreak: false });
    y += 24;
  }
  doc.font(STYLE.italic).fontSize(8.5).fillColor(STYLE.muted);
  doc.text(t('suppressionNote'), x, y + 8, { width });
  doc.text(t('generated', { date: f.date(input.generatedAt) }), x, doc.y + 4, { width });
}

function completenessBar(
  doc: Doc,
  x: number,
  y: number,
  width: number,
  share: number | null,
  f: ReturnType<typeof reportFormat>,
  t: ReturnType<typeof reportText>,
) {
  if (share === null) {
    // Counted over fewer than five people: the notice instead of a bar, like any suppressed value.
    doc.font(STYLE.italic).fontSize(8.5).fillColor(STYLE.muted);
    doc.text(t('suppressed'), x, y, { width: width + 46, lineBreak: false });
    doc.font(STYLE.font).fontSize(9).fillColor(STYLE.ink);
    return;
  }
  const clamped = Number.isFinite(share) ? Math.max(0, Math.min(1, share)) : 0;
  doc
    .rect(x, y + 1, width, 8)
    .fillColor(STYLE.accentSoft)
    .fill();
  if (clamped > 0)
    doc
      .rect(x, y + 1, width * clamped, 8)
      .fillColor(STYLE.accent)
      .fill();
  doc.font(STYLE.font).fontSize(9).fillColor(STYLE.ink);
  doc.text(f.percent(clamped), x + width + 6, y, { width: 40, lineBreak: false });
}

function levelSection(
  doc: Doc,
  level: ImpactReportLevel,
  width: number,
  ensure: (height: number) => void,
  para: (text: string, options?: PDFKit.Mixins.TextOptions) => Doc,
  t: ReturnType<typeof reportText>,
  f: ReturnType<typeof reportFormat>,
) {
  const x = STYLE.margin;
  doc
    .font(STYLE.bold)
    .fontSize(10)
    .fillColor(STYLE.accent)
    .text(`${t('level').toUpperCase()} ${level.level}`, x, doc.y, {
      width,
      characterSpacing: 1,
    });
  doc.font(STYLE.bold).fontSize(20).fillColor(STYLE.ink);
  para(level.title);
  doc.moveDown(0.4);
  const y = doc.y;
  doc.font(STYLE.font).fontSize(9.5).fillColor(STYLE.muted);
  doc.text(t('completeness', { value: '' }).replace(/:\s*$/, ':'), x, y, { lineBreak: false });
  completenessBar(doc, x + 120, y, 140, level.completeness, f, t);
  doc.y = y + 18;
  if (level.note) {
    doc.font(STYLE.font).fontSize(10).fillColor(STYLE.ink);
    para(level.note, { lineGap: 2 });
    doc.moveDown(0.5);
  }
  if (level.level === 5) evidenceCallout(doc, width, t);
  if (level.metrics.length === 0) {
    doc.moveDown(0.5);
    doc.font(STYLE.italic).fontSize(10).fillColor(STYLE.muted);
    para(t('noData'));
  }
  for (const metric of level.metrics) metricBlock(doc, metric, width, ensure, para, t, f);
}

function evidenceCallout(doc: Doc, width: number, t: ReturnType<typeof reportText>) {
  const x = STYLE.margin;
  const inner = width - 24;
  doc.font(STYLE.font).fontSize(9.5);
  const height = 30 + doc.heightOfString(t('evidenceBody'), { width: inner, lineGap: 2 });
  const y = doc.y;
  doc.rect(x, y, width, height).fillAndStroke(STYLE.callout, STYLE.calloutBorder);
  doc
    .font(STYLE.bold)
    .fontSize(11)
    .fillColor(STYLE.ink)
    .text(t('evidenceTitle'), x + 12, y + 9, { width: inner });
  doc
    .font(STYLE.font)
    .fontSize(9.5)
    .fillColor(STYLE.ink)
    .text(t('evidenceBody'), x + 12, doc.y + 2, {
      width: inner,
      lineGap: 2,
    });
  doc.y = y + height + 12;
}

function metricBlock(
  doc: Doc,
  metric: ImpactReportMetric,
  width: number,
  ensure: (height: number) => void,
  para: (text: string, options?: PDFKit.Mixins.TextOptions) => Doc,
  t: ReturnType<typeof reportText>,
  f: ReturnType<typeof reportFormat>,
) {
  const x = STYLE.margin;
  const hasSeries = metric.series.length >= 2;
  const bars = metric.breakdown.length;
  const barsHeight = bars > 0 ? 20 + Math.min(bars, MAX_BARS) * BAR_ROW + 16 : 0;
  // Keep a measure's heading with its first chart.
  ensure(56 + (hasSeries ? LINE_CHART_HEIGHT + 20 : Math.min(barsHeight, 120)));
  doc.moveDown(0.6);
  doc
    .moveTo(x, doc.y)
    .lineTo(x + width, doc.y)
    .lineWidth(0.5)
    .strokeColor(STYLE.grid)
    .stroke();
  doc.moveDown(0.5);
  doc.font(STYLE.bold).fontSize(12.5).fillColor(STYLE.ink);
  para(metric.label);
  doc.moveDown(0.15);
  const latest = metric.suppressed
    ? t('latest', { value: t('suppressed') })
    : metric.value === null
      ? t('latest', { value: t('noData') })
      : t('latest', { value: f.value(metric.value, metric.unit) });
  const parts = [latest];
  if (metric.target !== null) parts.push(t('target', { value: f.value(metric.target, metric.unit) }));
  doc
    .font(metric.suppressed ? STYLE.italic : STYLE.font)
    .fontSize(10)
    .fillColor(STYLE.muted);
  para(parts.join('   ·   '));
  doc.moveDown(0.5);

  const text: ChartText = {
    value: (value) => f.value(value, metric.unit),
    tick: (value) => f.number(value),
    suppressed: t('suppressed'),
    target: t('targetLine'),
    unit: printable(metric.unit),
    period: t('period'),
  };
  if (hasSeries) {
    ensure(LINE_CHART_HEIGHT + 20);
    doc.font(STYLE.bold).fontSize(8.5).fillColor(STYLE.muted).text(t('overTime').toUpperCase(), x, doc.y, {
      width,
      characterSpacing: 0.5,
    });
    doc.moveDown(0.5);
    const top = doc.y + 8;
    lineChart(doc, { x, y: top, width, height: LINE_CHART_HEIGHT }, metric.series, metric.target, text);
    doc.y = top + LINE_CHART_HEIGHT + 6;
  }
  if (bars > 0) {
    ensure(barsHeight);
    doc.font(STYLE.bold).fontSize(8.5).fillColor(STYLE.muted).text(t('byGroup').toUpperCase(), x, doc.y, {
      width,
      characterSpacing: 0.5,
    });
    doc.moveDown(0.4);
    const end = barChart(doc, { x, y: doc.y, width }, metric.breakdown, metric.target, text);
    doc.y = end + 4;
    if (bars > MAX_BARS) {
      doc.font(STYLE.italic).fontSize(8).fillColor(STYLE.muted);
      para(t('more', { count: bars - MAX_BARS }));
    }
  }
}

/** Page numbers and the initiative on every page but the cover's top band. */
function footers(doc: Doc, input: ImpactReportInput, t: ReturnType<typeof reportText>) {
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let i = range.start; i < range.start + total; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not start a new page
    const y = doc.page.height - STYLE.margin + 18;
    const width = doc.page.width - 2 * STYLE.margin;
    doc
      .moveTo(STYLE.margin, y - 6)
      .lineTo(STYLE.margin + width, y - 6)
      .lineWidth(0.5)
      .strokeColor(STYLE.grid)
      .stroke();
    doc.font(STYLE.font).fontSize(8).fillColor(STYLE.muted);
    doc.text(fitted(doc, `${input.district} · ${input.initiative.name}`, width - 110), STYLE.margin, y, {
      lineBreak: false,
    });
    doc.text(t('page', { n: i - range.start + 1, total }), STYLE.margin + width - 100, y, {
      width: 100,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottomMargin;
  }
}
