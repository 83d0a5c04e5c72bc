import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../insights/ruleset';
import { reasonText, TAG_LABELS } from './reasons';
import { RULE_PHRASES } from './rule-phrases';
import type { Reason } from './types';

describe('reasonText', () => {
  it('says why in English and Spanish', () => {
    const focus: Reason = { code: 'growth-focus', practice: 'Higher-order questioning' };
    expect(reasonText(focus, 'en')).toBe('Because your growth focus is higher-order questioning');
    expect(reasonText({ ...focus, practice: 'Preguntas de orden superior' }, 'es')).toBe(
      'Porque tu foco de crecimiento es preguntas de orden superior',
    );
    const insight: Reason = { code: 'plan-insight', ruleId: 'cfu.missing', plans: 3 };
    expect(reasonText(insight, 'en')).toBe('Because 3 of your recent plans had no check for understanding');
    expect(reasonText(insight, 'es')).toBe(
      'Porque 3 de tus planificaciones recientes no tenían verificación de la comprensión',
    );
    expect(reasonText({ ...insight, plans: 1 }, 'en')).toBe('Because your last plan had no check for understanding');
    expect(reasonText({ code: 'similar-teachers', teachers: 12 }, 'en')).toBe(
      'Teachers in classes like yours found this useful',
    );
    expect(reasonText({ code: 'reflection-theme', practiceTag: 'student-talk', reflections: 2 }, 'es')).toBe(
      'Porque 2 de tus reflexiones recientes tratan de la conversación entre estudiantes',
    );
  });

  it('names a liked card when it can look its title up, and stays true when it cannot', () => {
    const liked: Reason = { code: 'liked-related', cardId: 'closure' };
    expect(reasonText(liked, 'en', { cardTitle: () => 'Closure students lead' })).toBe(
      'Because you found “Closure students lead” useful',
    );
    expect(reasonText(liked, 'es')).toBe('Porque se relaciona con una ficha de estrategia que te resultó útil');
  });

  it('keeps capitals that belong to a name and clips long action steps', () => {
    expect(reasonText({ code: 'growth-focus', practice: 'UDL options' }, 'en')).toBe(
      'Because your growth focus is UDL options',
    );
    const text = reasonText({ code: 'action-step', actionStep: 'word '.repeat(40) }, 'en');
    expect(text.length).toBeLessThan(120);
    expect(text.endsWith('…”')).toBe(true);
  });

  it('has a phrase for every insight rule in both languages, and a fallback for unknown ones', () => {
    for (const locale of ['en', 'es'] as const) {
      for (const id of RULE_IDS)
        expect(
          RULE_PHRASES[locale][id]?.every((p) => p.length > 0),
          id,
        ).toBe(true);
      expect(Object.keys(TAG_LABELS[locale]).sort()).toEqual(Object.keys(TAG_LABELS.en).sort());
    }
    expect(reasonText({ code: 'plan-insight', ruleId: 'district.rule', plans: 2 }, 'en')).toBe(
      'Because of what your recent plans showed',
    );
  });
});
