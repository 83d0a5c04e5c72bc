import type { Initiative, Pulse } from '#core/contracts/impact';
import type { Locale } from '#core/domain/roles';
import { pulseItemById } from '#core/impact/index';
import type { InitiativeRow, PulseRow } from './impact.repo';

export function presentInitiative(row: InitiativeRow, hasDashboard: boolean): Initiative {
  return {
    id: row.id,
    schoolYear: row.schoolYear,
    name: row.name,
    description: row.description ?? null,
    targetPracticeIds: row.targetPracticeIds,
    scope: row.scope,
    targets: row.targets,
    status: row.status,
    hasDashboard,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The reader's language, else the other one. */
export const inLocale = (text: { en?: string; es?: string } | null, locale: Locale) =>
  (locale === 'es' ? (text?.es ?? text?.en) : (text?.en ?? text?.es)) ?? '';

/** A pulse as the person asked sees it: the items in their language and whether they answered; never answers. */
export function presentPulse(row: PulseRow, initiative: InitiativeRow, answered: boolean, locale: Locale): Pulse {
  return {
    id: row.id,
    initiativeId: row.initiativeId,
    initiativeName: inLocale(initiative.name, locale),
    items: row.itemIds.flatMap((id) => {
      const item = pulseItemById(id);
      return item ? [{ id: id as Pulse['items'][number]['id'], text: item.text[locale] }] : [];
    }),
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    answered,
  };
}
