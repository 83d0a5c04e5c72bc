#!/usr/bin/env node
// Fails when the Drizzle schema has changes that no checked-in migration captures:
// generates into a scratch copy of the migrations folder and looks for a new file.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const source = 'server/src/db/migrations';
const scratch = mkdtempSync(join(tmpdir(), 'conecta-migrations-'));
try {
  cpSync(source, scratch, { recursive: true });
  const before = new Set(readdirSync(scratch));
  execFileSync(
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
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const added = readdirSync(scratch).filter((file) => !before.has(file));
  if (added.length > 0) {
    console.error(
      `Migrations are out of date with the schema. Run \`npm run db:generate\` and commit the result (would add: ${added.join(', ')}).`,
    );
    process.exit(1);
  }
  console.log('Migrations match the schema.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
