import { describe, expect, it } from 'vitest';
import { checkGoal, type GoalHintId, goalHintText, normalizeGoal, progressOf } from './index';

/** Goals coaches write, with the hints a thoughtful colleague would give. */
const CORPUS: { goal: string; hints: GoalHintId[] }[] = [
  // Good goals: students, a measure, a time frame.
  { goal: '80 % of students cite evidence in their written answers by March.', hints: [] },
  { goal: 'By the end of the unit, 3 out of 4 students explain their reasoning in writing.', hints: [] },
  { goal: 'Within 6 weeks, every pupil answers at least 2 hinge questions correctly on 80% of days.', hints: [] },
  { goal: 'Two thirds of my 7th-grade learners use academic vocabulary in discussions by 15 May.', hints: [] },
  { goal: 'Off-task minutes per lesson drop from 12 to 4 for students in period 3 before winter break.', hints: [] },
  { goal: 'El 80 % de los estudiantes cita evidencia en sus respuestas escritas para marzo.', hints: [] },
  { goal: 'Para fin de trimestre, ocho de cada diez alumnos justifican sus respuestas en voz alta.', hints: [] },
  {
    goal: 'En las próximas 6 semanas, el 70% de las alumnas y alumnos de 3.º resuelven problemas de dos pasos.',
    hints: [],
  },
  { goal: 'Los niños leen 60 palabras por minuto antes del 30/11.', hints: [] },
  { goal: 'Students write a claim with 2 pieces of evidence by 2026-03-20.', hints: [] },

  // Weak goals.
  { goal: 'I will use more turn-and-talk.', hints: ['teacherCentred', 'measure', 'timeFrame'] },
  { goal: 'Improve questioning.', hints: ['students', 'measure', 'timeFrame'] },
  { goal: 'Students participate more.', hints: ['measure', 'timeFrame'] },
  { goal: 'Students will cite evidence in their written answers by March.', hints: ['measure'] },
  { goal: '80% of students cite evidence in their written answers.', hints: ['timeFrame'] },
  { goal: 'I want to try cold calling with 3 questions per lesson by May.', hints: ['teacherCentred'] },
  { goal: 'Grade 7 students write better paragraphs this term.', hints: ['measure'] },
  { goal: 'Students in 5th grade improve by the end of the unit.', hints: ['measure'] },
  { goal: 'Voy a usar más preguntas abiertas.', hints: ['teacherCentred', 'measure', 'timeFrame'] },
  { goal: 'Mejorar la gestión del aula.', hints: ['teacherCentred', 'measure', 'timeFrame'] },
  { goal: 'Los estudiantes participan más en clase.', hints: ['measure', 'timeFrame'] },
  { goal: 'Que el 75 % de la clase entregue la tarea.', hints: ['students', 'timeFrame'] },
  { goal: 'Los alumnos de 2.º mejoran su escritura para el 15 de junio.', hints: ['measure'] },
  { goal: 'Once a week, kids read aloud in May.', hints: ['measure'] },
];

describe('checkGoal on a small corpus of good and weak goals', () => {
  for (const { goal, hints } of CORPUS) {
    it(`${goal} → ${hints.join(', ') || 'no hints'}`, () => {
      expect(checkGoal(goal).hints).toEqual(hints);
    });
  }
});

describe('checkGoal', () => {
  it('says nothing about a blank goal', () => {
    expect(checkGoal('  \n ')).toEqual({
      blank: true,
      namesStudents: false,
      teacherCentred: false,
      hasMeasure: false,
      hasTimeFrame: false,
      hints: [],
    });
  });

  it('reports each ingredient it found', () => {
    expect(checkGoal('80 % of students cite evidence by March')).toMatchObject({
      blank: false,
      namesStudents: true,
      teacherCentred: false,
      hasMeasure: true,
      hasTimeFrame: true,
    });
  });

  it('does not read "may" the verb as a month, nor a date or a grade as the measure', () => {
    expect(checkGoal('Students may explain their thinking').hasTimeFrame).toBe(false);
    expect(checkGoal('Students explain their thinking by May').hasTimeFrame).toBe(true);
    expect(checkGoal('Students explain their thinking by March 15').hasMeasure).toBe(false);
    expect(checkGoal('Los estudiantes de 7.º grado explican su razonamiento').hasMeasure).toBe(false);
    expect(checkGoal('Students explain their thinking in 4 weeks').hasMeasure).toBe(false);
  });

  it('is not fooled by accents, case or punctuation', () => {
    expect(normalizeGoal('¡Los NIÑOS —y las niñas— leen 60 palabras!')).toBe('los ninos y las ninas leen 60 palabras');
    expect(checkGoal('LOS ALUMNOS…').namesStudents).toBe(true);
    expect(normalizeGoal('7.º año, 30/11, 80%')).toBe('7.o ano 30/11 80%');
  });

  it('does not call a goal teacher-centred when it names students', () => {
    expect(checkGoal('I will get 80% of students citing evidence by March').hints).toEqual([]);
  });

  it('has every hint in English and Spanish', () => {
    for (const id of ['students', 'teacherCentred', 'measure', 'timeFrame'] as const) {
      expect(goalHintText(id, 'en')).toMatch(/\?|\.$/);
      expect(goalHintText(id, 'es')).not.toBe(goalHintText(id, 'en'));
    }
  });
});

describe('progressOf', () => {
  it('measures the way from baseline to target with the newest check, in either direction', () => {
    expect(progressOf(40, 80, [])).toEqual({ direction: 'up', latest: null, fraction: null, reached: false });
    expect(
      progressOf(40, 80, [
        { date: '2026-03-01', value: 70 },
        { date: '2026-02-01', value: 50 },
      ]),
    ).toEqual({ direction: 'up', latest: 70, fraction: 0.75, reached: false });
    expect(progressOf(12, 4, [{ date: '2026-03-01', value: 3 }])).toEqual({
      direction: 'down',
      latest: 3,
      fraction: 1,
      reached: true,
    });
    expect(progressOf(40, 80, [{ date: '2026-03-01', value: 20 }]).fraction).toBe(0);
  });
});
