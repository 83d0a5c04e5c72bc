import type { Locale, Role } from '#core/domain/roles';

/** The demo district as data: readable at a glance, and the seed code stays generic. */
export const DEMO_PASSWORD = 'conecta-demo';

type DemoPerson = {
  email: string;
  name: string;
  locale: Locale;
  roles: { role: Role; school: 0 | 1 | null }[];
  label?: string;
};
type DemoClass = { name: string; subject: string; gradeLevel: string; periodMinutes: number };

export const demoDistrict = {
  organization: { name: 'Distrito Demo', kind: 'district' as const, defaultLocale: 'es' as const },
  schools: ['Escuela Primaria Las Flores', 'Lincoln Middle School'],
  people: [
    {
      email: 'admin@example.org',
      name: 'Ana Administradora',
      locale: 'es',
      roles: [{ role: 'district_admin', school: null }],
      label: 'district admin (Spanish)',
    },
    {
      email: 'leader@example.org',
      name: 'Laura Leader',
      locale: 'en',
      roles: [{ role: 'school_leader', school: 1 }],
      label: 'school leader, Lincoln Middle School',
    },
    {
      email: 'directora@example.org',
      name: 'Diana Directora',
      locale: 'es',
      roles: [{ role: 'school_leader', school: 0 }],
    },
    {
      email: 'coach@example.org',
      name: 'Carlos Coach',
      locale: 'en',
      roles: [
        { role: 'coach', school: 1 },
        { role: 'facilitator', school: null },
      ],
      label: 'coach and facilitator, Lincoln Middle School',
    },
    { email: 'asesora@example.org', name: 'Alicia Asesora', locale: 'es', roles: [{ role: 'coach', school: 0 }] },
    {
      email: 'teacher@example.org',
      name: 'Taylor Teacher',
      locale: 'en',
      roles: [{ role: 'teacher', school: 1 }],
      label: 'teacher (English), Lincoln Middle School',
    },
    {
      email: 'maestra@example.org',
      name: 'María Maestra',
      locale: 'es',
      roles: [{ role: 'teacher', school: 0 }],
      label: 'teacher (Spanish), Escuela Primaria Las Flores',
    },
    { email: 'jordan.lee@example.org', name: 'Jordan Lee', locale: 'en', roles: [{ role: 'teacher', school: 1 }] },
    { email: 'sam.okafor@example.org', name: 'Sam Okafor', locale: 'en', roles: [{ role: 'teacher', school: 1 }] },
    { email: 'priya.nair@example.org', name: 'Priya Nair', locale: 'en', roles: [{ role: 'teacher', school: 1 }] },
    { email: 'chris.walker@example.org', name: 'Chris Walker', locale: 'en', roles: [{ role: 'teacher', school: 1 }] },
    { email: 'mei.chen@example.org', name: 'Mei Chen', locale: 'en', roles: [{ role: 'teacher', school: 1 }] },
    { email: 'jose.ramirez@example.org', name: 'José Ramírez', locale: 'es', roles: [{ role: 'teacher', school: 0 }] },
    {
      email: 'lucia.fernandez@example.org',
      name: 'Lucía Fernández',
      locale: 'es',
      roles: [{ role: 'teacher', school: 0 }],
    },
    { email: 'andres.gomez@example.org', name: 'Andrés Gómez', locale: 'es', roles: [{ role: 'teacher', school: 0 }] },
    {
      email: 'sofia.morales@example.org',
      name: 'Sofía Morales',
      locale: 'es',
      roles: [{ role: 'teacher', school: 0 }],
    },
    { email: 'diego.torres@example.org', name: 'Diego Torres', locale: 'es', roles: [{ role: 'teacher', school: 0 }] },
  ] satisfies DemoPerson[],
  /** Teams name their members by email; school null is a cross-school team. */
  teams: [
    {
      name: 'Grade 7 Math',
      school: 1,
      lead: 'teacher@example.org',
      members: ['jordan.lee@example.org', 'sam.okafor@example.org', 'coach@example.org'],
    },
    {
      name: 'Equipo de Lectura 3.º',
      school: 0,
      lead: 'maestra@example.org',
      members: ['jose.ramirez@example.org', 'lucia.fernandez@example.org', 'asesora@example.org'],
    },
    {
      name: 'Science Inquiry Network / Red de Indagación',
      school: null,
      lead: 'priya.nair@example.org',
      members: ['andres.gomez@example.org', 'mei.chen@example.org', 'sofia.morales@example.org'],
    },
  ] as const,
  /** Class sets handed to teachers in turn (2–3 each), per school language. */
  classSets: {
    en: [
      [
        { name: 'Math 7 — Period 1', subject: 'Mathematics', gradeLevel: '7', periodMinutes: 50 },
        { name: 'Math 7 — Period 3', subject: 'Mathematics', gradeLevel: '7', periodMinutes: 50 },
        { name: 'Math 8 — Period 5', subject: 'Mathematics', gradeLevel: '8', periodMinutes: 50 },
      ],
      [
        { name: 'English 6 — Period 2', subject: 'English Language Arts', gradeLevel: '6', periodMinutes: 55 },
        { name: 'English 6 — Period 4', subject: 'English Language Arts', gradeLevel: '6', periodMinutes: 55 },
      ],
      [
        { name: 'Science 7 — Period 1', subject: 'Science', gradeLevel: '7', periodMinutes: 50 },
        { name: 'Science 8 — Period 6', subject: 'Science', gradeLevel: '8', periodMinutes: 50 },
        { name: 'Life Science Lab', subject: 'Science', gradeLevel: '7', periodMinutes: 90 },
      ],
    ],
    es: [
      [
        { name: 'Lectura 3.º A', subject: 'Lengua', gradeLevel: '3', periodMinutes: 45 },
        { name: 'Lectura 3.º B', subject: 'Lengua', gradeLevel: '3', periodMinutes: 45 },
        { name: 'Escritura 3.º', subject: 'Lengua', gradeLevel: '3', periodMinutes: 45 },
      ],
      [
        { name: 'Matemáticas 4.º A', subject: 'Matemáticas', gradeLevel: '4', periodMinutes: 60 },
        { name: 'Matemáticas 4.º B', subject: 'Matemáticas', gradeLevel: '4', periodMinutes: 60 },
      ],
      [
        { name: 'Ciencias 5.º', subject: 'Ciencias Naturales', gradeLevel: '5', periodMinutes: 50 },
        { name: 'Ciencias 6.º', subject: 'Ciencias Naturales', gradeLevel: '6', periodMinutes: 50 },
      ],
    ],
  } satisfies Record<Locale, DemoClass[][]>,
};
