import type { LocalizedText } from '#core/contracts/frameworks';
import { CONECTA_FRAMEWORK } from '#core/frameworks/index';
import type { Db } from '../../db/client';
import { frameworksRepo as repo } from './frameworks.repo';

export type SchoolLookFor = { id: string; text: LocalizedText; practiceId: string; practiceTitle: LocalizedText };

/**
 * A look-for of the framework a school uses (its district's choice, else the built-in one), with
 * its practice's title; null when the id is not one of that framework's look-fors. For modules
 * that focus on one look-for at a school (learning walks), injected so they do not import this
 * module's internals.
 */
export type SchoolLookForOf = (
  organizationId: string,
  schoolId: string,
  lookForId: string,
) => Promise<SchoolLookFor | null>;

export const schoolLookForFrom =
  (db: Db): SchoolLookForOf =>
  async (organizationId, schoolId, lookForId) => {
    const chosen = (await repo.chosenFrameworks(db, organizationId, [schoolId])).get(schoolId);
    const framework = chosen
      ? await repo.findVisible(db, organizationId, chosen)
      : await repo.findByCode(db, null, CONECTA_FRAMEWORK.code);
    if (!framework) return null;
    // A framework is tens of rows: reading its tree is simpler than a query of its own.
    const { practices, lookFors } = await repo.tree(db, framework);
    const lookFor = lookFors.find((l) => l.id === lookForId);
    const practice = lookFor && practices.find((p) => p.id === lookFor.practiceId);
    if (!lookFor || !practice) return null;
    return { id: lookFor.id, text: lookFor.text, practiceId: practice.id, practiceTitle: practice.title };
  };
