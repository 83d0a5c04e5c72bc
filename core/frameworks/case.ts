import { z } from 'zod';
import { FRAMEWORK_LIMITS, type ImportIssue } from '../contracts/frameworks';
import type { Locale } from '../domain/roles';
import {
  clip,
  codeFromTitle,
  contentIssue,
  failure,
  guarded,
  jsonErrorDetail,
  type MessageOptions,
  type ParseResult,
  sanitizeCode,
  schemaIssues,
  validateDocument,
} from './issues';
import { LEVEL_LABELS } from './levels';
import { translator } from './messages';

/*
 * CASE (1EdTech Competencies and Academic Standards Exchange) 1.0 and 1.1 CFPackage import.
 *
 * The tree comes from `isChildOf` associations (origin = child, destination = parent), siblings
 * ordered by `sequenceNumber` (then by the order of the associations). Children of the CFDocument
 * are domains, their children practices, and theirs look-fors. A single top-level item that wraps
 * a deeper tree (a "framework" item above the domains) is stepped through. An item with several
 * parents is placed under the first one. Identifiers are matched leniently (no UUID check, case
 * ignored), by `identifier` or by `uri`.
 *
 * A CFRubric criterion pointing at a practice (`CFItemURI` or `CFItemIdentifier`) with exactly
 * four levels gives that practice its levels, ordered by `score` when every level has a distinct
 * one, else by `position`, else as listed: `quality` is the label, `description` (or `feedback`)
 * the descriptor.
 *
 * Issue paths point into the package: `CFDocument.title`, `CFItems[3]`, `CFAssociations`; they
 * are the same in every language. Messages are in `options.messages` (English by default).
 */

type Json = Record<string, unknown>;

const object = (value: unknown): Json | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
const array = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const string = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};
const number = (value: unknown): number | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
};

/** The keys a reference (a LinkURI object, or a bare identifier or URI) can be matched by. */
function referenceKeys(value: unknown): string[] {
  const link = object(value);
  if (link) return [string(link.identifier), string(link.uri)].filter((k): k is string => !!k).map(keyOf);
  const bare = string(value);
  return bare ? [keyOf(bare)] : [];
}
const keyOf = (value: string) => value.toLowerCase();

type Item = {
  index: number;
  identifier: string;
  code?: string;
  full?: string;
  abbreviated?: string;
};

type Node = { item: Item; children: Node[] };

const url = z.url({ protocol: /^https?$/ }).max(2000);
const validUrl = (value: string | undefined) => (value && url.safeParse(value).success ? value : undefined);

const label = (item: Item) => {
  const text = item.abbreviated ?? item.full ?? item.identifier;
  return `${item.code ? `${item.code} ` : ''}“${clip(text, 60)}”`;
};

/**
 * Parses a CASE 1.0/1.1 CFPackage (JSON text) into a FrameworkDocument whose text is in
 * `locale`, issue messages in `messages` (English by default). Never throws.
 */
export function parseCasePackage(text: string, options: { locale: Locale } & MessageOptions): ParseResult {
  const t = translator(options?.messages);
  return guarded(() => {
    const bad = contentIssue(text, t);
    if (bad) return failure([bad], t);
    const locale: Locale = options?.locale === 'es' ? 'es' : 'en';
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return failure([{ path: '', message: t('case.invalidJson', { detail: jsonErrorDetail(error, t) }) }], t);
    }
    let root = object(json);
    if (root && object(root.CFPackage)) root = object(root.CFPackage);
    if (!root) return failure([{ path: '', message: t('case.notObject') }], t);
    if (root.format === 'conecta-framework') return failure([{ path: '', message: t('case.isConecta') }], t);
    const doc = object(root.CFDocument);
    if (!doc) return failure([{ path: 'CFDocument', message: t('case.noDocument') }], t);

    const issues: ImportIssue[] = [];
    const docIdentifier = string(doc.identifier);
    const title = string(doc.title);
    if (!title) issues.push({ path: 'CFDocument.title', message: t('case.noTitle') });
    const docKeys = new Set([docIdentifier, string(doc.uri)].filter((k): k is string => !!k).map(keyOf));

    // ---- Items ----
    const rawItems = array(root.CFItems);
    if (rawItems.length === 0) return failure([...issues, { path: 'CFItems', message: t('case.noItems') }], t);
    const items: Item[] = [];
    const byKey = new Map<string, Item>();
    rawItems.forEach((raw, index) => {
      const value = object(raw);
      const identifier = value ? string(value.identifier) : undefined;
      if (!value || !identifier) {
        issues.push({ path: `CFItems[${index}]`, message: t('case.noIdentifier') });
        return;
      }
      const item: Item = {
        index,
        identifier,
        code: string(value.humanCodingScheme),
        full: string(value.fullStatement),
        abbreviated: string(value.abbreviatedStatement),
      };
      items.push(item);
      for (const key of [identifier, string(value.uri)]) if (key && !byKey.has(keyOf(key))) byKey.set(keyOf(key), item);
    });

    // ---- Tree from isChildOf ----
    type Edge = { child: Item; sequence: number | undefined; order: number };
    const childrenOf = new Map<Item | 'document', Edge[]>();
    const placed = new Set<Item>();
    array(root.CFAssociations).forEach((raw, order) => {
      const association = object(raw);
      if (!association || string(association.associationType) !== 'isChildOf') return;
      const child = referenceKeys(association.originNodeURI)
        .map((k) => byKey.get(k))
        .find(Boolean);
      if (!child || placed.has(child)) return;
      const parentKeys = referenceKeys(association.destinationNodeURI);
      const parent: Item | 'document' | undefined = parentKeys.some((k) => docKeys.has(k))
        ? 'document'
        : parentKeys.map((k) => byKey.get(k)).find(Boolean);
      if (!parent || parent === child) return;
      placed.add(child);
      const list = childrenOf.get(parent) ?? [];
      list.push({ child, sequence: number(association.sequenceNumber), order });
      childrenOf.set(parent, list);
    });

    // Deeper than this cannot be a framework (three levels, a few wrapping items at most); the
    // bound also keeps the recursion far from the stack's limit on hostile input.
    const MAX_DEPTH = 32;
    let tooDeep: Item | undefined;
    const visited = new Set<Item>();
    const build = (parent: Item | 'document', depth = 1): Node[] => {
      if (depth > MAX_DEPTH) {
        if (parent !== 'document' && (childrenOf.get(parent)?.length ?? 0) > 0) tooDeep ??= parent;
        return [];
      }
      const edges = [...(childrenOf.get(parent) ?? [])].sort(
        (a, b) =>
          (a.sequence ?? Number.POSITIVE_INFINITY) - (b.sequence ?? Number.POSITIVE_INFINITY) || a.order - b.order,
      );
      const nodes: Node[] = [];
      for (const edge of edges) {
        if (visited.has(edge.child)) continue; // a cycle
        visited.add(edge.child);
        nodes.push({ item: edge.child, children: build(edge.child, depth + 1) });
      }
      return nodes;
    };
    let top = build('document');
    if (tooDeep)
      return failure(
        [
          ...issues,
          {
            path: `CFItems[${tooDeep.index}]`,
            message: t('case.tooDeep', { max: MAX_DEPTH }),
          },
        ],
        t,
      );
    if (top.length === 0)
      return failure(
        [
          ...issues,
          {
            path: 'CFAssociations',
            message: t('case.nothingAttached'),
          },
        ],
        t,
      );

    const height = (node: Node): number => 1 + Math.max(0, ...node.children.map(height));
    // A single item above the domains (the framework itself as an item) is stepped through.
    while (top.length === 1 && height(top[0] as Node) > 3) top = (top[0] as Node).children;

    // ---- Shape: domain → practice → look-for ----
    if (top.length > FRAMEWORK_LIMITS.domains)
      issues.push({
        path: 'CFDocument',
        message: t('case.tooManyDomains', { count: top.length, max: FRAMEWORK_LIMITS.domains }),
      });
    for (const domain of top) {
      const at = `CFItems[${domain.item.index}]`;
      if (domain.children.length === 0)
        issues.push({ path: at, message: t('case.emptyDomain', { item: label(domain.item) }) });
      if (domain.children.length > FRAMEWORK_LIMITS.practicesPerDomain)
        issues.push({
          path: at,
          message: t('case.tooManyPractices', {
            item: label(domain.item),
            count: domain.children.length,
            max: FRAMEWORK_LIMITS.practicesPerDomain,
          }),
        });
      for (const practice of domain.children) {
        const pat = `CFItems[${practice.item.index}]`;
        if (practice.children.length === 0)
          issues.push({
            path: pat,
            message: t('case.practiceWithoutLookFors', { item: label(practice.item) }),
          });
        if (practice.children.length > FRAMEWORK_LIMITS.lookForsPerPractice)
          issues.push({
            path: pat,
            message: t('case.tooManyLookFors', {
              item: label(practice.item),
              count: practice.children.length,
              max: FRAMEWORK_LIMITS.lookForsPerPractice,
            }),
          });
        for (const lookFor of practice.children)
          if (lookFor.children.length > 0)
            issues.push({
              path: `CFItems[${lookFor.item.index}]`,
              message: t('case.fourthLevel', { item: label(lookFor.item) }),
            });
      }
    }
    for (const node of top.flatMap((d) => [d, ...d.children, ...d.children.flatMap((p) => p.children)]))
      if (!node.item.full && !node.item.abbreviated)
        issues.push({ path: `CFItems[${node.item.index}]`, message: t('case.noStatement') });
    if (issues.length > 0) return failure(issues, t);

    // ---- Codes: humanCodingScheme when usable, else from position; unique where they must be ----
    // An item without a usable code takes its position under its parent's code: D1, D1.P2, D1.P2.L3
    // when nothing is coded, LE.P2 and LE.P2.L1 under a domain coded LE.
    const within = (parent: string, suffix: string) => {
      const code = `${parent}.${suffix}`;
      return code.length <= FRAMEWORK_LIMITS.code ? code : undefined;
    };
    const domainCodes = uniqueCodes(top.map((d, i) => ({ given: d.item.code, fallback: `D${i + 1}` })));
    const practiceCodes = new Set<string>();
    const practiceCode = (practice: Node, d: number, p: number, domainCode: string) => {
      const positional = `D${d + 1}.P${p + 1}`;
      const candidates = [
        practice.item.code && sanitizeCode(practice.item.code),
        practice.item.code && sanitizeCode(`${domainCode}.${practice.item.code}`),
        within(domainCode, `P${p + 1}`),
        positional,
      ];
      const code = candidates.find((c): c is string => !!c && !practiceCodes.has(c)) ?? `${positional}-${p}`;
      practiceCodes.add(code);
      return code;
    };

    // ---- Rubrics: four levels for a practice item ----
    const practiceItems = new Set(top.flatMap((d) => d.children.map((p) => p.item)));
    const rubricLevels = new Map<Item, { label: string; descriptor: string }[]>();
    for (const rubric of array(root.CFRubrics)) {
      for (const rawCriterion of array(object(rubric)?.CFRubricCriteria)) {
        const criterion = object(rawCriterion);
        if (!criterion) continue;
        const item = [...referenceKeys(criterion.CFItemURI), ...referenceKeys(criterion.CFItemIdentifier)]
          .map((k) => byKey.get(k))
          .find(Boolean);
        if (!item || !practiceItems.has(item) || rubricLevels.has(item)) continue;
        const levels = array(criterion.CFRubricCriterionLevels).map(object);
        if (levels.length !== 4 || levels.some((l) => !l)) continue;
        const ordered = orderLevels(levels as Json[]);
        const mapped = ordered.map((level, i) => ({
          label: clip(string(level.quality) ?? (LEVEL_LABELS[locale][i] as string), 80),
          descriptor: string(level.description) ?? string(level.feedback) ?? '',
        }));
        if (mapped.some((l) => l.descriptor === '')) continue;
        rubricLevels.set(
          item,
          mapped.map((l) => ({ ...l, descriptor: clip(l.descriptor, FRAMEWORK_LIMITS.text) })),
        );
      }
    }

    // ---- Document ----
    const local = (value: string) => ({ [locale]: value });
    const heading = (item: Item) => {
      const main = item.abbreviated ?? (item.full as string);
      const titleText = clip(main, FRAMEWORK_LIMITS.title);
      // The full statement becomes the description when the title is something else (abbreviated or cut).
      const description = item.full && item.full !== titleText ? clip(item.full, FRAMEWORK_LIMITS.text) : undefined;
      return { title: local(titleText), ...(description ? { description: local(description) } : {}) };
    };
    const license = licenseOf(root, doc);
    const source = {
      ...(string(doc.creator) || string(doc.publisher)
        ? { name: clip((string(doc.creator) ?? string(doc.publisher)) as string, 200) }
        : {}),
      ...(validUrl(string(doc.officialSourceURL)) || validUrl(string(doc.uri))
        ? { url: validUrl(string(doc.officialSourceURL)) ?? validUrl(string(doc.uri)) }
        : {}),
      ...(license ? { license: clip(license, 500) } : {}),
      ...(docIdentifier ? { caseIdentifier: clip(docIdentifier, 200) } : {}),
    };
    const description = string(doc.description);
    const candidate = {
      format: 'conecta-framework',
      version: 1,
      code: codeFromTitle(title as string),
      title: local(clip(title as string, FRAMEWORK_LIMITS.title)),
      ...(description ? { description: local(clip(description, FRAMEWORK_LIMITS.text)) } : {}),
      source,
      domains: top.map((domain, d) => {
        const domainCode = domainCodes[d] as string;
        return {
          code: domainCode,
          ...heading(domain.item),
          practices: domain.children.map((practice, p) => {
            const levels = rubricLevels.get(practice.item);
            const code = practiceCode(practice, d, p, domainCode);
            return {
              code,
              ...heading(practice.item),
              levels: levels
                ? levels.map((level, i) => ({
                    level: i + 1,
                    label: local(level.label),
                    descriptor: local(level.descriptor),
                  }))
                : [],
              lookFors: uniqueCodes(
                practice.children.map((l, i) => ({
                  given: l.item.code,
                  fallback: within(code, `L${i + 1}`) ?? `D${d + 1}.P${p + 1}.L${i + 1}`,
                })),
              ).map((code, l) => {
                const item = (practice.children[l] as Node).item;
                return { code, text: local(clip((item.full ?? item.abbreviated) as string, FRAMEWORK_LIMITS.text)) };
              }),
            };
          }),
        };
      }),
    };
    const parsed = validateDocument(candidate);
    if (parsed.success) return { ok: true, document: parsed.data };
    return failure(
      schemaIssues(parsed.error.issues, t, (issue) => packagePath(issue.path, top)),
      t,
    );
  }, t);
}

/** Codes from humanCodingScheme where usable and unique among siblings, else the fallback. */
function uniqueCodes(entries: { given?: string; fallback: string }[]): string[] {
  const used = new Set<string>();
  return entries.map(({ given, fallback }, i) => {
    const candidates = [given ? sanitizeCode(given) : '', fallback, `${fallback}-${i + 1}`];
    const code = candidates.find((c) => c !== '' && !used.has(c)) ?? `${fallback}-${i + 1}-${used.size}`;
    used.add(code);
    return code;
  });
}

function orderLevels(levels: Json[]): Json[] {
  const scores = levels.map((l) => number(l.score));
  if (scores.every((s) => s !== undefined) && new Set(scores).size === levels.length)
    return [...levels].sort((a, b) => (number(a.score) as number) - (number(b.score) as number));
  const positions = levels.map((l) => number(l.position));
  if (positions.every((p) => p !== undefined))
    return [...levels].sort((a, b) => (number(a.position) as number) - (number(b.position) as number));
  return levels;
}

/** The license of the document: the CFLicense its licenseURI names (or the only one), by title. */
function licenseOf(root: Json, doc: Json): string | undefined {
  const licenses = array(object(root.CFDefinitions)?.CFLicenses)
    .map(object)
    .filter((l): l is Json => !!l);
  const keys = new Set(referenceKeys(doc.licenseURI));
  const named =
    licenses.find((l) => [string(l.identifier), string(l.uri)].some((k) => k && keys.has(keyOf(k)))) ??
    (licenses.length === 1 ? licenses[0] : undefined);
  if (named) return string(named.title) ?? string(named.licenseText);
  return string(object(doc.licenseURI)?.title);
}

/** Where a schema issue of the built document came from in the package. */
function packagePath(path: readonly PropertyKey[], top: Node[]): string {
  const [k0, d, k2, p, k4, l] = path;
  if (k0 !== 'domains') return k0 === 'title' || k0 === 'description' ? `CFDocument.${k0}` : 'CFDocument';
  const domain = typeof d === 'number' ? top[d] : undefined;
  if (!domain) return 'CFDocument';
  if (k2 !== 'practices' || typeof p !== 'number') return `CFItems[${domain.item.index}]`;
  const practice = domain.children[p];
  if (!practice) return `CFItems[${domain.item.index}]`;
  if (k4 === 'levels') return `CFRubrics (criterion for CFItems[${practice.item.index}])`;
  if (k4 !== 'lookFors' || typeof l !== 'number') return `CFItems[${practice.item.index}]`;
  const lookFor = practice.children[l];
  return `CFItems[${(lookFor ?? practice).item.index}]`;
}
