/**
 * Prints the offline evaluation table: `npx tsx bench/recommend-eval.ts [seed …]`.
 * Synthetic teachers only (core/recommend/harness/world.ts): it shows the engine uses its signals sensibly, not
 * how real teachers will respond.
 */
import { DEFAULT_WORLD, type Row, runHarness } from '../core/recommend/harness/evaluate';

const seeds = process.argv.slice(2).map(Number).filter(Number.isFinite);
const runs = (seeds.length ? seeds : [1, 2, 3, 4, 5]).map((seed) => ({ seed, rows: runHarness(seed) }));

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const mean = (rows: Row[][], i: number, key: 'precisionAt5' | 'coverage') =>
  rows.reduce((sum, r) => sum + (r[i]?.[key] ?? 0), 0) / rows.length;

const { teachers, extraCards, peersPerGroup } = DEFAULT_WORLD;
console.log(
  `Synthetic district: ${teachers} teachers, 25 library + ${extraCards} synthetic cards, ${peersPerGroup} peers per subject × grade band; seeds ${runs.map((r) => r.seed).join(', ')}.\n`,
);
console.log('| Ranker | precision@5 (mean) | precision@5 (min–max) | catalogue coverage (mean) |');
console.log('| --- | --: | --: | --: |');
const all = runs.map((r) => r.rows);
runs[0]?.rows.forEach((row, i) => {
  const p = all.map((rows) => rows[i]?.precisionAt5 ?? 0);
  console.log(
    `| ${row.ranker} | ${pct(mean(all, i, 'precisionAt5'))} | ${pct(Math.min(...p))}–${pct(Math.max(...p))} | ${pct(mean(all, i, 'coverage'))} |`,
  );
});
