import { describe, expect, it } from 'vitest';
import { GUSKEY_LEVELS, METRICS, metricsOfLevel } from './metrics';
import { PULSE_ITEMS } from './pulse-bank';

describe('metric catalogue', () => {
  it('has unique ids, both languages, and metrics on every level', () => {
    expect(new Set(METRICS.map((m) => m.id)).size).toBe(METRICS.length);
    for (const m of METRICS) expect(m.label.en && m.label.es).toBeTruthy();
    for (const level of GUSKEY_LEVELS) expect(metricsOfLevel(level).length).toBeGreaterThan(0);
  });

  it('every pulse item feeds a pulse metric', () => {
    for (const item of PULSE_ITEMS) expect(METRICS.find((m) => m.id === item.metric)?.source).toBe('pulses');
  });
});
