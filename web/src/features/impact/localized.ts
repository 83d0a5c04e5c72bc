/** District text in the reader's language, else the other one. */
export const localized = (text: { en?: string; es?: string } | null | undefined, language: string) =>
  (language.startsWith('es') ? (text?.es ?? text?.en) : (text?.en ?? text?.es)) ?? '';
