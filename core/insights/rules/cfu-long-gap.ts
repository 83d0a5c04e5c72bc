import type { Rule } from '../types';

const GAP_MINUTES = 20;

/** Twenty minutes or more without checking means the teacher is guessing about learning. */
export const cfuLongGap: Rule = {
  ids: ['cfu.long-gap'],
  run(f) {
    let run: number[] = [];
    let minutes = 0;
    let worst: { run: number[]; minutes: number } | null = null;
    f.plan.segments.forEach((s, i) => {
      if (f.hasCheck(i)) {
        run = [];
        minutes = 0;
        return;
      }
      run.push(i);
      minutes += typeof s.minutes === 'number' ? s.minutes : 0;
      if (minutes >= GAP_MINUTES && (worst === null || minutes > worst.minutes)) worst = { run: [...run], minutes };
    });
    if (worst === null) return [];
    const found = worst as { run: number[]; minutes: number };
    const evidence = found.run.map((i) => ({
      field: `segments[${i}]`,
      text: `${f.plan.segments[i]?.title ?? ''} (${f.plan.segments[i]?.minutes ?? 0} min)`,
    }));
    const segments = found.run.map((i) => f.plan.segments[i]?.title || `#${i + 1}`).join(', ');
    return [f.insight('cfu.long-gap', evidence, { minutes: found.minutes, segments })];
  },
};
