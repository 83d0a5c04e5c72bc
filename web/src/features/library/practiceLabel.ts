import type { TFunction } from 'i18next';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Practice ids are slugs ("student-talk"): known ones have a name in each language, others show
 * as they are. Tags also carry subjects in the card's own words ("Ciencias"), shown unchanged.
 */
export function practiceLabel(t: TFunction, id: string): string {
  return SLUG.test(id) ? t(`library:practices.${id}`, { defaultValue: id }) : id;
}
