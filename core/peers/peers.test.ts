import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedSchoolYear, SchoolYearParams } from '../contracts/self-assessment';
import { CPL_INDICATORS } from '../cpl/indicators';
import {
  COARSEN_STEPS,
  coarsen,
  compareIndicators,
  contextDistance,
  contextProblems,
  type DistrictContext,
  MIN_PEERS,
  PEER_GROUP,
  pickPeers,
  quantile,
  schoolYearOf,
  schoolYearSpan,
  URBANICITIES,
  urbanicityOfLocaleCode,
} from './index';

const context = fc.record({
  studentCount: fc.integer({ min: 1, max: 2_000_000 }),
  povertyRate: fc.double({ min: 0, max: 100, noNaN: true }),
  englishLearnerShare: fc.double({ min: 0, max: 100, noNaN: true }),
  urbanicity: fc.constantFrom(...URBANICITIES),
});
const own: DistrictContext = { studentCount: 5000, povertyRate: 40, englishLearnerShare: 15, urbanicity: 'suburb' };

describe('district context', () => {
  it('accepts valid contexts and names each bad field', () => {
    fc.assert(
      fc.property(context, (c) => {
        expect(contextProblems(c)).toEqual([]);
      }),
    );
    const bad = contextProblems({
      studentCount: 0,
      povertyRate: 101,
      englishLearnerShare: -1,
      urbanicity: 'moon' as never,
    });
    expect(bad.map((p) => p.path)).toEqual(['studentCount', 'povertyRate', 'englishLearnerShare', 'urbanicity']);
  });

  it('maps NCES locale codes to urbanicity', () => {
    expect(urbanicityOfLocaleCode(11)).toBe('city');
    expect(urbanicityOfLocaleCode(23)).toBe('suburb');
    expect(urbanicityOfLocaleCode(32)).toBe('town');
    expect(urbanicityOfLocaleCode(43)).toBe('rural');
    for (const code of [0, 10, 14, 44, 51, 12.5]) expect(urbanicityOfLocaleCode(code)).toBeNull();
  });

  it('school years run August to July', () => {
    expect(schoolYearOf('2026-08-01')).toBe('2026-27');
    expect(schoolYearOf('2027-07-31')).toBe('2026-27');
    expect(schoolYearOf('2099-12-01')).toBe('2099-00');
    expect(schoolYearSpan('2026-27')).toEqual({ from: '2026-08-01', to: '2027-07-31' });
    // Years before 1000 still give valid ISO days (the database would refuse "0-08-01").
    expect(schoolYearSpan('0000-01')).toEqual({ from: '0000-08-01', to: '0001-07-31' });
  });

  it('accepts only school years from 2000-01 to 2099-00, the second half following the first', () => {
    for (const ok of ['2000-01', '2026-27', '2099-00']) expect(BoundedSchoolYear.safeParse(ok).success).toBe(true);
    for (const bad of ['0000-01', '1999-00', '9998-99', '2100-01', '2026-28', '2026', '2026-2027'])
      expect(BoundedSchoolYear.safeParse(bad).success, bad).toBe(false);
    expect(SchoolYearParams.safeParse({ schoolYear: '9998-99' }).success).toBe(false);
  });
});

describe('similarity', () => {
  it('is a distance: zero to itself, symmetric, never negative', () => {
    fc.assert(
      fc.property(context, context, (a, b) => {
        expect(contextDistance(a, a)).toBe(0);
        expect(contextDistance(a, b)).toBeCloseTo(contextDistance(b, a), 12);
        expect(contextDistance(a, b)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('a tenfold size difference weighs as much as 50 points of poverty', () => {
    const bigger = { ...own, studentCount: 50_000 };
    const poorer = { ...own, povertyRate: 90 };
    expect(contextDistance(own, bigger)).toBeCloseTo(contextDistance(own, poorer), 12);
  });

  it('ranks the same urbanicity first, then by distance', () => {
    const candidates = [
      { context: { ...own, urbanicity: 'city' as const }, tieKey: 'a', item: 'identical but city' },
      { context: { ...own, povertyRate: 80 }, tieKey: 'b', item: 'far suburb' },
      { context: { ...own, povertyRate: 45 }, tieKey: 'c', item: 'near suburb' },
    ];
    expect(pickPeers(own, candidates)).toEqual(['near suburb', 'far suburb', 'identical but city']);
  });

  it('picks at most the bounded group, deterministically, whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ context, tieKey: fc.string({ minLength: 1, maxLength: 8 }) }), {
          selector: (c) => c.tieKey,
          maxLength: 30,
        }),
        fc.integer({ min: -3, max: 50 }),
        (list, k) => {
          const candidates = list.map((c) => ({ ...c, item: c.tieKey }));
          const picked = pickPeers(own, candidates, k);
          expect(picked.length).toBe(Math.min(Math.max(0, k), PEER_GROUP.max, candidates.length));
          expect(pickPeers(own, [...candidates].reverse(), k)).toEqual(picked);
        },
      ),
    );
  });

  it('breaks ties on the hashed key, not the order given', () => {
    const twin = (tieKey: string) => ({ context: own, tieKey, item: tieKey });
    expect(pickPeers(own, [twin('f'), twin('0'), twin('9')], 2)).toEqual(['0', '9']);
  });
});

describe('comparison', () => {
  const indicator = (value: number | null, people = 20, key = 'collab') => ({
    key,
    domain: 'collaboration',
    value,
    people,
  });

  it('quantiles interpolate between order statistics', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('coarsens shares to 5 points and larger numbers to two significant figures', () => {
    expect(coarsen(0.437)).toBe(0.45);
    expect(coarsen(0.42)).toBe(0.4);
    expect(coarsen(137)).toBe(140);
    expect(coarsen(1.234)).toBe(1.2);
    expect(coarsen(-0.01)).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        const y = coarsen(x);
        expect(Math.abs(y - x)).toBeLessThanOrEqual(Math.max(0.025, Math.abs(x) * 0.05) + 1e-9);
        expect(coarsen(y)).toBe(y);
      }),
    );
  });

  it('shows nothing of the peers with fewer than 5 usable values', () => {
    const four = [0.2, 0.4, 0.6, 0.8].map((v) => [indicator(v)]);
    const smallGroups = [0.1, 0.9].map((v) => [indicator(v, 4)]);
    const [row] = compareIndicators([indicator(0.5)], [...four, ...smallGroups, [indicator(null)]]);
    expect(row).toEqual({ key: 'collab', domain: 'collaboration', yours: 0.5, peers: null, standing: null });
  });

  it('with 5 or more peers gives median, middle half and standing', () => {
    const peers = [0.2, 0.3, 0.5, 0.7, 0.8].map((v) => [indicator(v)]);
    expect(compareIndicators([indicator(0.1)], peers)[0]).toMatchObject({
      peers: { median: 0.5, low: 0.3, high: 0.7 },
      standing: 'below',
    });
    expect(compareIndicators([indicator(0.9)], peers)[0]!.standing).toBe('above');
    expect(compareIndicators([indicator(0.5)], peers)[0]!.standing).toBe('within');
    expect(compareIndicators([indicator(0.5, 3)], peers)[0]).toMatchObject({ yours: null, standing: null });
  });

  it('rounds each statistic to its unit’s step, so a median on one district’s value does not tell it', () => {
    const minutes = (value: number) => [{ key: 'collaboration-minutes', domain: 'time', value, people: 9 }];
    // Five peers: the median is the third district's exact 88 minutes, unless rounded to the 10-minute step.
    const [row] = compareIndicators([], [63, 71, 88, 94, 117].map(minutes));
    expect(row!.peers).toEqual({ median: 90, low: 70, high: 90 });
    const days = (value: number) => [{ key: 'follow-up-delay', domain: 'feedback', value, people: 9 }];
    expect(compareIndicators([], [1.2, 2.4, 3.3, 6.1, 9.7].map(days))[0]!.peers).toEqual({
      median: 3,
      low: 2,
      high: 6,
    });
    const visits = (value: number) => [{ key: 'coaching-load', domain: 'time', value, people: 9 }];
    expect(compareIndicators([], [2, 3.1, 3.7, 4.6, 8].map(visits))[0]!.peers).toEqual({
      median: 3.5,
      low: 3,
      high: 4.5,
    });
    expect(coarsen(88, 10)).toBe(90);
    expect(coarsen(0.437, 0.05)).toBe(0.45);
  });

  it('publishes only multiples of the unit’s step: one equals a district’s value only if that value was on the step', () => {
    const keys = CPL_INDICATORS.map((i) => i.key);
    const scale = { share: 1, minutes: 400, days: 30, count: 20 } as const;
    const unitOf = new Map(CPL_INDICATORS.map((i) => [i.key as string, i.unit]));
    const peerList = fc.array(
      fc.array(
        fc.record({
          key: fc.constantFrom(...keys),
          domain: fc.constant('d'),
          value: fc.double({ min: 0, max: 1, noNaN: true }),
          people: fc.integer({ min: 5, max: 40 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      { minLength: 5, maxLength: 14 },
    );
    fc.assert(
      fc.property(peerList, (raw) => {
        const peers = raw.map((list) => list.map((i) => ({ ...i, value: i.value * scale[unitOf.get(i.key)!] })));
        for (const row of compareIndicators([], peers)) {
          if (row.peers === null) continue;
          const step = COARSEN_STEPS[unitOf.get(row.key)!];
          const inputs = peers.flatMap((list) => list.filter((i) => i.key === row.key).map((i) => i.value));
          for (const stat of Object.values(row.peers)) {
            const multiple = stat / step;
            expect(Math.abs(multiple - Math.round(multiple))).toBeLessThan(1e-9);
            for (const v of inputs)
              if (v === stat) expect(Math.abs(v / step - Math.round(v / step))).toBeLessThan(1e-9);
          }
        }
      }),
    );
  });

  it('never shows peer statistics resting on fewer than 5 districts, and only coarse numbers', () => {
    const peerList = fc.array(
      fc.array(
        fc.record({
          key: fc.constantFrom('a', 'b', 'c'),
          domain: fc.constant('d'),
          value: fc.option(fc.double({ min: 0, max: 200, noNaN: true })),
          people: fc.nat(30),
        }),
        { maxLength: 3 },
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(peerList, (peers) => {
        for (const row of compareIndicators([], peers)) {
          // As the comparison reads a peer: its first value for the key, usable or not.
          const usable = peers.filter((list) => {
            const first = list.find((i) => i.key === row.key);
            return first !== undefined && first.value !== null && first.people >= 5;
          }).length;
          if (row.peers === null) continue;
          expect(usable).toBeGreaterThanOrEqual(MIN_PEERS);
          for (const n of Object.values(row.peers)) expect(coarsen(n)).toBe(n);
          expect(row.peers.low).toBeLessThanOrEqual(row.peers.median);
          expect(row.peers.median).toBeLessThanOrEqual(row.peers.high);
        }
      }),
    );
  });
});
