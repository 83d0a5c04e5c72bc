import type { ImpactReportBar, ImpactReportPoint } from '#core/contracts/impact-report';
import { printable, STYLE } from './report-style';

type Doc = PDFKit.PDFDocument;
type Box = { x: number; y: number; width: number; height: number };
export type ChartText = {
  value: (value: number) => string;
  tick: (value: number) => string;
  suppressed: string;
  target: string;
  unit: string;
  period: string;
};

/** A round tick step (1, 2, 2.5 or 5 times a power of ten) of at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= raw - 1e-9) return step * power;
  return 10 * power;
}

export type Axis = { max: number; step: number };

/** The axis from what may be shown only: a suppressed value must not shape the scale. */
export function axisFor(values: (number | null)[], target: number | null, unit: string): Axis {
  const shown = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (target !== null && Number.isFinite(target)) shown.push(target);
  const top = Math.max(0, ...shown);
  if (top === 0) return { max: unit === '%' ? 100 : 5, step: unit === '%' ? 20 : 1 };
  const step = niceStep(top / 5);
  const max = Math.ceil(top / step - 1e-9) * step;
  return { max, step };
}

/** The longest prefix of a label that fits, with an ellipsis. */
export function fitted(doc: Doc, text: string, width: number): string {
  const clean = printable(text);
  if (doc.widthOfString(clean) <= width) return clean;
  let cut = clean.length;
  while (cut > 1 && doc.widthOfString(`${clean.slice(0, cut)}…`) > width) cut--;
  return `${clean.slice(0, cut)}…`;
}

function yTicks(doc: Doc, box: Box, axis: Axis, text: ChartText) {
  doc.font(STYLE.font).fontSize(7.5);
  const count = Math.round(axis.max / axis.step);
  for (let i = 0; i <= count; i++) {
    const value = axis.step * i;
    const y = box.y + box.height - (box.height * i) / count;
    doc
      .moveTo(box.x, y)
      .lineTo(box.x + box.width, y)
      .lineWidth(0.5)
      .strokeColor(STYLE.grid)
      .stroke();
    doc
      .fillColor(STYLE.muted)
      .text(text.tick(value), box.x - 44, y - 3.5, { width: 40, align: 'right', lineBreak: false });
  }
}

function targetLine(doc: Doc, box: Box, y: number, label: string) {
  doc
    .save()
    .moveTo(box.x, y)
    .lineTo(box.x + box.width, y)
    .lineWidth(1.2)
    .dash(4, { space: 3 })
    .strokeColor(STYLE.target)
    .stroke()
    .undash()
    .restore();
  doc.font(STYLE.bold).fontSize(7.5).fillColor(STYLE.target);
  doc.text(label, box.x + box.width - 120, y - 10, { width: 118, align: 'right', lineBreak: false });
}

/** A line chart over periods, with axes, tick labels, the target as a dashed line and gaps where a group is suppressed. */
export function lineChart(doc: Doc, box: Box, series: ImpactReportPoint[], target: number | null, text: ChartText) {
  const points = series.map((p) => ({
    period: p.period,
    value: p.suppressed ? null : p.value,
    suppressed: p.suppressed,
  }));
  const axis = axisFor(
    points.map((p) => p.value),
    target,
    text.unit,
  );
  const max = axis.max;
  const plot: Box = { x: box.x + 48, y: box.y + 6, width: box.width - 56, height: box.height - 40 };
  yTicks(doc, plot, axis, text);
  // Axes.
  doc
    .moveTo(plot.x, plot.y)
    .lineTo(plot.x, plot.y + plot.height)
    .lineTo(plot.x + plot.width, plot.y + plot.height)
    .lineWidth(0.8)
    .strokeColor(STYLE.muted)
    .stroke();
  const step = points.length > 1 ? plot.width / (points.length - 1) : 0;
  const xOf = (i: number) => plot.x + (points.length > 1 ? i * step : plot.width / 2);
  const yOf = (v: number) => plot.y + plot.height - (Math.max(0, Math.min(v, max)) / max) * plot.height;

  // X labels: every period when they fit, else every k-th.
  doc.font(STYLE.font).fontSize(7.5).fillColor(STYLE.muted);
  const slot = Math.max(step, 30);
  const every = Math.max(1, Math.ceil(40 / Math.max(step, 1)));
  points.forEach((p, i) => {
    // Counted from the end, so the latest period is always labelled and the spacing stays even.
    if ((points.length - 1 - i) % every !== 0) return;
    const label = fitted(doc, p.period, slot * every - 4);
    doc.text(label, xOf(i) - (slot * every) / 2, plot.y + plot.height + 4, {
      width: slot * every,
      align: 'center',
      lineBreak: false,
    });
  });
  // Axis titles.
  doc.fontSize(7.5).fillColor(STYLE.muted);
  doc.text(fitted(doc, text.period, plot.width), plot.x, plot.y + plot.height + 16, {
    width: plot.width,
    align: 'center',
    lineBreak: false,
  });
  if (text.unit)
    doc.text(fitted(doc, text.unit, 44), box.x, plot.y - 12, { width: 44, align: 'right', lineBreak: false });

  if (target !== null && Number.isFinite(target))
    targetLine(doc, plot, yOf(target), `${text.target} ${text.value(target)}`);

  // The line, broken where a value is missing or suppressed.
  let drawing = false;
  points.forEach((p, i) => {
    if (p.value === null) {
      drawing = false;
      return;
    }
    if (drawing) doc.lineTo(xOf(i), yOf(p.value));
    else doc.moveTo(xOf(i), yOf(p.value));
    drawing = true;
  });
  doc.lineWidth(2).strokeColor(STYLE.accent).stroke();
  points.forEach((p, i) => {
    if (p.value !== null) doc.circle(xOf(i), yOf(p.value), 2.6).fillColor(STYLE.accent).fill();
    else if (p.suppressed)
      doc
        .circle(xOf(i), plot.y + plot.height, 2.6)
        .lineWidth(1)
        .strokeColor(STYLE.faint)
        .stroke();
  });
  if (points.some((p) => p.suppressed)) {
    const y = box.y + box.height - 8;
    doc
      .circle(plot.x + 3, y + 3.5, 2.6)
      .lineWidth(1)
      .strokeColor(STYLE.faint)
      .stroke();
    doc.font(STYLE.italic).fontSize(7.5).fillColor(STYLE.muted);
    doc.text(text.suppressed, plot.x + 10, y, { width: plot.width - 10, lineBreak: false });
  }
}

export const BAR_ROW = 18;
export const MAX_BARS = 15;

/** Horizontal bars, one per group; a suppressed group is named with the suppression notice, never a bar or number. */
export function barChart(
  doc: Doc,
  box: Omit<Box, 'height'>,
  bars: ImpactReportBar[],
  target: number | null,
  text: ChartText,
): number {
  const shown = bars.slice(0, MAX_BARS);
  const { max } = axisFor(
    shown.map((b) => (b.suppressed ? null : b.value)),
    target,
    text.unit,
  );
  const labelWidth = Math.min(170, box.width * 0.36);
  const area = { x: box.x + labelWidth + 8, width: box.width - labelWidth - 60 };
  // The target first, so bars and their values sit on top of it.
  const end = box.y + shown.length * BAR_ROW;
  if (target !== null && Number.isFinite(target)) {
    const x = area.x + (Math.min(target, max) / max) * area.width;
    doc
      .save()
      .moveTo(x, box.y - 2)
      .lineTo(x, end + 2)
      .lineWidth(1.2)
      .dash(4, { space: 3 })
      .strokeColor(STYLE.target)
      .stroke()
      .undash()
      .restore();
    doc.font(STYLE.bold).fontSize(7.5).fillColor(STYLE.target);
    doc.text(`${text.target} ${text.value(target)}`, x - 60, end + 4, {
      width: 120,
      align: 'center',
      lineBreak: false,
    });
  }
  doc.moveTo(area.x, box.y).lineTo(area.x, end).lineWidth(0.8).strokeColor(STYLE.muted).stroke();
  let y = box.y;
  for (const bar of shown) {
    doc.font(STYLE.font).fontSize(8.5).fillColor(STYLE.ink);
    doc.text(fitted(doc, bar.label, labelWidth), box.x, y + 4, { width: labelWidth, align: 'right', lineBreak: false });
    if (bar.suppressed || bar.value === null) {
      doc.font(STYLE.italic).fontSize(8).fillColor(STYLE.muted);
      doc.text(bar.suppressed ? text.suppressed : '—', area.x + 5, y + 4.5, {
        width: area.width + 45,
        lineBreak: false,
      });
    } else {
      const width = Math.max(1, (Math.max(0, Math.min(bar.value, max)) / max) * area.width);
      doc
        .rect(area.x, y + 3, width, BAR_ROW - 6)
        .fillColor(STYLE.accent)
        .fill();
      doc.font(STYLE.bold).fontSize(8);
      const label = text.value(bar.value);
      // A white ground keeps the value legible where it crosses the target line.
      doc
        .rect(area.x + width + 2, y + 3, doc.widthOfString(label) + 4, BAR_ROW - 6)
        .fillColor('#ffffff')
        .fill();
      doc.fillColor(STYLE.ink).text(label, area.x + width + 4, y + 4.5, { width: 60, lineBreak: false });
    }
    y += BAR_ROW;
  }
  return target !== null && Number.isFinite(target) ? y + 12 : y;
}
