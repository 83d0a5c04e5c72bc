import { LessonPlan } from '#core/contracts/planning';
import type { BenchPlan } from './plan';
import { BENCH_PASSWORD, sessionTeacher, teacherEmail } from './seed';

/**
 * Signs in `count` distinct teachers through the server under test and returns their session
 * cookies (name=value): cookies[i] is teacher sessionTeacher(i), who owns the plans seeded for
 * session i. Four at a time: scrypt runs on libuv's four threads anyway.
 */
export async function signInPool(baseUrl: string, teachers: number, count: number): Promise<string[]> {
  const emails = Array.from({ length: Math.min(count, teachers) }, (_, session) =>
    teacherEmail(sessionTeacher(session, teachers)),
  );
  return signInAll(baseUrl, emails);
}

/** Session cookies for these seeded people, in order, four sign-ins at a time. */
export async function signInAll(baseUrl: string, emails: string[]): Promise<string[]> {
  const cookies: string[] = new Array(emails.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < emails.length; i = next++) cookies[i] = await signIn(baseUrl, emails[i]!);
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return cookies;
}

async function signIn(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';', 1)[0]!)
    .find((pair) => pair.startsWith('conecta_session='));
  if (response.status !== 200 || !cookie) throw new Error(`sign-in as ${email} failed: HTTP ${response.status}`);
  return cookie;
}

/**
 * Before any load: both servers must answer the measured routes with the same data, or their
 * numbers would not be comparable. Returns the response sizes, which go into the results.
 */
export async function checkAnswers(
  baseUrl: string,
  cookies: string[],
  classesPerTeacher: number,
  plan: BenchPlan | undefined,
) {
  const cookie = cookies[0]!;
  const get = async (path: string, as = cookie) => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie: as } });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`GET ${path}: HTTP ${response.status} ${text.slice(0, 200)}`);
    return { body: JSON.parse(text) as Record<string, unknown>, bytes: Buffer.byteLength(text) };
  };
  const me = await get('/api/v1/me');
  const classes = await get('/api/v1/classes');
  const roles = me.body.roles as unknown[] | undefined;
  const items = classes.body.items as unknown[] | undefined;
  if (roles?.length !== 1) throw new Error(`GET /api/v1/me: expected one role, got ${JSON.stringify(me.body)}`);
  if (items?.length !== classesPerTeacher) {
    throw new Error(`GET /api/v1/classes: expected ${classesPerTeacher} classes, got ${items?.length ?? 'none'}`);
  }
  if (!plan) return { meBytes: me.bytes, classesBytes: classes.bytes, planBytes: null };
  const read = await get(`/api/v1/lesson-plans/${plan.id}`, cookies[plan.session]);
  // The API's own schema, strict: the floor's hand-built answer must have exactly the app's fields.
  const parsed = LessonPlan.strict().safeParse(read.body);
  if (!parsed.success || parsed.data.id !== plan.id || parsed.data.segments.length !== 8) {
    throw new Error(
      `GET /api/v1/lesson-plans/${plan.id}: not the seeded plan: ${parsed.error?.message ?? JSON.stringify(read.body)}`,
    );
  }
  return { meBytes: me.bytes, classesBytes: classes.bytes, planBytes: read.bytes };
}
