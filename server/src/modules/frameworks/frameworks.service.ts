import type { z } from 'zod';
import {
  FrameworkDocument,
  type GrowthFocusBody,
  type ImportFrameworkBody,
  type SetSchoolFrameworkBody,
} from '#core/contracts/frameworks';
import type { Locale } from '#core/domain/roles';
import {
  CONECTA_FRAMEWORK,
  frameworkToCsv,
  type ParseResult,
  parseCasePackage,
  parseFrameworkCsv,
  parseFrameworkJson,
  schemaIssues,
  translator,
} from '#core/frameworks/index';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { conflict, forbidden, unprocessable } from '../../platform/http/problem';
import { auditRepo } from '../audit';
import { storeDocument } from './frameworks.document';
import { frameworksPolicy as policy } from './frameworks.policy';
import { presentFramework, presentPractice, presentSummary, toDocument } from './frameworks.presenter';
import { type FrameworkRow, frameworksRepo as repo } from './frameworks.repo';

const codeTaken = () =>
  conflict('A framework with this code already exists in your district.', {
    errors: [{ path: 'code', message: 'Already used.' }],
  });

/** PostgreSQL's unique_violation: two imports of one code at once; the loser hears what the check would have said. */
const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  ((error as { code?: unknown }).code === '23505' || isUniqueViolation((error as { cause?: unknown }).cause));

/**
 * The parsers' findings, and any the contract adds, as one problem; nothing is stored. The
 * messages are already in the requester's language (`messages`); paths are never translated.
 */
function parsed(result: ParseResult, messages: Locale) {
  const checked = result.ok ? FrameworkDocument.safeParse(result.document, { reportInput: true }) : null;
  if (checked?.success) return checked.data;
  const issues = result.ok ? schemaIssues(checked?.error.issues ?? [], translator(messages)) : result.issues;
  throw unprocessable('The file has problems, so nothing was imported. Fix them and import it again.', issues);
}

export function createFrameworksService({ db }: { db: Db }) {
  /** A framework the actor may read; another tenant's is "not found". */
  async function readable(actor: Actor, id: string) {
    const framework = await repo.findVisible(db, actor.organizationId, id);
    authorize(framework !== null && policy.canRead(actor, framework), 'hide');
    return framework;
  }

  const builtIn = async () => found(await repo.findByCode(db, null, CONECTA_FRAMEWORK.code));

  /** What each school uses: its district's choice, else the built-in framework. */
  async function frameworksOfSchools(organizationId: string, schoolIds: string[]) {
    const chosen = await repo.chosenFrameworks(db, organizationId, schoolIds);
    const fallback = chosen.size < schoolIds.length ? (await builtIn()).id : null;
    return new Map(schoolIds.map((id) => [id, chosen.get(id) ?? (fallback as string)]));
  }

  async function presentFocus(actor: Actor, locale: Locale) {
    const practices = await repo.focusOf(db, actor.organizationId, actor.userId);
    const lookFors = await repo.lookForsOf(
      db,
      actor.organizationId,
      practices.map((p) => p.id),
    );
    return {
      practiceIds: practices.map((p) => p.id),
      practices: practices.map((p) => ({
        ...presentPractice(
          p,
          lookFors.filter((l) => l.practiceId === p.id),
          locale,
        ),
        frameworkId: p.frameworkId,
      })),
    };
  }

  const present = async (framework: FrameworkRow, locale: Locale, executor: Parameters<typeof repo.tree>[0] = db) =>
    presentFramework(await repo.tree(executor, framework), locale);

  return {
    /** The built-in framework and the district's own, text in `locale`. */
    async list(actor: Actor, locale: Locale | undefined) {
      const rows = await repo.listVisible(db, actor.organizationId);
      return {
        items: rows.map((r) => presentSummary(r.framework, r.practiceCount, locale ?? actor.locale)),
        nextCursor: null,
      };
    },

    get: async (actor: Actor, id: string, locale: Locale | undefined) =>
      present(await readable(actor, id), locale ?? actor.locale),

    /** The framework as a document to edit or export (the built-in one too: a starting point for a district's own). */
    async document(actor: Actor, id: string) {
      authorize(policy.canManage(actor));
      return toDocument(await repo.tree(db, await readable(actor, id)));
    },

    /** The framework in our CSV template, text in one language (spreadsheets need the BOM to read UTF-8). */
    async exportCsv(actor: Actor, id: string, locale: Locale | undefined) {
      authorize(policy.canManage(actor));
      const tree = await repo.tree(db, await readable(actor, id));
      return {
        filename: `${tree.framework.code}.csv`,
        csv: `\uFEFF${frameworkToCsv(toDocument(tree), locale ?? actor.locale)}`,
      };
    },

    /** A new district framework from our JSON, a CSV or a CASE package; a file with problems stores nothing. */
    async importFramework(actor: Actor, body: z.infer<typeof ImportFrameworkBody>, locale: Locale | undefined) {
      authorize(policy.canManage(actor));
      // `body.locale` is the language of the file's text; `messages` the requester's (`?locale=`,
      // else their own setting), the same the error handler gives the problem's title and detail.
      const language = body.locale ?? actor.locale;
      const messages = locale ?? actor.locale;
      const document = parsed(
        body.format === 'json'
          ? parseFrameworkJson(body.content, { messages })
          : body.format === 'csv'
            ? parseFrameworkCsv(body.content, {
                locale: language,
                messages,
                ...(body.title ? { title: body.title } : {}),
              })
            : parseCasePackage(body.content, { locale: language, messages }),
        messages,
      );
      try {
        return await db.transaction(async (tx) => {
          if (await repo.findByCode(tx, actor.organizationId, document.code)) throw codeTaken();
          const stored = await storeDocument(tx, {
            organizationId: actor.organizationId,
            current: null,
            document,
            removedFocus: 'refuse',
          });
          if (!('framework' in stored)) throw new Error('a new framework has no growth focus to remove');
          await auditRepo.record(tx, {
            organizationId: actor.organizationId,
            actorId: actor.userId,
            action: 'framework.imported',
            targetType: 'framework',
            targetId: stored.framework.id,
            data: { code: document.code, format: body.format },
            ip: actor.context.ip,
          });
          return present(stored.framework, locale ?? actor.locale, tx);
        });
      } catch (error) {
        throw isUniqueViolation(error) ? codeTaken() : error;
      }
    },

    /** Replaces a district framework's content; rows keep their ids where the codes stay. */
    async replaceDocument(actor: Actor, id: string, document: FrameworkDocument, locale: Locale | undefined) {
      authorize(policy.canManage(actor));
      const framework = await readable(actor, id);
      if (!policy.canEdit(actor, framework))
        throw forbidden('The built-in framework cannot be edited. Import a copy with its own code.');
      try {
        return await db.transaction(async (tx) => {
          const current = found(await repo.lockOwned(tx, actor.organizationId, id));
          if (document.code !== current.code && (await repo.findByCode(tx, actor.organizationId, document.code)))
            throw codeTaken();
          const stored = await storeDocument(tx, {
            organizationId: actor.organizationId,
            current,
            document,
            removedFocus: 'refuse',
          });
          if ('blocked' in stored) {
            throw conflict(
              'This edit removes practices that people chose as their growth focus. Keep them, or ask those people to choose another focus first.',
              {
                errors: stored.blocked.map((p) => ({ path: `practice ${p.code}`, message: 'Someone’s growth focus.' })),
              },
            );
          }
          if (stored.changed)
            await auditRepo.record(tx, {
              organizationId: actor.organizationId,
              actorId: actor.userId,
              action: 'framework.edited',
              targetType: 'framework',
              targetId: id,
              data: { code: document.code },
              ip: actor.context.ip,
            });
          return present(stored.framework, locale ?? actor.locale, tx);
        });
      } catch (error) {
        throw isUniqueViolation(error) ? codeTaken() : error;
      }
    },

    /** Everyone in the organization may see which framework a school uses. */
    async schoolFramework(actor: Actor, schoolId: string) {
      authorize(await repo.schoolExists(db, actor.organizationId, schoolId), 'hide');
      const frameworkId = (await frameworksOfSchools(actor.organizationId, [schoolId])).get(schoolId)!;
      return { schoolId, frameworkId };
    },

    async chooseSchoolFramework(actor: Actor, schoolId: string, body: z.infer<typeof SetSchoolFrameworkBody>) {
      authorize(policy.canManage(actor));
      authorize(await repo.schoolExists(db, actor.organizationId, schoolId), 'hide');
      const framework = await repo.findVisible(db, actor.organizationId, body.frameworkId);
      if (!framework)
        throw unprocessable('Choose a framework your district can use.', [
          { path: 'frameworkId', message: 'Unknown framework.' },
        ]);
      await db.transaction(async (tx) => {
        await repo.chooseFramework(tx, actor.organizationId, schoolId, framework.id);
        await auditRepo.record(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'school.framework_chosen',
          targetType: 'school',
          targetId: schoolId,
          data: { frameworkId: framework.id, code: framework.code },
          ip: actor.context.ip,
        });
      });
      return { schoolId, frameworkId: framework.id };
    },

    growthFocus: (actor: Actor, locale: Locale | undefined) => presentFocus(actor, locale ?? actor.locale),

    /**
     * One or two practices, from a framework one of the caller's schools uses (the built-in one
     * for someone without a school). The list replaces the previous choice, in its order.
     */
    async setGrowthFocus(actor: Actor, body: z.infer<typeof GrowthFocusBody>, locale: Locale | undefined) {
      authorize(policy.canChooseFocus(actor));
      const schoolIds = policy.focusSchools(actor);
      const allowed = new Set(
        schoolIds.length > 0
          ? (await frameworksOfSchools(actor.organizationId, schoolIds)).values()
          : [(await builtIn()).id],
      );
      const practices = new Map(
        (await repo.visiblePractices(db, actor.organizationId, body.practiceIds)).map((p) => [p.id, p]),
      );
      const errors = body.practiceIds.flatMap((id, i) => {
        const practice = practices.get(id);
        if (body.practiceIds.indexOf(id) < i) return [{ path: `practiceIds[${i}]`, message: 'Chosen twice.' }];
        if (!practice || !allowed.has(practice.frameworkId))
          return [{ path: `practiceIds[${i}]`, message: 'Not a practice of your school’s framework.' }];
        return [];
      });
      if (errors.length > 0)
        throw unprocessable('Choose your growth focus from the framework your school uses.', errors);
      await db.transaction((tx) => repo.replaceFocus(tx, actor.organizationId, actor.userId, body.practiceIds));
      return presentFocus(actor, locale ?? actor.locale);
    },
  };
}
