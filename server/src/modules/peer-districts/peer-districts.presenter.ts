import type { PeerComparison, PeerProfile } from '#core/contracts/peer-districts';
import type { IndicatorComparison } from '#core/peers/index';
import type { ProfileWithNames } from './peer-districts.repo';

export function presentProfile(row: ProfileWithNames | null): PeerProfile {
  if (!row)
    return {
      saved: false,
      studentCount: null,
      povertyRate: null,
      englishLearnerShare: null,
      urbanicity: null,
      optedIn: false,
      optedInBy: null,
      optedInAt: null,
      updatedAt: null,
    };
  return {
    saved: true,
    studentCount: row.studentCount,
    povertyRate: row.povertyRate,
    englishLearnerShare: row.englishLearnerShare,
    urbanicity: row.urbanicity,
    optedIn: row.optedIn,
    optedInBy: row.optedIn && row.optedInBy ? { id: row.optedInBy, name: row.optedInByName ?? '' } : null,
    optedInAt: row.optedIn && row.optedInAt ? row.optedInAt.toISOString() : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The comparison as it leaves: the district's own values and, per indicator, only the coarsened
 * peer median and quartiles — built field by field so nothing else from the peers can slip out.
 */
export function presentComparison(
  schoolYear: string,
  status: PeerComparison['status'],
  refreshedAt: Date | null,
  rows: IndicatorComparison[],
): PeerComparison {
  return {
    schoolYear,
    status,
    refreshedAt: refreshedAt ? refreshedAt.toISOString() : null,
    indicators: rows.map((row) => ({
      key: row.key,
      domain: row.domain,
      yours: row.yours,
      peers:
        status === 'ready' && row.peers ? { median: row.peers.median, low: row.peers.low, high: row.peers.high } : null,
      standing: status === 'ready' ? row.standing : null,
    })),
  };
}
