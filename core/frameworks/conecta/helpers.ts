import type { z } from 'zod';
import type { DomainDocument, LevelDocument } from '../../contracts/frameworks';
import { levelLabel } from '../levels';

/** A domain of the built-in framework as written (validated with the whole document at load). */
export type DomainInput = z.input<typeof DomainDocument>;

type Four = readonly [string, string, string, string];

/**
 * The four level descriptors of a practice, written per language so each progression reads as
 * one text; labels are the standard ones (levels.ts).
 */
export function levels(descriptors: { en: Four; es: Four }): z.input<typeof LevelDocument>[] {
  return ([1, 2, 3, 4] as const).map((level) => ({
    level,
    label: levelLabel(level),
    descriptor: { en: descriptors.en[level - 1] as string, es: descriptors.es[level - 1] as string },
  }));
}
