import { CPL_INDICATORS } from '#core/cpl/index';
import { schoolYearOf } from '#core/peers/school-year';
import { organizations } from '../../modules/organizations/organizations.table';
import { peerDistrictProfiles, peerDistrictSnapshots } from '../../modules/peer-districts/peer-districts.table';
import type { Tx } from '../client';

/**
 * Seven made-up districts so the demo can show "districts like yours" (adr/0008): each is an
 * organization with a context profile, opted in, and an indicator snapshot for this school year
 * and the last — no schools, no people, nothing else, so no other list in the app shows them.
 * Marked `synthetic`: the refresh job leaves their seeded snapshots alone.
 */
const SYNTHETIC = [
  { studentCount: 3900, povertyRate: 48, englishLearnerShare: 18, urbanicity: 'suburb' },
  { studentCount: 5200, povertyRate: 39, englishLearnerShare: 22, urbanicity: 'suburb' },
  { studentCount: 6100, povertyRate: 55, englishLearnerShare: 15, urbanicity: 'suburb' },
  { studentCount: 4500, povertyRate: 42, englishLearnerShare: 27, urbanicity: 'suburb' },
  { studentCount: 2800, povertyRate: 51, englishLearnerShare: 12, urbanicity: 'town' },
  { studentCount: 7400, povertyRate: 36, englishLearnerShare: 19, urbanicity: 'suburb' },
  { studentCount: 3300, povertyRate: 60, englishLearnerShare: 24, urbanicity: 'town' },
] as const;

/** A plausible value per indicator unit, varied by district and indicator, always the same. */
function valueFor(unit: string, district: number, indicator: number): number {
  const wobble = ((district * 7 + indicator * 3) % 10) / 10; // 0.0 … 0.9
  if (unit === 'share') return Math.round((0.35 + wobble * 0.45) * 100) / 100;
  if (unit === 'minutes') return Math.round(45 + wobble * 60);
  if (unit === 'days') return Math.round((2 + wobble * 8) * 10) / 10;
  return Math.round((0.5 + wobble * 2.5) * 10) / 10;
}

export async function seedDemoPeerDistricts(tx: Tx, today: string) {
  const current = schoolYearOf(today);
  const start = Number(current.slice(0, 4)) - 1;
  const years = [current, `${start}-${String((start + 1) % 100).padStart(2, '0')}`];
  const rows = await tx
    .insert(organizations)
    .values(
      SYNTHETIC.map((_, i) => ({ name: `Synthetic peer district ${String.fromCharCode(65 + i)} (demo, no people)` })),
    )
    .returning({ id: organizations.id });
  await tx.insert(peerDistrictProfiles).values(
    rows.map((row, i) => ({
      organizationId: row.id,
      ...SYNTHETIC[i]!,
      optedIn: true,
      optedInAt: new Date(`${today}T00:00:00Z`),
      synthetic: true,
    })),
  );
  await tx.insert(peerDistrictSnapshots).values(
    rows.flatMap((row, district) =>
      years.flatMap((schoolYear, y) =>
        CPL_INDICATORS.map((indicator, i) => ({
          organizationId: row.id,
          schoolYear,
          key: indicator.key,
          domain: indicator.domain,
          value: valueFor(indicator.unit, district + y, i),
          people: 12 + ((district * 5 + i) % 30),
        })),
      ),
    ),
  );
}
