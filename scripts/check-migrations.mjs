#!/usr/bin/env node
// Fails when the Drizzle schema has changes that no checked-in migration captures:
// generates into a scratch copy of the migrations folder and looks for a new file.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const source = 'server/src/db/migrations';
// A path relative to the repository: drizzle-kit mangles absolute --out paths ("./" + "/tmp/…")
// and then reads and writes nothing, which would make this check pass whatever the schema.
mkdirSync('node_modules/.cache', { recursive: true });
const scratch = mkdtempSync(join('node_modules', '.cache', 'conecta-migrations-'));
try {
  cpSync(source, scratch, { recursive: true });
  const before = new Set(readdirSync(scratch));
  const output = execFileSync(
    'npx',
    [
      'drizzle-kit',
      'generate',
      '--dialect',
      'postgresql',
      '--schema',
      './server/src/db/schema.ts',
      '--out',
      scratch,
      '--casing',
      'snake_case',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
  );
  const added = readdirSync(scratch).filter((file) => !before.has(file));
  // drizzle-kit says so when it compared and found nothing; silence means it never read the folder.
  if (added.length === 0 && !/No schema changes/i.test(output)) {
    console.error(
      `drizzle-kit did not compare the schema with the migrations (a rename it wanted to ask about?):\n${output}`,
    );
    process.exitCode = 1;
  } else if (added.length > 0) {
    console.error(
      `Migrations are out of date with the schema. Run \`npm run db:generate\` and commit the result (would add: ${added.join(', ')}).`,
    );
    process.exitCode = 1;
  } else {
    console.log('Migrations match the schema.');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
