import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { FrameworkDocument } from '#core/contracts/frameworks';
import { CONECTA_FRAMEWORK } from '#core/frameworks/index';
import { buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { syncBuiltInFramework } from './frameworks.sync';

const ctx = setupTestApp();
let a: Tenant;
let b: Tenant;
const cookies = {} as Record<
  'admin' | 'leader' | 'coach' | 'teacher' | 'facilitator' | 'maestra' | 'strangerAdmin',
  string
>;

beforeAll(async () => {
  a = await buildTenant(ctx.db);
  b = await buildTenant(ctx.db);
  for (const role of ['admin', 'leader', 'coach', 'teacher', 'facilitator'] as const)
    cookies[role] = await signIn(ctx.app, a[role].email);
  const maestra = await buildUser(ctx.db, a.org.id, {
    locale: 'es',
    roles: [{ role: 'teacher', schoolId: a.school.id }],
  });
  cookies.maestra = await signIn(ctx.app, maestra.email);
  cookies.strangerAdmin = await signIn(ctx.app, b.admin.email);
});

const unique = () => randomBytes(3).toString('hex');
const as = (cookie: string) => ({
  get: (url: string) => ctx.app.inject({ url, headers: { cookie } }),
  send: (method: 'POST' | 'PUT', url: string, payload: unknown) =>
    ctx.app.inject({ method, url, headers: { cookie }, payload: payload as object }),
});

const levels = () =>
  ([1, 2, 3, 4] as const).map((level) => ({
    level,
    label: { en: `Level ${level}`, es: `Nivel ${level}` },
    descriptor: { en: `Descriptor ${level}`, es: `Descriptor ${level} (es)` },
  }));

type Doc = z.input<typeof FrameworkDocument>;

/** A small district framework: two domains, three practices. */
const districtDocument = (code = `district-${unique()}`): Doc => ({
  format: 'conecta-framework',
  version: 1,
  code,
  title: { en: 'District teaching framework', es: 'Marco de enseñanza del distrito' },
  description: { en: 'What we look for.' },
  source: { name: 'District office', license: 'CC BY 4.0' },
  domains: [
    {
      code: 'D1',
      title: { en: 'Classroom environment', es: 'Ambiente del aula' },
      practices: [
        {
          code: '1.1',
          title: { en: 'Routines', es: 'Rutinas' },
          levels: levels(),
          lookFors: [
            { code: 'a', text: { en: 'Students start without being told', es: 'Empiezan sin que se lo pidan' } },
            { code: 'b', text: { en: 'Materials are ready', es: 'Los materiales están listos' } },
          ],
          planTerms: { en: ['routine'], es: ['rutina'] },
          resourceIds: ['pacing'],
        },
        {
          code: '1.2',
          title: { en: 'Checking for understanding', es: 'Verificar la comprensión' },
          lookFors: [{ code: 'a', text: { en: 'Every student answers at once', es: 'Todos responden a la vez' } }],
          planTerms: { en: ['mini whiteboards'], es: ['pizarras'] },
        },
      ],
    },
    {
      code: 'D2',
      title: { en: 'Instruction' },
      practices: [
        {
          code: '2.1',
          title: { en: 'Student talk' },
          lookFors: [{ code: 'a', text: { en: 'Students explain to a partner' } }],
        },
      ],
    },
  ],
});

const importJson = (cookie: string, document: unknown, query = '') =>
  as(cookie).send('POST', `/api/v1/frameworks/imports${query}`, { format: 'json', content: JSON.stringify(document) });
const imported = async (document: Doc = districtDocument()) => {
  const response = await importJson(cookies.admin, document);
  expect(response.statusCode, response.body).toBe(201);
  return json(response);
};
const practiceId = (framework: Record<string, any>, code: string): string =>
  framework.domains
    .flatMap((d: { practices: { id: string; code: string }[] }) => d.practices)
    .find((p: { code: string }) => p.code === code).id;
const builtInId = async () =>
  json(await as(cookies.teacher).get('/api/v1/frameworks')).items.find((f: { builtIn: boolean }) => f.builtIn).id;

/** Everything the frameworks module stores, plus the audit log: a refused request leaves it as it was. */
const digest = async () => {
  const result = (await ctx.db.execute(sql`select md5(string_agg(row_text, '|' order by row_text)) as digest from (
    select 'f:' || t::text as row_text from frameworks t
    union all select 'd:' || t::text from framework_domains t
    union all select 'p:' || t::text from framework_practices t
    union all select 'l:' || t::text from framework_look_fors t
    union all select 's:' || t::text from school_frameworks t
    union all select 'g:' || t::text from growth_focus t
    union all select 'a:' || t::text from audit_events t
  ) rows`)) as unknown as { rows: { digest: string }[] };
  return result.rows[0]!.digest;
};

describe('the built-in framework', () => {
  it('is listed for everyone, in their language, and is the whole tree', async () => {
    const list = json(await as(cookies.teacher).get('/api/v1/frameworks'));
    expect(list.nextCursor).toBeNull();
    const builtIn = list.items.find((f: { builtIn: boolean }) => f.builtIn);
    expect(builtIn).toMatchObject({
      code: CONECTA_FRAMEWORK.code,
      title: CONECTA_FRAMEWORK.title.en,
      locales: ['en', 'es'],
      practiceCount: CONECTA_FRAMEWORK.domains.flatMap((d) => d.practices).length,
    });
    const spanish = json(await as(cookies.maestra).get(`/api/v1/frameworks/${builtIn.id}`));
    expect(spanish.title).toBe(CONECTA_FRAMEWORK.title.es);
    expect(spanish.domains.map((d: { code: string }) => d.code)).toEqual(CONECTA_FRAMEWORK.domains.map((d) => d.code));
    const english = json(await as(cookies.maestra).get(`/api/v1/frameworks/${builtIn.id}?locale=en`));
    expect(english.domains[0].title).toBe(CONECTA_FRAMEWORK.domains[0]!.title.en);
    expect(english.domains[0].practices[0].lookFors.length).toBe(
      CONECTA_FRAMEWORK.domains[0]!.practices[0]!.lookFors.length,
    );
    expect((await as(cookies.strangerAdmin).get(`/api/v1/frameworks/${builtIn.id}`)).statusCode).toBe(200);
  });

  it('gives its document to district admins only, and cannot be edited', async () => {
    const id = await builtInId();
    const document = await as(cookies.admin).get(`/api/v1/frameworks/${id}/document`);
    expect(document.statusCode).toBe(200);
    expect(json(document)).toEqual(JSON.parse(JSON.stringify(FrameworkDocument.parse(CONECTA_FRAMEWORK))));
    expect((await as(cookies.teacher).get(`/api/v1/frameworks/${id}/document`)).statusCode).toBe(403);
    const before = await digest();
    const edit = await as(cookies.admin).send('PUT', `/api/v1/frameworks/${id}/document`, json(document));
    expect(edit.statusCode).toBe(403);
    expect(json(edit).detail).toContain('built-in');
    expect(await digest()).toBe(before);
  });
});

describe('importing a district framework', () => {
  it('stores our JSON document as a tree with ids, visible to the district only', async () => {
    const document = districtDocument();
    const response = await importJson(cookies.admin, document, '?locale=es');
    expect(response.statusCode).toBe(201);
    const framework = json(response);
    expect(framework).toMatchObject({
      code: document.code,
      title: 'Marco de enseñanza del distrito',
      description: 'What we look for.', // no Spanish: the other language
      builtIn: false,
      source: document.source,
      locales: ['en'], // complete in English only: domain 2 has no Spanish
      practiceCount: 3,
    });
    expect(framework.domains[0].practices[0]).toEqual({
      id: expect.any(String),
      code: '1.1',
      title: 'Rutinas',
      description: null,
      levels: levels().map((l) => ({ level: l.level, label: l.label.es, descriptor: l.descriptor.es })),
      lookFors: [
        { id: expect.any(String), code: 'a', text: 'Empiezan sin que se lo pidan' },
        { id: expect.any(String), code: 'b', text: 'Los materiales están listos' },
      ],
      resourceIds: ['pacing'],
    });
    expect(framework.domains[1].practices[0].levels).toEqual([]);

    // Its tenant lists and reads it; another tenant does not even learn it exists.
    const listed = json(await as(cookies.teacher).get('/api/v1/frameworks')).items.map((f: { id: string }) => f.id);
    expect(listed).toContain(framework.id);
    expect(json(await as(cookies.leader).get(`/api/v1/frameworks/${framework.id}`))).toMatchObject({
      id: framework.id,
      title: document.title.en,
    });
    const theirs = json(await as(cookies.strangerAdmin).get('/api/v1/frameworks')).items;
    expect(theirs.map((f: { id: string }) => f.id)).not.toContain(framework.id);
    for (const url of [`/api/v1/frameworks/${framework.id}`, `/api/v1/frameworks/${framework.id}/document`])
      expect((await as(cookies.strangerAdmin).get(url)).statusCode, url).toBe(404);

    // The document comes back as it was imported (for editing and export).
    const stored = json(await as(cookies.admin).get(`/api/v1/frameworks/${framework.id}/document`));
    expect(stored).toEqual(FrameworkDocument.parse(document));

    const audit = (await ctx.db.execute(
      sql`select action, data from audit_events where target_id = ${framework.id}`,
    )) as unknown as { rows: { action: string; data: unknown }[] };
    expect(audit.rows).toEqual([{ action: 'framework.imported', data: { code: document.code, format: 'json' } }]);
  });

  it('is for district admins only', async () => {
    for (const role of ['leader', 'coach', 'teacher', 'facilitator'] as const)
      expect((await importJson(cookies[role], districtDocument())).statusCode, role).toBe(403);
  });

  it('refuses a code the district already uses with 409, but another district may use it', async () => {
    const document = districtDocument();
    await imported(document);
    const before = await digest();
    const again = await importJson(cookies.admin, { ...document, title: { en: 'Another' } });
    expect(again.statusCode).toBe(409);
    expect(json(again).errors).toEqual([{ path: 'code', message: 'Already used.' }]);
    expect(await digest()).toBe(before);
    expect((await importJson(cookies.strangerAdmin, document)).statusCode).toBe(201);
  });

  it('answers a malformed file with 422 and every problem found, and stores nothing', async () => {
    const before = await digest();
    const notJson = await importJson(cookies.admin, undefined);
    expect(
      (await as(cookies.admin).send('POST', '/api/v1/frameworks/imports', { format: 'json', content: '{"format":' }))
        .statusCode,
    ).toBe(422);
    expect(notJson.statusCode).toBe(400); // no content at all: the body itself is invalid

    const broken = districtDocument();
    broken.domains[0]!.practices[1]!.lookFors = [];
    broken.domains[1]!.practices[0]!.code = '1.1';
    const response = await importJson(cookies.admin, broken);
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const paths = json(response).errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        expect.stringContaining('domains[0].practices[1].lookFors'),
        expect.stringContaining('domains[1].practices[0].code'),
      ]),
    );
    expect(await digest()).toBe(before);
  });

  it('speaks Spanish in its problems', async () => {
    const maestraAdmin = await buildUser(ctx.db, a.org.id, { locale: 'es', roles: [{ role: 'district_admin' }] });
    const cookie = await signIn(ctx.app, maestraAdmin.email);
    const response = await as(cookie).send('POST', '/api/v1/frameworks/imports', { format: 'json', content: '[]' });
    expect(response.statusCode).toBe(422);
    expect(json(response).detail).toBe(
      'El archivo tiene problemas, así que no se importó nada. Corrígelos e impórtalo de nuevo.',
    );
  });
});

describe('CSV and CASE files', () => {
  const csv = (title = 'Rutinas') =>
    [
      'domain_code,domain_title,practice_code,practice_title,look_for_code,look_for_text,plan_terms',
      `D1,Ambiente del aula,1.1,${title},a,Empiezan sin que se lo pidan,rutina; rutinas`,
      'D1,,1.1,,b,Los materiales están listos,',
      'D2,Instrucción,2.1,Diálogo entre estudiantes,a,Explican a un compañero,',
    ].join('\r\n');
  const importCsv = (content: string, title: string) =>
    as(cookies.admin).send('POST', '/api/v1/frameworks/imports', { format: 'csv', content, locale: 'es', title });

  it('imports our CSV template, text in the language the import names', async () => {
    const title = `Marco CSV ${unique()}`;
    const response = await importCsv(csv(), title);
    expect(response.statusCode, response.body).toBe(201);
    const framework = json(response);
    expect(framework).toMatchObject({ title, locales: ['es'], practiceCount: 2, builtIn: false });
    expect(framework.domains[0].practices[0].lookFors.map((l: { text: string }) => l.text)).toEqual([
      'Empiezan sin que se lo pidan',
      'Los materiales están listos',
    ]);
    const document = json(await as(cookies.admin).get(`/api/v1/frameworks/${framework.id}/document`));
    expect(document.domains[0].practices[0].planTerms).toEqual({ es: ['rutina', 'rutinas'] });
  });

  it('names the rows and columns of a broken CSV, and stores nothing', async () => {
    const before = await digest();
    const broken = `${csv()}\r\nD3,,3.1,Práctica nueva,a,\r\n`;
    const response = await importCsv(broken, `Marco roto ${unique()}`);
    expect(response.statusCode).toBe(422);
    const errors: { path: string; message: string }[] = json(response).errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => /^row \d+/.test(e.path))).toBe(true);
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining([expect.stringMatching(/^row 5/)]));
    expect(await digest()).toBe(before);
  });

  it('answers row problems in the requester’s language; the paths stay the same', async () => {
    const missingText = `${csv()}\r\nD1,,1.1,,c,\r\n`;
    const body = { format: 'csv', content: missingText, locale: 'es', title: `Marco ${unique()}` };
    const spanishAdmin = await buildUser(ctx.db, a.org.id, { locale: 'es', roles: [{ role: 'district_admin' }] });
    const spanish = await as(await signIn(ctx.app, spanishAdmin.email)).send(
      'POST',
      '/api/v1/frameworks/imports',
      body,
    );
    expect(spanish.statusCode).toBe(422);
    expect(json(spanish).detail).toBe(
      'El archivo tiene problemas, así que no se importó nada. Corrígelos e impórtalo de nuevo.',
    );
    expect(json(spanish).errors).toEqual([
      { path: 'row 5: look_for_text', message: 'Escribe el texto del indicador observable.' },
    ]);

    const english = await as(cookies.admin).send('POST', '/api/v1/frameworks/imports', body);
    expect(english.statusCode).toBe(422);
    expect(json(english).errors).toEqual([{ path: 'row 5: look_for_text', message: 'Give the look-for text.' }]);

    const asked = await as(cookies.admin).send('POST', '/api/v1/frameworks/imports?locale=es', {
      ...body,
      content: `${csv()}\r\nD1,,1.1,,c,${'x'.repeat(2001)}\r\n`,
    });
    expect(asked.statusCode).toBe(422);
    expect(json(asked).errors).toEqual([
      { path: 'row 5: look_for_text', message: 'Demasiado largo: como máximo 2000 caracteres.' },
    ]);
  });

  it('imports a CASE 1.0 package', async () => {
    const content = readFileSync(
      join(import.meta.dirname, '../../../../core/frameworks/fixtures/case-v1p0-riverbend.json'),
      'utf8',
    );
    const response = await as(cookies.admin).send('POST', '/api/v1/frameworks/imports', { format: 'case', content });
    expect(response.statusCode, response.body).toBe(201);
    const framework = json(response);
    expect(framework.title).toBe('Riverbend Classroom Practice Guide');
    expect(framework.source.caseIdentifier).toBe('c0ffee00-1111-1111-1111-000000000001');
    expect(framework.practiceCount).toBeGreaterThan(0);
    // The same package again is the same code: refused, not duplicated.
    expect(
      (await as(cookies.admin).send('POST', '/api/v1/frameworks/imports', { format: 'case', content })).statusCode,
    ).toBe(409);
  });

  it('exports a framework as CSV for district admins, which imports back as the same framework', async () => {
    const document = districtDocument();
    const framework = await imported(document);
    const url = `/api/v1/frameworks/${framework.id}/export.csv?locale=es`;
    const response = await as(cookies.admin).get(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain(`${document.code}.csv`);
    expect(response.body.startsWith('\uFEFFdomain_code,')).toBe(true);
    expect(response.body).toContain('Empiezan sin que se lo pidan');
    expect(response.body).toContain('Student talk'); // no Spanish: the other language
    for (const role of ['leader', 'coach', 'teacher', 'facilitator'] as const)
      expect((await as(cookies[role]).get(url)).statusCode, role).toBe(403);
    expect((await as(cookies.strangerAdmin).get(url)).statusCode).toBe(404);

    const again = json(await importCsv(response.body, `Copia ${unique()}`));
    expect(again.domains.map((d: { code: string }) => d.code)).toEqual(['D1', 'D2']);
    expect(again.practiceCount).toBe(3);
    expect(again.domains[0].practices[0].levels.map((l: { descriptor: string }) => l.descriptor)).toEqual(
      levels().map((l) => l.descriptor.es),
    );
  });
});

describe('editing a district framework', () => {
  const edit = (cookie: string, id: string, document: unknown) =>
    as(cookie).send('PUT', `/api/v1/frameworks/${id}/document`, document);

  it('keeps every id whose code stays, moves, adds and removes by code', async () => {
    const document = districtDocument();
    const before = await imported(document);
    const lookForIds = before.domains[0].practices[0].lookFors.map((l: { id: string }) => l.id);

    const edited = structuredClone(document) as Doc;
    edited.title.en = 'Renamed framework';
    edited.domains[0]!.practices[0]!.title.en = 'Routines and procedures';
    edited.domains[0]!.practices[0]!.lookFors.reverse();
    // 1.2 moves to D2; D1 gets a new practice; 2.1 and its look-for are removed.
    const moved = edited.domains[0]!.practices.splice(1, 1)[0]!;
    edited.domains[1]!.practices = [moved];
    edited.domains[0]!.practices.push({
      code: '1.3',
      title: { en: 'Transitions', es: 'Transiciones' },
      levels: [],
      lookFors: [{ code: 'a', text: { en: 'Under a minute', es: 'En menos de un minuto' } }],
      planTerms: {},
      resourceIds: [],
    });
    const response = await edit(cookies.admin, before.id, edited);
    expect(response.statusCode, response.body).toBe(200);
    const after = json(response);
    expect(after.id).toBe(before.id);
    expect(after.title).toBe('Renamed framework');
    expect(after.domains.map((d: { id: string }) => d.id)).toEqual(before.domains.map((d: { id: string }) => d.id));
    expect(after.domains[0].practices[0]).toMatchObject({
      id: practiceId(before, '1.1'),
      title: 'Routines and procedures',
    });
    expect(after.domains[0].practices[0].lookFors.map((l: { id: string }) => l.id)).toEqual([...lookForIds].reverse());
    expect(after.domains[1].practices.map((p: { id: string }) => p.id)).toEqual([practiceId(before, '1.2')]);
    expect(practiceId(after, '1.3')).not.toBe(practiceId(before, '2.1'));
    expect(after.practiceCount).toBe(3);
    expect(json(await as(cookies.admin).get(`/api/v1/frameworks/${before.id}/document`))).toEqual(
      FrameworkDocument.parse(edited),
    );

    // Saving the same document again changes nothing, not even the time.
    const unchanged = json(await edit(cookies.admin, before.id, edited));
    expect(unchanged).toEqual(after);
  });

  it('is for the district’s admins only: 403 for other roles, 404 for another district', async () => {
    const framework = await imported();
    const document = districtDocument(framework.code);
    const before = await digest();
    for (const role of ['leader', 'coach', 'teacher', 'facilitator'] as const) {
      expect((await edit(cookies[role], framework.id, document)).statusCode, role).toBe(403);
      expect((await as(cookies[role]).get(`/api/v1/frameworks/${framework.id}/document`)).statusCode, role).toBe(403);
    }
    expect((await edit(cookies.strangerAdmin, framework.id, document)).statusCode).toBe(404);
    expect((await edit(cookies.admin, 'not-an-id', document)).statusCode).toBe(404);
    expect(await digest()).toBe(before);
  });

  it('refuses to take another framework’s code (409) or a malformed document (400)', async () => {
    const first = await imported();
    const second = await imported();
    const before = await digest();
    const clash = await edit(cookies.admin, second.id, districtDocument(first.code));
    expect(clash.statusCode).toBe(409);
    const invalid = await edit(cookies.admin, second.id, { ...districtDocument(second.code), domains: [] });
    expect(invalid.statusCode).toBe(400);
    expect(await digest()).toBe(before);
    // A new code of its own is fine.
    expect(json(await edit(cookies.admin, second.id, districtDocument(`${second.code}-v2`))).code).toBe(
      `${second.code}-v2`,
    );
  });

  it('refuses to remove a practice that is someone’s growth focus, saying which', async () => {
    const document = districtDocument();
    const framework = await imported(document);
    await as(cookies.admin).send('PUT', `/api/v1/schools/${a.otherSchool.id}/framework`, { frameworkId: framework.id });
    const otherTeacher = await signIn(ctx.app, a.otherTeacher.email);
    const chosen = await as(otherTeacher).send('PUT', '/api/v1/me/growth-focus', {
      practiceIds: [practiceId(framework, '1.2')],
    });
    expect(chosen.statusCode, chosen.body).toBe(200);

    const without = structuredClone(document) as Doc;
    without.domains[0]!.practices.splice(1, 1);
    without.title.en = 'Also a title change, which must not be saved';
    const before = await digest();
    const response = await edit(cookies.admin, framework.id, without);
    expect(response.statusCode).toBe(409);
    expect(json(response).errors).toEqual([{ path: 'practice 1.2', message: 'Someone’s growth focus.' }]);
    expect(await digest()).toBe(before);
    await as(otherTeacher).send('PUT', '/api/v1/me/growth-focus', { practiceIds: [] });
    expect((await edit(cookies.admin, framework.id, without)).statusCode).toBe(200);
    await as(cookies.admin).send('PUT', `/api/v1/schools/${a.otherSchool.id}/framework`, {
      frameworkId: await builtInId(),
    });
  });
});

describe('the framework a school uses', () => {
  it('is the built-in one until the district chooses; anyone in the organization may see it', async () => {
    const builtIn = await builtInId();
    for (const role of ['admin', 'leader', 'coach', 'teacher', 'facilitator'] as const)
      expect(json(await as(cookies[role]).get(`/api/v1/schools/${a.school.id}/framework`)), role).toEqual({
        schoolId: a.school.id,
        frameworkId: builtIn,
      });
    expect((await as(cookies.strangerAdmin).get(`/api/v1/schools/${a.school.id}/framework`)).statusCode).toBe(404);
    expect((await as(cookies.admin).get('/api/v1/schools/nope/framework')).statusCode).toBe(404);
  });

  it('is chosen by a district admin, among the district’s and the built-in frameworks', async () => {
    const school = (await ctx.db.execute(
      sql`insert into schools (organization_id, name) values (${a.org.id}, ${`School ${unique()}`}) returning id`,
    )) as unknown as { rows: { id: string }[] };
    const schoolId = school.rows[0]!.id;
    const framework = await imported();
    const url = `/api/v1/schools/${schoolId}/framework`;
    for (const role of ['leader', 'coach', 'teacher', 'facilitator'] as const)
      expect((await as(cookies[role]).send('PUT', url, { frameworkId: framework.id })).statusCode, role).toBe(403);
    const chosen = await as(cookies.admin).send('PUT', url, { frameworkId: framework.id });
    expect(chosen.statusCode).toBe(200);
    expect(json(chosen)).toEqual({ schoolId, frameworkId: framework.id });
    expect(json(await as(cookies.teacher).get(url)).frameworkId).toBe(framework.id);

    const theirs = json(await importJson(cookies.strangerAdmin, districtDocument()));
    const before = await digest();
    const foreign = await as(cookies.admin).send('PUT', url, { frameworkId: theirs.id });
    expect(foreign.statusCode).toBe(422);
    expect(json(foreign).errors).toEqual([{ path: 'frameworkId', message: 'Unknown framework.' }]);
    expect((await as(cookies.strangerAdmin).send('PUT', url, { frameworkId: theirs.id })).statusCode).toBe(404);
    expect(await digest()).toBe(before);

    expect(json(await as(cookies.admin).send('PUT', url, { frameworkId: await builtInId() })).frameworkId).toBe(
      await builtInId(),
    );
  });
});

describe('growth focus', () => {
  const builtInPractices = async () => {
    const framework = json(await as(cookies.teacher).get(`/api/v1/frameworks/${await builtInId()}`));
    return framework.domains.flatMap((d: { practices: { id: string }[] }) => d.practices.map((p) => p.id)) as string[];
  };
  const choose = (cookie: string, practiceIds: string[], query = '') =>
    as(cookie).send('PUT', `/api/v1/me/growth-focus${query}`, { practiceIds });

  it('is one or two practices of the school’s framework, in the order chosen', async () => {
    const coach = await buildUser(ctx.db, a.org.id, { roles: [{ role: 'coach', schoolId: a.school.id }] });
    const cookie = await signIn(ctx.app, coach.email);
    expect(json(await as(cookie).get('/api/v1/me/growth-focus'))).toEqual({ practiceIds: [], practices: [] });
    const [first, second] = (await builtInPractices()).slice(-2) as [string, string];
    const response = await choose(cookie, [second, first], '?locale=es');
    expect(response.statusCode, response.body).toBe(200);
    const focus = json(response);
    expect(focus.practiceIds).toEqual([second, first]);
    expect(focus.practices[0]).toMatchObject({ id: second, frameworkId: await builtInId() });
    expect(focus.practices[0].lookFors.length).toBeGreaterThan(0);
    const lastPractice = CONECTA_FRAMEWORK.domains.at(-1)!.practices.at(-1)!;
    expect(focus.practices[0].title).toBe(lastPractice.title.es ?? lastPractice.title.en);
    expect(json(await as(cookie).get('/api/v1/me/growth-focus')).practiceIds).toEqual([second, first]);
    // A new choice replaces the old; an empty one clears it.
    expect(json(await choose(cookie, [first])).practiceIds).toEqual([first]);
    expect(json(await choose(cookie, [])).practiceIds).toEqual([]);
  });

  it('refuses more than two, unknown, repeated, foreign and other-framework practices, changing nothing', async () => {
    const [p1, p2, p3] = (await builtInPractices()) as [string, string, string];
    expect((await choose(cookies.teacher, [p1])).statusCode).toBe(200);
    const district = await imported();
    const theirs = json(await importJson(cookies.strangerAdmin, districtDocument()));
    const before = await digest();

    expect((await choose(cookies.teacher, [p1, p2, p3])).statusCode).toBe(400);
    const cases: [string[], string, string][] = [
      [[p1, crypto.randomUUID()], 'practiceIds[1]', 'Not a practice of your school’s framework.'],
      [['not-an-id'], 'practiceIds[0]', 'Not a practice of your school’s framework.'],
      [[p2, p2], 'practiceIds[1]', 'Chosen twice.'],
      [[practiceId(district, '1.1')], 'practiceIds[0]', 'Not a practice of your school’s framework.'],
      [[practiceId(theirs, '1.1')], 'practiceIds[0]', 'Not a practice of your school’s framework.'],
    ];
    for (const [ids, path, message] of cases) {
      const response = await choose(cookies.teacher, ids);
      expect(response.statusCode, JSON.stringify(ids)).toBe(422);
      expect(json(response).errors).toEqual([{ path, message }]);
    }
    expect(await digest()).toBe(before);
    expect(json(await as(cookies.teacher).get('/api/v1/me/growth-focus')).practiceIds).toEqual([p1]);
    await choose(cookies.teacher, []);
  });

  it('follows the school’s chosen framework', async () => {
    const framework = await imported();
    const teacher = await buildUser(ctx.db, a.org.id, { roles: [{ role: 'teacher', schoolId: a.otherSchool.id }] });
    const cookie = await signIn(ctx.app, teacher.email);
    await as(cookies.admin).send('PUT', `/api/v1/schools/${a.otherSchool.id}/framework`, { frameworkId: framework.id });
    expect((await choose(cookie, [practiceId(framework, '1.1')])).statusCode).toBe(200);
    expect((await choose(cookie, [(await builtInPractices())[0]!])).statusCode).toBe(422);
    await choose(cookie, []);
    await as(cookies.admin).send('PUT', `/api/v1/schools/${a.otherSchool.id}/framework`, {
      frameworkId: await builtInId(),
    });
  });

  it('is chosen by teachers and coaches; everyone may read their own', async () => {
    const [p1] = (await builtInPractices()) as [string];
    for (const role of ['admin', 'leader', 'facilitator'] as const) {
      expect((await choose(cookies[role], [p1])).statusCode, role).toBe(403);
      expect(json(await as(cookies[role]).get('/api/v1/me/growth-focus')), role).toEqual({
        practiceIds: [],
        practices: [],
      });
    }
  });
});

describe('focus.absent', () => {
  it('asks where the teacher’s growth focus is when the plan lacks its words, in stored and unsaved plans', async () => {
    const framework = await imported();
    const teacher = await buildUser(ctx.db, a.org.id, { roles: [{ role: 'teacher', schoolId: a.otherSchool.id }] });
    const cookie = await signIn(ctx.app, teacher.email);
    await as(cookies.admin).send('PUT', `/api/v1/schools/${a.otherSchool.id}/framework`, { frameworkId: framework.id });
    const focusId = practiceId(framework, '1.2');
    expect((await as(cookie).send('PUT', '/api/v1/me/growth-focus', { practiceIds: [focusId] })).statusCode).toBe(200);

    const plan = (description: string) => ({
      title: 'Ratios',
      locale: 'en',
      objectives: ['Students will compare two ratios using a double number line'],
      segments: [{ title: 'Check', kind: 'assessment', minutes: 5, description }],
    });
    const ruleIds = (result: Record<string, any>) => result.insights.map((i: { ruleId: string }) => i.ruleId);
    const without = plan('Students answer a question on paper.');
    const withTerms = plan('Everyone holds up mini whiteboards.');

    const unsaved = json(await as(cookie).send('POST', '/api/v1/insights/lesson-plan', without));
    expect(ruleIds(unsaved)).toContain('focus.absent');
    // The question names the practice as the teacher reads it, not its id.
    const focusTitle = json(await as(cookie).get('/api/v1/me/growth-focus')).practices[0].title;
    expect(focusTitle).not.toBe(focusId);
    expect(unsaved.insights.find((i: { ruleId: string }) => i.ruleId === 'focus.absent').evidence).toEqual([
      { field: 'focusPracticeIds', text: focusTitle },
    ]);
    expect(ruleIds(json(await as(cookie).send('POST', '/api/v1/insights/lesson-plan', withTerms)))).not.toContain(
      'focus.absent',
    );

    const save = async (body: object) => json(await as(cookie).send('POST', '/api/v1/lesson-plans', body)).id;
    const insights = json(await as(cookie).get(`/api/v1/lesson-plans/${await save(without)}/insights`));
    expect(ruleIds(insights)).toContain('focus.absent');
    expect(insights.context.focusPractices).toEqual([
      { id: focusId, title: 'Checking for understanding', lookForTerms: ['mini whiteboards'] },
    ]);
    expect(ruleIds(json(await as(cookie).get(`/api/v1/lesson-plans/${await save(withTerms)}/insights`)))).not.toContain(
      'focus.absent',
    );
    // Someone without a focus never hears it.
    expect(
      ruleIds(json(await as(cookies.teacher).send('POST', '/api/v1/insights/lesson-plan', without))),
    ).not.toContain('focus.absent');
  });
});

describe('built-in sync', () => {
  it('writes nothing when nothing changed, and keeps ids by code when the framework changes', async () => {
    expect(await syncBuiltInFramework(ctx.db)).toEqual({ written: false });
    const id = await builtInId();
    const before = json(await as(cookies.teacher).get(`/api/v1/frameworks/${id}`));
    const [kept, withdrawn] =
      before.domains[0].practices.length > 1
        ? before.domains[0].practices
        : [before.domains[0].practices[0], before.domains[1].practices[0]];

    // A teacher's focus on a practice the new version withdraws is dropped; the rest stays.
    const coach = await buildUser(ctx.db, a.org.id, { roles: [{ role: 'coach', schoolId: a.school.id }] });
    const cookie = await signIn(ctx.app, coach.email);
    expect(
      (await as(cookie).send('PUT', '/api/v1/me/growth-focus', { practiceIds: [kept.id, withdrawn.id] })).statusCode,
    ).toBe(200);

    const changed = structuredClone(FrameworkDocument.parse(CONECTA_FRAMEWORK));
    changed.title.en = 'Conecta Teaching Framework (next)';
    for (const domain of changed.domains) domain.practices = domain.practices.filter((p) => p.code !== withdrawn.code);
    changed.domains = changed.domains.filter((d) => d.practices.length > 0);
    expect(await syncBuiltInFramework(ctx.db, changed)).toEqual({ written: true });
    const after = json(await as(cookies.teacher).get(`/api/v1/frameworks/${id}`));
    expect(after.title).toBe('Conecta Teaching Framework (next)');
    expect(practiceId(after, kept.code)).toBe(kept.id);
    expect(json(await as(cookie).get('/api/v1/me/growth-focus')).practiceIds).toEqual([kept.id]);

    expect(await syncBuiltInFramework(ctx.db)).toEqual({ written: true });
    const restored = json(await as(cookies.teacher).get(`/api/v1/frameworks/${id}`));
    expect(restored.title).toBe(before.title);
    expect(practiceId(restored, kept.code)).toBe(kept.id);
    expect(await syncBuiltInFramework(ctx.db)).toEqual({ written: false });
  });
});
