import { describe, expect, it } from 'vitest';
import { AnalyzeReflectionBody, Reflection, ReflectionAnalysis, ReflectionInput } from '../contracts/reflections';
import { analyzeReflection } from './analyze';

describe('reflection contracts', () => {
  it('needs at least one non-blank answer', () => {
    expect(ReflectionInput.safeParse({}).success).toBe(false);
    const blank = ReflectionInput.safeParse({ whatHappened: '   ', nextTime: '\n' });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues[0]?.message).toMatch(/at least one/);
    expect(ReflectionInput.safeParse({ nextTime: 'Model it.' }).success).toBe(true);
  });

  it('bounds each answer at 10,000 characters', () => {
    expect(ReflectionInput.safeParse({ whatHappened: 'a'.repeat(10_000) }).success).toBe(true);
    expect(ReflectionInput.safeParse({ whatHappened: 'a'.repeat(10_001) }).success).toBe(false);
  });

  it('requires a locale on the stateless route body', () => {
    expect(AnalyzeReflectionBody.safeParse({ whatHappened: 'x' }).success).toBe(false);
    expect(AnalyzeReflectionBody.safeParse({ whatHappened: 'x', locale: 'es' }).success).toBe(true);
    expect(AnalyzeReflectionBody.safeParse({ whatHappened: ' ', locale: 'es' }).success).toBe(false);
  });

  it('accepts what the analyzer returns, and a stored reflection', () => {
    const input = { whatHappened: 'Groups stalled because my directions were long.' };
    const analysis = analyzeReflection(input, 'en');
    expect(ReflectionAnalysis.parse(analysis)).toMatchObject({ level: 2, label: 'descriptive-reflective' });
    const stored = { ...input, ...analysis, id: 'r1', planId: 'p1', authorId: 'u1', createdAt: '2026-01-01T00:00:00Z' };
    expect(Reflection.safeParse(stored).success).toBe(true);
  });
});
