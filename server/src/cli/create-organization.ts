import { parseArgs } from 'node:util';
import { z } from 'zod';
import { Email, LocaleSchema, Name } from '#core/contracts/common';
import { ORGANIZATION_KINDS } from '#core/domain/roles';
import { ConfigError, loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { createServices } from '../modules/api';
import { BootstrapError, createOrganizationWithAdmin } from '../modules/organizations/bootstrap';
import { createMailTransport } from '../platform/mail';

const USAGE = `Usage: npm run org:create -- --name "Distrito Norte" --admin-email ana@distrito.example --admin-name "Ana Pérez" [--locale es] [--kind district]`;

const Args = z.object({
  name: Name,
  'admin-email': Email,
  'admin-name': Name,
  locale: LocaleSchema.default('en'),
  kind: z.enum(ORGANIZATION_KINDS).default('district'),
});

/** Creates a deployment's first organization and invites its district admin; uses the same configuration as the server. */
async function main() {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-name': { type: 'string' },
      locale: { type: 'string' },
      kind: { type: 'string' },
    },
  });
  const parsed = Args.safeParse(values);
  if (!parsed.success) {
    throw new ConfigError(
      `${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n')}\n${USAGE}`,
    );
  }
  const config = loadConfig();
  const database = await openDatabase(
    config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir },
  );
  try {
    await database.migrate();
    const log = { warn: (o: object, m: string) => console.warn(m, o) } as never;
    const services = createServices({
      db: database.db,
      config,
      transport: createMailTransport(config.smtpUrl, config.mailFrom),
      log,
    });
    const a = parsed.data;
    const result = await createOrganizationWithAdmin(database.db, services.identity, {
      organizationName: a.name,
      kind: a.kind,
      locale: a.locale,
      adminEmail: a['admin-email'],
      adminName: a['admin-name'],
    });
    process.stdout.write(
      `Created ${result.organization.name}.\nInvitation for ${result.admin.email} (valid 7 days):\n  ${result.invitationLink}\n`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError || error instanceof BootstrapError ? error.message : (error as Error).stack}\n`,
  );
  process.exit(1);
});
