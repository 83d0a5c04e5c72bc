import type { ImpactReportInput, ImpactReportMetric } from '#core/contracts/impact-report';
import type { Locale } from '#core/domain/roles';

const months = { en: ['Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb'], es: ['sep', 'oct', 'nov', 'dic', 'ene', 'feb'] };

const metric = (over: Partial<ImpactReportMetric> & Pick<ImpactReportMetric, 'label'>): ImpactReportMetric => ({
  unit: '%',
  value: null,
  suppressed: false,
  target: null,
  series: [],
  breakdown: [],
  ...over,
});

/**
 * A realistic report input in either language, for the sample script and the renderer's tests.
 * `hidden` is the number carried by every suppressed group: it must never be printed.
 */
export function sampleImpactReport(locale: Locale, hidden = 987654): ImpactReportInput {
  const es = locale === 'es';
  const m = months[locale];
  const series = (values: (number | 'hidden')[]) =>
    values.map((v, i) => ({
      period: m[i % m.length] as string,
      value: v === 'hidden' ? hidden : v,
      suppressed: v === 'hidden',
    }));
  return {
    locale,
    district: es ? 'Servicio Local de Educación Costa Central' : 'Riverside Unified School District',
    initiative: {
      name: es ? 'Preguntas que hacen pensar en todas las aulas' : 'Questioning that makes every student think',
      year: '2025–26',
      description: es
        ? 'Una iniciativa de tres años para que cada clase incluya preguntas abiertas, tiempo de espera y una verificación de comprensión antes del cierre.'
        : 'A three-year initiative so that every lesson includes open questions, wait time and a check for understanding before the close.',
      targetPractices: es
        ? ['Preguntas abiertas de orden superior', 'Tiempo de espera', 'Verificación de comprensión al cierre']
        : ['Open, higher-order questions', 'Wait time', 'Check for understanding before the close'],
    },
    generatedAt: '2026-02-27T10:30:00.000Z',
    levels: [
      {
        level: 1,
        title: es ? 'Reacción' : 'Reaction',
        completeness: 0.92,
        metrics: [
          metric({
            label: es ? 'Docentes que encontraron útil la sesión' : 'Teachers who found the session useful',
            value: 84,
            target: 80,
            series: series([71, 76, 'hidden', 80, 83, 84]),
          }),
        ],
      },
      {
        level: 2,
        title: es ? 'Aprendizaje' : 'Learning',
        completeness: 0.64,
        note: es
          ? 'La profundidad de la reflexión se mide con la rúbrica de cuatro niveles del distrito.'
          : 'Reflection depth is scored on the district’s four-point rubric.',
        metrics: [
          metric({
            label: es ? 'Reflexiones de nivel 3 o más' : 'Reflections at depth 3 or above',
            value: 41,
            target: 50,
            series: series([22, 28, 31, 35, 38, 41]),
          }),
        ],
      },
      {
        level: 3,
        title: es ? 'Apoyo organizacional' : 'Organisational support',
        completeness: 0.78,
        metrics: [
          metric({
            label: es ? 'Minutos de colaboración realizados por mes' : 'Collaboration minutes held per month',
            unit: es ? 'minutos' : 'minutes',
            value: 212,
            target: 240,
            series: series([150, 180, 195, 205, 'hidden', 212]),
            breakdown: [
              { label: 'Lincoln Elementary', value: 230, suppressed: false },
              { label: 'Roosevelt Middle School', value: 198, suppressed: false },
              {
                label: es
                  ? 'Escuela Secundaria de Artes y Ciencias Aplicadas Nuestra Señora del Valle Central'
                  : 'Harriet Tubman Academy of Applied Arts, Sciences and Early College Studies (North Campus)',
                value: 244,
                suppressed: false,
              },
              { label: es ? 'Escuela Rural Los Pinos' : 'Pine Ridge Rural School', value: hidden, suppressed: true },
            ],
          }),
        ],
      },
      {
        level: 4,
        title: es ? 'Uso en la práctica' : 'Use in practice',
        completeness: 0.7,
        metrics: [
          metric({
            label: es ? 'Planes con la práctica objetivo' : 'Plans with a target practice',
            value: 58,
            target: 70,
            series: series([31, 38, 45, 49, 55, 58]),
            breakdown: [
              { label: es ? 'Matemática' : 'Mathematics', value: 63, suppressed: false },
              { label: es ? 'Lenguaje' : 'English language arts', value: 55, suppressed: false },
              { label: es ? 'Ciencias' : 'Science', value: hidden, suppressed: true },
            ],
          }),
          metric({
            label: es ? '«Lo probé» en el aula' : '“I tried it” in class',
            unit: es ? 'planes' : 'plans',
            value: 126,
            series: series([12, 30, 55, 80, 104, 126]),
          }),
        ],
      },
      {
        level: 5,
        title: es ? 'Resultados de los estudiantes' : 'Student outcomes',
        completeness: 0.35,
        note: es
          ? 'Resultados por curso importados de la evaluación intermedia de matemática.'
          : 'Class-level results imported from the district math interim assessment.',
        metrics: [
          metric({
            label: es ? 'Estudiantes en nivel competente (matemática)' : 'Students proficient (math interim)',
            value: null,
            suppressed: true,
            target: 60,
            series: series([48, 'hidden', 54]),
            breakdown: [
              { label: 'Lincoln Elementary', value: 57, suppressed: false },
              { label: 'Roosevelt Middle School', value: hidden, suppressed: true },
            ],
          }),
        ],
      },
    ],
  };
}
