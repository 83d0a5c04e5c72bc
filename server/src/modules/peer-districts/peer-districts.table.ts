import { boolean, doublePrecision, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { URBANICITIES } from '#core/peers/context';
import { users } from '../identity/identity.table';
import { organizations, tenantId } from '../organizations/organizations.table';

const at = () => timestamp({ withTimezone: true, precision: 3 });

/**
 * A district's context for "districts like yours" and its opt-in (issue 6; adr/0008). One row per
 * district, written by its admins. Only opted-in districts are ever read by another tenant, and
 * then only through `peerDistrictsRepo.readOptedInPeersAcrossTenants`.
 */
export const peerDistrictProfiles = pgTable('peer_district_profiles', {
  organizationId: uuid()
    .primaryKey()
    .references(() => organizations.id),
  studentCount: integer().notNull(),
  povertyRate: doublePrecision().notNull(),
  englishLearnerShare: doublePrecision().notNull(),
  urbanicity: text({ enum: URBANICITIES }).notNull(),
  optedIn: boolean().notNull().default(false),
  optedInBy: uuid().references(() => users.id),
  optedInAt: at(),
  /** Null only for a synthetic district (the demo's), which has no people. */
  updatedBy: uuid().references(() => users.id),
  updatedAt: at().notNull().defaultNow(),
  /** When the context last changed after the first save: a district may change it once a day. */
  contextChangedAt: at(),
  /**
   * A demo district made up so the demo can show a comparison: its snapshot is seeded, never
   * refreshed from the platform (it has no people, so a refresh would empty it).
   */
  synthetic: boolean().notNull().default(false),
});

/**
 * An opted-in district's indicators for one school year, refreshed by a job (daily, and on demand
 * after opting in). `people` is how many distinct people the value rests on, so a value from fewer
 * than 5 is never used in anyone's comparison. Deleted when the district opts out.
 */
export const peerDistrictSnapshots = pgTable(
  'peer_district_snapshots',
  {
    organizationId: tenantId(),
    schoolYear: text().notNull(),
    key: text().notNull(),
    domain: text().notNull(),
    value: doublePrecision(),
    people: integer().notNull(),
    refreshedAt: at().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.schoolYear, t.key] })],
);
