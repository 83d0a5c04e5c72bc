import { BENCH_PASSWORD, teacherEmail } from './seed';

/**
 * Signs in `count` distinct teachers through the server under test and returns their session
 * cookies (name=value). Four at a time: scrypt runs on libuv's four threads anyway.
 */
export async function signInPool(baseUrl: string, teachers: number, count: number): Promise<string[]> {
  const indexes = Array.from({ length: Math.min(count, teachers) }, (_, i) => teachers - 1 - i);
  const cookies: string[] = [];
  const worker = async () => {
    for (let index = indexes.pop(); index !== undefined; index = indexes.pop()) {
      cookies.push(await signIn(baseUrl, teacherEmail(index)));
    }
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
export async function checkAnswers(baseUrl: string, cookie: string, classesPerTeacher: number) {
  const get = async (path: string) => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
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
  return { meBytes: me.bytes, classesBytes: classes.bytes };
}
