import type { LocalizedText } from '#core/protocols/schema';

/** A protocol's text in the reader's language, else the other one (a district's protocol may have one only). */
export function textIn(text: LocalizedText, language: string): string {
  return (language.startsWith('es') ? (text.es ?? text.en) : (text.en ?? text.es)) ?? '';
}

/** mm:ss, with a minus sign once the step's time has run out. */
export function clock(seconds: number): string {
  const sign = seconds < 0 ? '−' : '';
  const abs = Math.abs(Math.trunc(seconds));
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}
