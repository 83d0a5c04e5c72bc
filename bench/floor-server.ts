import Fastify from 'fastify';
import { expiryFrom } from '../server/src/modules/identity/limits';
import { verifyPassword } from '../server/src/modules/identity/passwords';
import { hashToken, newSecretToken } from '../server/src/modules/identity/secret-tokens';
import { openDriver } from './floor/driver';
import {
  CLASS_OWNER,
  CLASSES_OF_OWNER,
  INSERT_SESSION,
  PLAN_OF_OWNER,
  SAVE_PLAN_IF_VERSION,
  SESSION_PRINCIPAL,
  USER_BY_EMAIL,
} from './floor/sql';

/**
 * The floor: what each measured route costs with nothing but Fastify, the driver and the SQL
 * the route cannot do without. No auth plugin, helmet, metrics, Zod or Drizzle; the cookie holds
 * the raw token (unsigned). Run like the server: PORT, HOST, DATABASE_URL or CONECTA_DATA_DIR.
 */
const COOKIE = 'conecta_session';
const PAGE = 50;

type PrincipalRow = {
  id: string;
  organization_id: string;
  organization_name: string;
  name: string;
  email: string;
  locale: string;
  memberships: { id: string; role: string; schoolId: string | null }[];
};
type ClassRow = {
  id: string;
  school_id: string | null;
  owner_id: string;
  name: string;
  subject: string;
  grade_level: string;
  period_minutes: number;
  created_at: Date;
  owner_name: string;
};
type PlanRow = {
  id: string;
  organization_id: string;
  owner_id: string;
  class_id: string | null;
  title: string;
  date: string | null;
  locale: string;
  visibility: string;
  status: string;
  content: Record<string, unknown>;
  version: number;
  created_at: Date;
  updated_at: Date;
};
/** What a PUT sends: the plan's columns, the version it was editing, and the rest is the jsonb content. */
type PlanBody = {
  classId?: string | null;
  title: string;
  date?: string | null;
  locale?: string;
  visibility?: string;
  status?: string;
  version: number;
  [content: string]: unknown;
};

async function main() {
  const db = await openDriver(process.env);
  const app = Fastify({ logger: false });

  const principalOf = async (cookieHeader: string | undefined) => {
    const token = readCookie(cookieHeader);
    if (!token) return null;
    const [row] = await db.query<PrincipalRow>(SESSION_PRINCIPAL, [hashToken(token), 'active']);
    return row ?? null;
  };

  app.get('/healthz', async () => {
    await db.query('select 1', []);
    return { status: 'ok' };
  });

  // Login: user by email, scrypt verify with the server's own function and parameters, session insert.
  app.post('/api/v1/auth/login', async (request, reply) => {
    const body = request.body as { email?: unknown; password?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    const password = typeof body?.password === 'string' ? body.password : '';
    const [user] = await db.query<{
      id: string;
      organization_id: string;
      password_hash: string | null;
      status: string;
    }>(USER_BY_EMAIL, [email, 1]);
    if (user?.status !== 'active' || !user.password_hash || !(await verifyPassword(password, user.password_hash))) {
      return reply.code(401).send({ title: 'Unauthorized' });
    }
    const token = newSecretToken();
    const userAgent = request.headers['user-agent'] ?? null;
    await db.query(INSERT_SESSION, [
      hashToken(token),
      user.organization_id,
      user.id,
      expiryFrom(Date.now()),
      userAgent,
      request.ip,
    ]);
    reply.header('set-cookie', `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax`);
    return { user: { id: user.id, email } };
  });

  // /me: the one-query session → user → memberships lookup.
  app.get('/api/v1/me', async (request, reply) => {
    const p = await principalOf(request.headers.cookie);
    if (!p) return reply.code(401).send({ title: 'Unauthorized' });
    return {
      id: p.id,
      name: p.name,
      email: p.email,
      locale: p.locale,
      roles: p.memberships.map((m) => ({ role: m.role, organizationId: p.organization_id, schoolId: m.schoolId })),
      organization: { id: p.organization_id, name: p.organization_name },
    };
  });

  // /classes: the same session lookup, then the caller's classes (the server's two queries).
  app.get('/api/v1/classes', async (request, reply) => {
    const p = await principalOf(request.headers.cookie);
    if (!p) return reply.code(401).send({ title: 'Unauthorized' });
    const rows = await db.query<ClassRow>(CLASSES_OF_OWNER, [p.organization_id, p.id, PAGE + 1]);
    return {
      items: rows.slice(0, PAGE).map((r) => ({
        id: r.id,
        name: r.name,
        subject: r.subject,
        gradeLevel: r.grade_level,
        periodMinutes: r.period_minutes,
        ownerId: r.owner_id,
        ownerName: r.owner_name,
        schoolId: r.school_id,
        createdAt: r.created_at.toISOString(),
      })),
      // The bench dataset never has a second page; the cursor itself is not part of the floor.
      nextCursor: null,
    };
  });

  // A plan by id, for its owner: the session lookup and one select.
  app.get('/api/v1/lesson-plans/:id', async (request, reply) => {
    const p = await principalOf(request.headers.cookie);
    if (!p) return reply.code(401).send({ title: 'Unauthorized' });
    const { id } = request.params as { id: string };
    const [plan] = await db.query<PlanRow>(PLAN_OF_OWNER, [p.organization_id, id, p.id]);
    if (!plan) return reply.code(404).send({ title: 'Not Found' });
    return presentPlan(plan);
  });

  // A save: the session lookup, the plan (owner and version), the class check the app also makes
  // (only when the class changes, as the app does), then the save with its kept version in one
  // statement (planningRepo.saveIfVersion).
  app.put('/api/v1/lesson-plans/:id', async (request, reply) => {
    const p = await principalOf(request.headers.cookie);
    if (!p) return reply.code(401).send({ title: 'Unauthorized' });
    const { id } = request.params as { id: string };
    const { classId, title, date, locale, visibility, status, version, ...content } = request.body as PlanBody;
    const [current] = await db.query<PlanRow>(PLAN_OF_OWNER, [p.organization_id, id, p.id]);
    if (!current) return reply.code(404).send({ title: 'Not Found' });
    if (classId && classId !== current.class_id) {
      const [owned] = await db.query<{ owner_id: string }>(CLASS_OWNER, [p.organization_id, classId]);
      if (owned?.owner_id !== p.id) return reply.code(422).send({ title: 'Unprocessable Content' });
    }
    const [saved] = await db.query<PlanRow>(SAVE_PLAN_IF_VERSION, [
      p.organization_id,
      id,
      version,
      classId ?? null,
      title,
      date ?? null,
      locale ?? p.locale,
      visibility ?? 'private',
      status ?? null,
      JSON.stringify(content),
    ]);
    if (saved) return presentPlan(saved);
    const [now] = await db.query<PlanRow>(PLAN_OF_OWNER, [p.organization_id, id, p.id]);
    return reply.code(409).send({ title: 'Conflict', currentVersion: now?.version ?? current.version });
  });

  const shutdown = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
  await app.listen({ port: Number(process.env.PORT ?? 3100), host: process.env.HOST ?? '127.0.0.1' });
}

/** The app's LessonPlan: the jsonb content with the columns over it (planning.presenter.ts). */
function presentPlan(row: PlanRow) {
  return {
    ...row.content,
    classId: row.class_id,
    title: row.title,
    date: row.date,
    locale: row.locale,
    visibility: row.visibility,
    status: row.status,
    version: row.version,
    id: row.id,
    ownerId: row.owner_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function readCookie(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === COOKIE && value) return value;
  }
  return null;
}

main().catch((error: unknown) => {
  process.stderr.write(`floor server could not start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
