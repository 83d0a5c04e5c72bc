import { parseArgs } from 'node:util';
import { migrateAndSeed, resetTarget, type Target } from './lib/databases';
import { BENCH_PASSWORD, DEFAULT_SCALE, teacherEmail } from './lib/seed';

// npm run seed:scale -- --teachers 2000 [--schools 20] [--classes-per-teacher 3]
//   [--database-url postgres://… | --data-dir ./data-bench] [--fresh]
async function main() {
  const { values } = parseArgs({
    options: {
      teachers: { type: 'string', default: String(DEFAULT_SCALE.teachers) },
      schools: { type: 'string', default: String(DEFAULT_SCALE.schools) },
      'classes-per-teacher': { type: 'string', default: String(DEFAULT_SCALE.classesPerTeacher) },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string', default: './data-bench' },
      fresh: { type: 'boolean', default: false },
    },
  });
  const scale = {
    teachers: positiveInt(values.teachers, '--teachers'),
    schools: positiveInt(values.schools, '--schools'),
    classesPerTeacher: positiveInt(values['classes-per-teacher'], '--classes-per-teacher'),
  };
  const target: Target = values['database-url']
    ? { kind: 'postgres', url: values['database-url'] }
    : { kind: 'pglite', dataDir: values['data-dir'] };

  const started = performance.now();
  if (values.fresh) await resetTarget(target);
  const { seed: result } = await migrateAndSeed(target, scale);
  const totalS = ((performance.now() - started) / 1000).toFixed(1);

  const where = target.kind === 'postgres' ? `PostgreSQL ${redact(target.url)}` : `PGlite in ${target.dataDir}`;
  process.stdout.write(
    [
      `Seeded ${where} (server ${result.serverVersion})${values.fresh ? ', fresh' : ''}:`,
      `  1 organization, ${result.schools} schools, ${result.users} users`,
      `  (${result.teachers} teachers, ${result.coaches} coaches, ${result.leaders} leaders, ${result.admins} admin),`,
      `  ${result.memberships} memberships, ${result.classes} classes, ${result.teams} teams (${result.teamMembers} members)`,
      `  migrations ${result.migrateMs} ms, inserts ${result.insertMs} ms, total ${totalS} s`,
      `  Sign in as ${teacherEmail(0)} … ${teacherEmail(scale.teachers - 1)} with password "${BENCH_PASSWORD}".`,
      '',
    ].join('\n'),
  );
}

function positiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive integer, not "${text}"`);
  return n;
}

/** Keeps a password in a URL out of the terminal. */
function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

main().catch((error: unknown) => {
  process.stderr.write(`seed:scale failed: ${(error as Error).message}\n`);
  process.exit(1);
});
