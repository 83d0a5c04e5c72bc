import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../index';
import { find, ids, plan, run } from '../test-helpers';

const seg = (title: string, extra: Record<string, unknown> = {}) => ({ title, ...extra });

describe('objective rules', () => {
  it('objective.missing on an empty plan and blank strings, and nothing objective-specific else', () => {
    for (const objectives of [[], ['', '   ']]) {
      const fired = ids({ objectives });
      expect(fired).toContain('objective.missing');
      expect(fired).not.toContain('objective.vague-verb');
      expect(fired).not.toContain('objective.no-criterion');
    }
  });

  it('objective.vague-verb: conjugated, accented and upper-case forms, evidence in original words', () => {
    const en = find(
      run({ objectives: ['Students will UNDERSTAND how plate tectonics shape landforms'] }),
      'objective.vague-verb',
    );
    expect(en?.evidence).toEqual([{ field: 'objectives[0]', text: 'UNDERSTAND' }]);
    const es = find(
      run({ locale: 'es', objectives: ['Los estudiantes comprenderán el ciclo del agua'] }),
      'objective.vague-verb',
    );
    expect(es?.evidence[0]?.text).toBe('comprenderán');
    expect(es?.message).toMatch(/^¿/);
    expect(ids({ objectives: ['Students will be aware of safety rules'] })).toContain('objective.vague-verb');
    expect(ids({ locale: 'es', objectives: ['Familiarizarse con el laboratorio'] })).toContain('objective.vague-verb');
  });

  it('objective.vague-verb stays quiet when an observable verb stands beside it', () => {
    expect(ids({ objectives: ['Students will learn to solve two-step equations'] })).not.toContain(
      'objective.vague-verb',
    );
    expect(ids({ locale: 'es', objectives: ['Los alumnos aprenderán a resolver ecuaciones'] })).not.toContain(
      'objective.vague-verb',
    );
    // The second sentence is a separate objective: its observable verb does not rescue the first.
    expect(ids({ objectives: ['Students will know the planets. Students will sort them by size.'] })).toContain(
      'objective.vague-verb',
    );
  });

  it('objective.no-student-frame: teacher frames and topics, in both languages', () => {
    expect(ids({ objectives: ['I will explain the water cycle'] })).toContain('objective.no-student-frame');
    expect(ids({ objectives: ['Review of chapter 4'] })).toContain('objective.no-student-frame');
    expect(ids({ locale: 'es', objectives: ['Explicaré la fotosíntesis'] })).toContain('objective.no-student-frame');
    expect(ids({ locale: 'es', objectives: ['El docente presentará el tema'] })).toContain(
      'objective.no-student-frame',
    );
  });

  it('objective.no-student-frame accepts SWBAT, I can, Puedo, Los estudiantes and a bare verb', () => {
    for (const [locale, text] of [
      ['en', 'SWBAT compare ratios'],
      ['en', 'I can explain my reasoning'],
      ['en', 'Compare two fractions with unlike denominators'],
      ['es', 'Puedo explicar mi razonamiento'],
      ['es', 'Los estudiantes compararán fracciones'],
      ['es', 'Comparar fracciones con distinto denominador'],
    ] as const) {
      expect(ids({ locale, objectives: [text] }), text).not.toContain('objective.no-student-frame');
    }
  });

  it('objective.too-many: more than two objectives, or more than two actions in one', () => {
    expect(ids({ objectives: ['Students will list', 'Students will sort', 'Students will graph'] })).toContain(
      'objective.too-many',
    );
    expect(ids({ objectives: ['Students will read, summarize and critique an editorial'] })).toContain(
      'objective.too-many',
    );
    expect(ids({ objectives: ['Students will compare and contrast two poems'] })).not.toContain('objective.too-many');
    expect(ids({ objectives: ['SWBAT use a number line to find sums, solving 4 of 5 correctly'] })).not.toContain(
      'objective.too-many',
    );
  });

  it('objective.no-criterion looks at objectives and success criteria', () => {
    expect(ids({ objectives: ['Students will solve equations'] })).toContain('objective.no-criterion');
    expect(ids({ objectives: ['Given a graph, students will identify the slope'] })).not.toContain(
      'objective.no-criterion',
    );
    expect(
      ids({ objectives: ['Students will solve equations'], successCriteria: ['I get 4 out of 5 right'] }),
    ).not.toContain('objective.no-criterion');
    expect(ids({ locale: 'es', objectives: ['Resolverán ecuaciones según la rúbrica'] })).not.toContain(
      'objective.no-criterion',
    );
    expect(ids({ locale: 'es', objectives: ['Resolverán ecuaciones con un 80 % de logro'] })).not.toContain(
      'objective.no-criterion',
    );
  });
});

describe('timing and closure', () => {
  const segments = [
    seg('Launch', { minutes: 10 }),
    seg('Work', { minutes: null }),
    seg('Closure', { kind: 'closure', minutes: 2 }),
  ];

  it('timing rules do not apply without periodMinutes', () => {
    const fired = ids({ segments });
    expect(fired).not.toContain('timing.missing-minutes');
    expect(fired).not.toContain('timing.mismatch');
  });

  it('timing.missing-minutes and timing.mismatch with a period', () => {
    const insights = run({ periodMinutes: 50, segments });
    expect(find(insights, 'timing.missing-minutes')?.evidence).toEqual([
      { field: 'segments[1].minutes', text: 'Work' },
    ]);
    expect(find(insights, 'timing.mismatch')?.message).toContain('12');
  });

  it('timing.mismatch allows 10 %', () => {
    expect(ids({ periodMinutes: 50, segments: [seg('a', { minutes: 45 })] })).not.toContain('timing.mismatch');
    expect(ids({ periodMinutes: 50, segments: [seg('a', { minutes: 44 })] })).toContain('timing.mismatch');
  });

  it('closure.missing, closure by title, closure.too-short', () => {
    expect(ids({ segments: [seg('Practice', { minutes: 30 })] })).toContain('closure.missing');
    expect(ids({ segments: [seg('Wrap-up', { minutes: 5 })] })).not.toContain('closure.missing');
    expect(ids({ locale: 'es', segments: [seg('Cierre', { minutes: 5 })] })).not.toContain('closure.missing');
    expect(ids({ segments })).toContain('closure.too-short');
    expect(ids({ segments: [seg('Closure', { kind: 'closure', minutes: 3 })] })).not.toContain('closure.too-short');
    expect(ids({ segments: [seg('Closure', { kind: 'closure' })] })).not.toContain('closure.too-short');
  });
});

describe('checks for understanding', () => {
  it('cfu.missing before independent practice, satisfied by a structured check or a named technique', () => {
    const practice = seg('Practice', { kind: 'independent-practice', minutes: 20 });
    expect(find(run({ segments: [seg('Lesson', { minutes: 10 }), practice] }), 'cfu.missing')?.evidence[0]?.field).toBe(
      'segments[1]',
    );
    expect(
      ids({ segments: [seg('Lesson', { checkForUnderstanding: { technique: 'whiteboards' } }), practice] }),
    ).not.toContain('cfu.missing');
    expect(ids({ segments: [seg('Lesson', { description: 'Hinge question, then go.' }), practice] })).not.toContain(
      'cfu.missing',
    );
    // A check after the practice does not count.
    expect(ids({ segments: [practice, seg('Check', { description: 'Cold call three students' })] })).toContain(
      'cfu.missing',
    );
  });

  it('cfu.no-decision-rule and its strength', () => {
    const without = run({ segments: [seg('Model', { checkForUnderstanding: { technique: 'Thumbs up' } })] });
    expect(find(without, 'cfu.no-decision-rule')?.evidence[0]?.field).toBe('segments[0].checkForUnderstanding');
    const inText = run({
      segments: [
        seg('Model', {
          description: 'If fewer than 70% are right, reteach with the model.',
          checkForUnderstanding: { technique: 'Whiteboards' },
        }),
      ],
    });
    expect(find(inText, 'cfu.no-decision-rule')).toBeUndefined();
    expect(find(inText, 'strength.cfu-with-decision-rule')).toBeDefined();
    const es = run({
      locale: 'es',
      segments: [seg('Modelado', { checkForUnderstanding: { question: '¿Cuál es mayor?', decisionRule: '' } })],
    });
    expect(find(es, 'cfu.no-decision-rule')).toBeDefined();
  });

  it('cfu.long-gap counts consecutive minutes without a check', () => {
    const segments = [
      seg('A', { minutes: 10 }),
      seg('B', { minutes: 10, checkForUnderstanding: { technique: 'poll' } }),
      seg('C', { minutes: 12 }),
      seg('D', { minutes: 8 }),
    ];
    const gap = find(run({ segments }), 'cfu.long-gap');
    expect(gap?.evidence.map((e) => e.field)).toEqual(['segments[2]', 'segments[3]']);
    expect(ids({ segments: segments.slice(0, 3) })).not.toContain('cfu.long-gap');
  });

  it('cfu.long-gap is broken by a check in any form, and counts only consecutive minutes', () => {
    const gapWith = (middle: Record<string, unknown>, locale: 'en' | 'es' = 'en') =>
      ids({
        locale,
        segments: [seg('A', { minutes: 15 }), seg('B', { minutes: 10, ...middle }), seg('C', { minutes: 15 })],
      }).includes('cfu.long-gap');
    expect(gapWith({ description: 'Partners solve the next problem.' })).toBe(true);
    expect(gapWith({ kind: 'assessment' })).toBe(false);
    expect(gapWith({ checkForUnderstanding: { question: 'Which is larger?' } })).toBe(false);
    for (const description of [
      'Students show their answer on mini-whiteboards.',
      'Thumbs up or down for each step.',
      'I circulate and check the first problem.',
      'Cold-call three students.',
      'Complete the exit ticket.',
      'Quick check: two problems before moving on.',
      'Listen in on partner talk and note misconceptions.',
      'Error analysis: find the mistake in the worked example.',
    ]) {
      expect(gapWith({ description }), description).toBe(false);
    }
    for (const description of [
      'Muestran la respuesta en sus pizarras.',
      'Pulgares arriba o abajo.',
      'Llamado al azar con palitos.',
      'Circulo entre las mesas y reviso el primer paso.',
      'Muéstrame con los dedos cuántas sílabas tiene.',
      'Completan el ticket de salida.',
    ]) {
      expect(gapWith({ description }, 'es'), description).toBe(false);
    }
    // 15 minutes, a check, 15 minutes: two short stretches, not one long one.
    expect(gapWith({ minutes: 0, title: 'Exit ticket' })).toBe(false);
  });
});

describe('exit ticket and alignment', () => {
  const objectives = ['Students will analyze the causes of the Dust Bowl using two primary sources.'];

  it('exit-ticket.missing unless a ticket, an assessment segment or a named exit ticket exists', () => {
    expect(ids({ objectives })).toContain('exit-ticket.missing');
    expect(ids({ objectives, exitTicket: 'Why did the Dust Bowl happen?' })).not.toContain('exit-ticket.missing');
    expect(ids({ objectives, segments: [seg('Quiz', { kind: 'assessment' })] })).not.toContain('exit-ticket.missing');
    expect(ids({ locale: 'es', segments: [seg('Boleto de salida')] })).not.toContain('exit-ticket.missing');
  });

  it('alignment.exit-ticket-objective lists the objective terms', () => {
    const insight = find(
      run({ objectives, exitTicket: 'What did you like about today?' }),
      'alignment.exit-ticket-objective',
    );
    expect(insight?.evidence[1]?.text).toMatch(/Dust/);
    expect(ids({ objectives, exitTicket: 'Analyze one cause of the dust bowl.' })).not.toContain(
      'alignment.exit-ticket-objective',
    );
  });

  it('alignment.exit-ticket-objective sees words whose stem equals a stop-word ("masa" → "mas")', () => {
    const es = {
      locale: 'es' as const,
      objectives: ['Los estudiantes medirán la masa de tres objetos con una balanza.'],
      exitTicket: '¿Cuál es la masa de la piedra?',
    };
    expect(ids(es)).not.toContain('alignment.exit-ticket-objective');
    const en = {
      objectives: ['Students will identify the theme of a fable.'],
      exitTicket: 'Write the theme in one sentence.',
    };
    expect(ids(en)).not.toContain('alignment.exit-ticket-objective');
  });

  it('alignment.bloom-gap reports ranges and respects ambiguous verbs', () => {
    const gap = find(run({ objectives, exitTicket: 'List three causes of the Dust Bowl.' }), 'alignment.bloom-gap');
    expect(gap?.message).toContain('Analyze');
    expect(gap?.message).toContain('Remember');
    // "compare" is Understand–Analyze: an "explain" ticket (Understand–Analyze) is no gap.
    expect(
      ids({ objectives: ['Students will compare two maps'], exitTicket: 'Explain how the two maps differ.' }),
    ).not.toContain('alignment.bloom-gap');
    const es = find(
      run({ locale: 'es', objectives: ['Los estudiantes evaluarán dos fuentes'], exitTicket: 'Enumera las fuentes.' }),
      'alignment.bloom-gap',
    );
    expect(es?.message).toContain('Evaluar');
  });
});

describe('talk, questions and supports', () => {
  it('talk.no-structure and strength.structured-talk in both languages', () => {
    expect(ids({ segments: [seg('Work', { description: 'Students answer questions.' })] })).toContain(
      'talk.no-structure',
    );
    expect(ids({ segments: [seg('Work', { description: 'Turn-and-talk with your partner.' })] })).toContain(
      'strength.structured-talk',
    );
    expect(ids({ locale: 'es', segments: [seg('Trabajo', { description: 'Piensa, comparte en pareja.' })] })).toContain(
      'strength.structured-talk',
    );
    expect(ids()).not.toContain('talk.no-structure');
  });

  it('talk.teacher-dominated above 60 % of the minutes', () => {
    const segments = [
      seg('Lecture', { minutes: 35, grouping: 'whole-class', description: 'I explain the causes with slides.' }),
      seg('Practice', { minutes: 15, grouping: 'pairs', description: 'Pairs annotate.' }),
    ];
    expect(find(run({ segments }), 'talk.teacher-dominated')?.message).toContain('70');
    const student = [
      seg('Share', { minutes: 35, grouping: 'whole-class', description: 'Students explain their solutions.' }),
      segments[1],
    ];
    expect(ids({ segments: student as never })).not.toContain('talk.teacher-dominated');
  });

  it('questions.no-higher-order: why/how/justify count, how many does not', () => {
    expect(ids({ segments: [seg('Q', { description: 'How many sides does a hexagon have?' })] })).toContain(
      'questions.no-higher-order',
    );
    expect(ids({ segments: [seg('Q', { description: 'How do you know it is a hexagon?' })] })).toContain(
      'strength.higher-order',
    );
    expect(ids({ locale: 'es', segments: [seg('P', { description: '¿Cómo lo sabes?' })] })).toContain(
      'strength.higher-order',
    );
    expect(ids({ locale: 'es', exitTicket: 'Justifica tu respuesta.' })).toContain('strength.higher-order');
  });

  it('supports.missing, supports.generic and strength.specific-supports', () => {
    expect(ids()).toContain('supports.missing');
    const generic = find(run({ supports: [{ description: 'Differentiate as needed.' }] }), 'supports.generic');
    expect(generic?.evidence).toEqual([{ field: 'supports[0].description', text: 'Differentiate as needed.' }]);
    expect(
      ids({ locale: 'es', supports: [{ for: 'todos', description: 'Apoyo adicional según sea necesario' }] }),
    ).toContain('supports.generic');
    const specific = ids({
      supports: [{ for: 'English learners', description: 'Sentence frames for the discussion' }],
    });
    expect(specific).toContain('strength.specific-supports');
    expect(specific).not.toContain('supports.generic');
  });
});

describe('context rules', () => {
  const objectives = ['Students will compare fractions on a number line'];

  it('carry-forward only with a previous next-time', () => {
    expect(ids({ objectives })).not.toContain('carry-forward.unaddressed');
    expect(ids({ objectives }, { previousNextTime: '  ' })).not.toContain('carry-forward.unaddressed');
    expect(ids({ objectives }, { previousNextTime: 'Start with number lines' })).not.toContain(
      'carry-forward.unaddressed',
    );
    const insight = find(
      run({ objectives }, { previousNextTime: 'Use the timer for group work' }),
      'carry-forward.unaddressed',
    );
    expect(insight?.evidence[0]?.field).toBe('context.previousNextTime');
  });

  it('carry-forward counts a content word whose stem equals a stop-word ("notes" → "not")', () => {
    const cornell = { objectives, segments: [seg('Reading', { description: 'Students take Cornell notes.' })] };
    expect(ids(cornell, { previousNextTime: 'Collect their notes.' })).not.toContain('carry-forward.unaddressed');
    const comida = {
      locale: 'es' as const,
      objectives: ['Los estudiantes construirán una red trófica'],
      segments: [seg('Red', { description: 'Cada grupo ordena las tarjetas de comida.' })],
    };
    expect(ids(comida, { previousNextTime: 'Revisar la comida de cada animal.' })).not.toContain(
      'carry-forward.unaddressed',
    );
  });

  it('carry-forward needs a shared specific word: generic classroom words do not take a "next time" up', () => {
    const generic = {
      objectives,
      segments: [
        seg('Guided practice', { minutes: 15, description: 'Students practice in groups; I use the class time well.' }),
        seg('Independent work', { minutes: 15, description: 'Students work on the next lesson tasks.' }),
      ],
    };
    const nextTime = 'Next time use mini-whiteboards so students practice in groups before they work alone.';
    const insight = find(run(generic, { previousNextTime: nextTime }), 'carry-forward.unaddressed');
    expect(insight?.evidence).toEqual([{ field: 'context.previousNextTime', text: nextTime }]);
    const taken = {
      ...generic,
      segments: [...generic.segments, seg('Check', { minutes: 5, description: 'Hinge question on mini-whiteboards.' })],
    };
    expect(ids(taken, { previousNextTime: nextTime })).not.toContain('carry-forward.unaddressed');

    const es = {
      locale: 'es' as const,
      objectives: ['Los estudiantes compararán fracciones en la recta numérica'],
      segments: [
        seg('Práctica guiada', { minutes: 15, description: 'Los alumnos practican en grupos durante la clase.' }),
        seg('Trabajo individual', { minutes: 15, description: 'Ejercicios del libro; usar el tiempo de la tarea.' }),
      ],
    };
    const proxima = 'La próxima vez usar una pregunta bisagra antes de la práctica y del trabajo en grupos.';
    expect(ids(es, { previousNextTime: proxima })).toContain('carry-forward.unaddressed');
    const bisagra = { ...es, segments: [...es.segments, seg('Pregunta bisagra', { minutes: 3 })] };
    expect(ids(bisagra, { previousNextTime: proxima })).not.toContain('carry-forward.unaddressed');
  });

  it('focus.absent only with focus practices, matched by stemmed look-for terms', () => {
    expect(ids({ objectives })).not.toContain('focus.absent');
    const focus = { focusPractices: [{ id: 'cfu', lookForTerms: ['mini whiteboards'] }] };
    expect(ids({ objectives }, focus)).toContain('focus.absent');
    expect(
      ids({ objectives, segments: [seg('Check', { description: 'Mini-whiteboard check' })] }, focus),
    ).not.toContain('focus.absent');
    // The question names the practice as the teacher knows it, not its id.
    const titled = analyzePlan(
      { title: 'T', objectives, segments: [] },
      {
        focusPractices: [
          { id: '5f0c6d1e-0000-4000-8000-000000000001', title: 'Checks for understanding', lookForTerms: ['hinge'] },
        ],
      },
    ).insights.find((i) => i.ruleId === 'focus.absent');
    expect(titled?.message).toContain('Checks for understanding');
    expect(titled?.message).not.toContain('5f0c6d1e');
  });

  it('rationale.prompt at most once, and a parent key counts as a why', () => {
    const p = plan({
      objectives,
      segments: [seg('Work', { minutes: 20, grouping: 'pairs', checkForUnderstanding: { technique: 'poll' } })],
    });
    expect(analyzePlan(p).insights.filter((i) => i.ruleId === 'rationale.prompt')).toHaveLength(1);
    const explained = analyzePlan({
      ...p,
      rationale: { 'objectives[0]': 'why', 'segments[0]': 'why this segment' },
    }).insights;
    expect(find(explained, 'rationale.prompt')).toBeUndefined();
    const next = analyzePlan({ ...p, rationale: { 'objectives[0]': 'why' } }).insights;
    expect(find(next, 'rationale.prompt')?.evidence[0]?.field).toBe('segments[0].checkForUnderstanding');
  });

  it('dismissed rules are not returned', () => {
    const result = analyzePlan(plan(), { dismissedRuleIds: ['objective.missing', 'supports.missing'] });
    expect(result.insights.map((i) => i.ruleId)).not.toContain('objective.missing');
    expect(result.insights.map((i) => i.ruleId)).not.toContain('supports.missing');
    expect(result.rulesetVersion).toMatch(/^\d{4}\.\d+\.\d+$/);
  });
});
