import { describe, expect, it } from 'vitest';
import { analyzeReflection } from './analyze';
import { fold, originalSpan } from './normalize';
import { splitSentences } from './sentences';

const ids = (text: string, locale: 'en' | 'es' = 'en', field = 'whyAndAlternatives') =>
  analyzeReflection({ [field]: text }, locale).indicators.map((i) => `${i.id}=${i.text}`);

describe('fold', () => {
  it('lowercases, strips accents and maps back to the original span', () => {
    const input = 'QUIZÁS la Próxima vez';
    const f = fold(input);
    expect(f.text).toBe('quizas la proxima vez');
    expect(originalSpan(input, f, 10, 17)).toBe('Próxima');
  });

  it('handles decomposed accents, curly apostrophes, odd spaces and astral characters', () => {
    const input = 'Qui\u0301za\u0301s  I\u2019m\u00a0\u00a0going 👩🏽‍🏫 ok';
    const f = fold(input);
    expect(f.text).toBe("quizas i'm going 👩🏽‍🏫 ok");
    expect(originalSpan(input, f, 0, 6)).toBe('Qui\u0301za\u0301s');
  });

  it('keeps line breaks as sentence boundaries', () => {
    expect(fold('one\r\n\r\n two').text).toBe('one\ntwo');
    const text = 'first line\nsecond. third? 2.5 stays';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'first line',
      'second.',
      'third?',
      '2.5 stays',
    ]);
  });
});

describe('matching', () => {
  it('is case- and accent-insensitive and reports the original words', () => {
    expect(ids('QUIZÁS fue el ritmo.', 'es')).toContain('alternative.hedge=QUIZÁS');
    expect(ids('quizas fue el ritmo', 'es')).toContain('alternative.hedge=quizas');
    expect(ids('A lo mejor no entendieron.', 'es')).toContain('alternative.hedge=A lo mejor');
    expect(ids('PERHAPS the pacing.')).toContain('alternative.hedge=PERHAPS');
  });

  it('matches whole words only', () => {
    expect(ids('The becauseway is a street.')).not.toContain('causal.because=because');
    expect(ids('Mightiness.')).toEqual([]);
  });

  it('understands conjugations and variants', () => {
    expect(ids('Suponía que ya sabían dividir.', 'es')).toContain('assumption.suponia=Suponía');
    expect(ids('Supuse que lo habían visto.', 'es')).toContain('assumption.suponia=Supuse');
    expect(ids('Daba por hecho que leían.', 'es')).toContain('assumption.suponia=Daba por hecho');
    expect(ids("I'd assumed they knew it.")).toContain("assumption.i-assumed=I'd assumed");
    expect(ids('I realized I expected them to know it.')).toContain(
      'assumption.realized-expected=I realized I expected',
    );
    expect(ids('Mañana voy a modelar.', 'es', 'nextTime')).toEqual(
      expect.arrayContaining(['future-plan.next-time=Mañana', 'future-plan.voy-a=voy a']),
    );
    expect(ids('Empezaré con un ejemplo.', 'es', 'nextTime')).toContain('future-plan.future-tense=Empezaré');
    expect(ids('Llegué por la mañana.', 'es')).not.toContain('future-plan.next-time=mañana');
  });

  it('finds counts in many forms', () => {
    expect(ids('12 of 26 got it.')).toContain('evidence.count=12 of 26');
    expect(ids('Only 12/26 finished.')).toContain('evidence.count=12/26');
    expect(ids('About 80% did.')).toContain('evidence.count=80%');
    expect(ids('Half the class did.')).toContain('evidence.count=Half the class');
    expect(ids('Doce de 26 lo lograron.', 'es')).toContain('evidence.count=Doce de 26');
    expect(ids('La mitad no terminó.', 'es')).toContain('evidence.count=La mitad');
    expect(ids('Meeting on 3/4/2024.')).not.toContain('evidence.count=3/4');
  });

  it('finds student quotes and reported speech, and keeps quoted words out of the teacher’s reasons', () => {
    expect(ids('Luis said «no entiendo nada».', 'es')).toContain('evidence.quote=«no entiendo nada»');
    expect(ids('She said “because it is bigger”.')).toEqual(['evidence.quote=“because it is bigger”']);
    expect(ids('A kid asked "why do we need this?"')).toContain('evidence.quote="why do we need this?"');
    expect(ids('A kid asked "why do we need this?"')).not.toContain(expect.stringMatching(/^self-question/));
    expect(ids('One student said it felt easy.')).toContain('evidence.report=One student said');
    expect(ids('Un alumno dijo que no entendía.', 'es')).toContain('evidence.report=Un alumno dijo');
    // Scare quotes around a short term are not a student's words.
    expect(ids('We did the "do now".')).toEqual([]);
  });

  it('finds self-questions in English and Spanish', () => {
    expect(ids('Did I go too fast? I think so.')).toContain('self-question.question=Did I go too fast?');
    expect(ids('Me quedé pensando: ¿les di tiempo suficiente?', 'es')).toContain(
      'self-question.question=¿les di tiempo suficiente?',
    );
  });

  it('does not read "since Monday" as a reason', () => {
    expect(ids('Since Monday they have been tired.')).toEqual([]);
    expect(ids('Since I skipped the model, they guessed.')).toContain('causal.since=Since');
  });

  it('does not read "¿para qué sirve?" as a purpose', () => {
    expect(ids('¿Para qué sirve esto?', 'es')).not.toContain('causal.para-que=Para qué');
    expect(ids('Agrupé a los chicos para que se ayudaran.', 'es')).toContain('causal.para-que=para que');
  });

  it("counts students' mistakes as evidence, not the teacher's", () => {
    expect(ids('I made mistakes on the slides.')).toEqual([]);
    expect(ids('Their mistakes were all sign errors.')).toContain('evidence.student-work=Their mistakes');
    expect(ids('Cometí errores en la pizarra.', 'es')).toEqual([]);
    expect(ids('Los errores comunes fueron de signo.', 'es')).toContain('evidence.student-work=errores comunes');
  });

  it('treats a blaming rhetorical question as blame, not as a self-question', () => {
    const found = ids("Why won't they ever do the reading?");
    expect(found).toContain("blame.students=Why won't they ever");
    expect(found).not.toContain(expect.stringMatching(/^self-question/));
    expect(ids('¿Por qué nunca traen el material?', 'es')).toContain('blame.students=Por qué nunca');
  });

  it('reports the field each indicator came from', () => {
    const r = analyzeReflection({ whatHappened: 'Fine.', nextTime: 'Next time I will model it.' }, 'en');
    expect(r.indicators.every((i) => i.field === 'nextTime')).toBe(true);
  });
});
