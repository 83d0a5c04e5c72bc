import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { gradeLabel } from './gradeLabel';

const t = ((key: string, options?: { grade?: string }) =>
  options?.grade ? `${key}:${options.grade}` : key) as unknown as TFunction;

describe('gradeLabel', () => {
  it('names the standard levels and keeps other systems’ labels as they are', () => {
    expect(gradeLabel('K', t)).toBe('classes:grades.K');
    expect(gradeLabel('7', t)).toBe('classes:grades.numbered:7');
    expect(gradeLabel('12', t)).toBe('classes:grades.numbered:12');
    expect(gradeLabel('1.º ESO', t)).toBe('1.º ESO');
    expect(gradeLabel('13', t)).toBe('13');
  });
});
