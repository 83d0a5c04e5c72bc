import { randomUUID } from 'node:crypto';
import type { Tx } from '../client';
import { observationFeedback, observationFollowUps, observationNotes, observations } from '../schema';
import { addDays } from './demo-week';

/**
 * A few weeks of coaching at each demo school, so the coach's caseload, the teachers' feedback
 * and the leader's counts show something real on first start: visits at several stages, one
 * follow-up done on time, one late, one overdue, one coming up, and an unshared draft. Stored
 * as rows (not through the service) because their timestamps lie in the past. Taylor Teacher
 * and the journeys' own visits are left alone: the browser journeys schedule theirs.
 */
type Visit = {
  teacher: string;
  daysAgo: number;
  /** Days after the visit the feedback was shared; absent: not shared (a draft, or none). */
  sharedAfter?: number;
  draft?: boolean;
  /** Days after the follow-up date it was done; absent: not yet. */
  followedUpAfterDue?: number;
  progress?: 'done' | 'progressing' | 'not-yet';
};

type Text = { notes: string[]; strength: string; growthArea: string; step: string; how: string; response?: string };

const LINCOLN: Visit[] = [
  { teacher: 'jordan.lee@example.org', daysAgo: 40, sharedAfter: 1, followedUpAfterDue: 0, progress: 'done' },
  { teacher: 'sam.okafor@example.org', daysAgo: 30, sharedAfter: 4, followedUpAfterDue: 3, progress: 'progressing' },
  { teacher: 'priya.nair@example.org', daysAgo: 20, sharedAfter: 2 },
  { teacher: 'chris.walker@example.org', daysAgo: 9, sharedAfter: 3 },
  { teacher: 'mei.chen@example.org', daysAgo: 3, draft: true },
];
const LAS_FLORES: Visit[] = [
  { teacher: 'jose.ramirez@example.org', daysAgo: 35, sharedAfter: 2, followedUpAfterDue: -1, progress: 'done' },
  { teacher: 'andres.gomez@example.org', daysAgo: 12, sharedAfter: 1 },
];

const EN: Text = {
  notes: [
    'Opening: objective on the board; teacher reads it aloud, 3 students restate it when asked.',
    'Teacher asks "Why does that work?" — 4 hands up, the same 4 answer all segment.',
    'Pairs compare answers on whiteboards; 9 of 12 pairs show the same method.',
  ],
  strength: 'Students explained their methods to each other on the whiteboards, and you built on their words.',
  growthArea: 'The same few students answered the whole-class questions.',
  step: 'Give 10 seconds of think time, then call on names from the sticks.',
  how: 'Script three questions for tomorrow’s opening and practise the pause out loud once tonight.',
  response: 'Tried the sticks on Thursday: quieter students answered. The pause still feels long to me.',
};
const ES: Text = {
  notes: [
    'Inicio: el objetivo está en la pizarra; 2 alumnos lo explican con sus palabras.',
    'La maestra pregunta "¿cómo lo sabes?" y espera; responden 6 alumnos distintos.',
    'Ticket de salida: 18 de 24 resuelven bien el problema de reparto.',
  ],
  strength: 'Esperaste tras cada pregunta y respondieron alumnos que no suelen hablar.',
  growthArea: 'El cierre se hizo con prisa y el ticket de salida no se comentó.',
  step: 'Reserva los últimos 5 minutos para el ticket de salida y léelo antes de planificar la clase siguiente.',
  how: 'Pon una alarma a falta de 7 minutos durante una semana.',
  response: 'Lo probé tres días: el ticket me mostró quién necesitaba otro ejemplo.',
};

export async function seedDemoObservations(
  tx: Tx,
  organizationId: string,
  userId: (email: string) => string,
  today: string,
) {
  const coach = userId('coach@example.org');
  const asesora = userId('asesora@example.org');
  for (const visit of LINCOLN) await addVisit(tx, organizationId, coach, userId(visit.teacher), visit, EN, today);
  for (const visit of LAS_FLORES) await addVisit(tx, organizationId, asesora, userId(visit.teacher), visit, ES, today);
  // The next visit in the coach's calendar.
  await tx.insert(observations).values({
    organizationId,
    observerId: coach,
    teacherId: userId('jordan.lee@example.org'),
    kind: 'coaching',
    scheduledAt: at(addDays(today, 2), '10:15'),
    durationMinutes: 20,
    note: 'Following up on think time: the opening ten minutes.',
    followUpDue: addDays(today, 16),
  });
}

const at = (day: string, time: string) => new Date(`${day}T${time}:00.000Z`);

async function addVisit(
  tx: Tx,
  organizationId: string,
  observerId: string,
  teacherId: string,
  v: Visit,
  text: Text,
  today: string,
) {
  const day = addDays(today, -v.daysAgo);
  const followUpDue = addDays(day, 14);
  const shared = v.sharedAfter !== undefined;
  const status = v.followedUpAfterDue !== undefined ? 'followed-up' : shared ? 'feedback-shared' : 'observed';
  const [row] = await tx
    .insert(observations)
    .values({
      organizationId,
      observerId,
      teacherId,
      kind: 'coaching',
      status,
      scheduledAt: at(day, '09:30'),
      durationMinutes: 20,
      followUpDue,
      createdAt: at(addDays(day, -3), '16:00'),
      updatedAt: at(day, '10:00'),
    })
    .returning();
  const observationId = row!.id;
  await tx.insert(observationNotes).values(
    text.notes.map((note, i) => ({
      organizationId,
      observationId,
      clientId: randomUUID(),
      at: at(day, `09:${String(32 + i * 6)}`),
      text: note,
      createdAt: at(day, `09:${String(32 + i * 6)}`),
    })),
  );
  if (shared || v.draft)
    await tx.insert(observationFeedback).values({
      organizationId,
      observationId,
      strength: text.strength,
      growthArea: text.growthArea,
      actionStepText: text.step,
      howToPractise: text.how,
      sharedAt: shared ? at(addDays(day, v.sharedAfter!), '17:00') : null,
      teacherResponse: shared && v.followedUpAfterDue !== undefined ? (text.response ?? null) : null,
      respondedAt: shared && v.followedUpAfterDue !== undefined ? at(addDays(day, v.sharedAfter! + 1), '20:00') : null,
      createdAt: at(day, '15:00'),
      updatedAt: at(addDays(day, v.sharedAfter ?? 0), '17:00'),
    });
  if (v.followedUpAfterDue !== undefined)
    await tx.insert(observationFollowUps).values({
      organizationId,
      observationId,
      actionStepProgress: v.progress ?? 'done',
      at: at(addDays(followUpDue, v.followedUpAfterDue), '11:00'),
      byId: observerId,
    });
}
