import type { Locale } from '../domain/roles';
import { isRuleId } from '../insights/ruleset';
import { RULE_PHRASES } from './rule-phrases';
import type { Reason } from './types';

/** Card practice tags as words in a sentence (docs/glossary.md terms); Spanish carries its article. */
export const TAG_LABELS: Record<Locale, Record<string, string>> = {
  en: {
    'checks-for-understanding': 'checks for understanding',
    questioning: 'questioning',
    'student-talk': 'student talk',
    supports: 'supports for every learner',
    objectives: 'objectives',
    planning: 'planning',
    reflection: 'reflection',
    pacing: 'pacing',
    misconceptions: 'misconceptions',
    feedback: 'feedback',
    closure: 'closure',
    modelling: 'modelling',
    review: 'review and retrieval',
  },
  es: {
    'checks-for-understanding': 'la verificación de la comprensión',
    questioning: 'las preguntas',
    'student-talk': 'la conversación entre estudiantes',
    supports: 'los apoyos para cada estudiante',
    objectives: 'los objetivos',
    planning: 'la planificación',
    reflection: 'la reflexión',
    pacing: 'el ritmo de la clase',
    misconceptions: 'las ideas erróneas',
    feedback: 'la retroalimentación',
    closure: 'el cierre',
    modelling: 'el modelado',
    review: 'el repaso y la recuperación',
  },
};

/** What a sentence may need from outside: a card's title in the reader's language. */
export type ReasonLookup = { cardTitle?: (cardId: string) => string | undefined };

export function tagLabel(tag: string, locale: Locale): string {
  return TAG_LABELS[locale][tag] ?? tag.replaceAll('-', ' ');
}

/** "Higher-order questioning" reads as "higher-order questioning" mid-sentence; "UDL options" keeps its capitals. */
function midSentence(title: string): string {
  const [first = '', second = ''] = title;
  return second && second === second.toLowerCase() ? first.toLowerCase() + title.slice(1) : title;
}

/** Long action steps are cut at a word, so the sentence stays one line. */
function clip(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/** The sentence shown with a recommendation, in English or Spanish. */
export function reasonText(reason: Reason, locale: Locale, lookup: ReasonLookup = {}): string {
  const es = locale === 'es';
  switch (reason.code) {
    case 'growth-focus':
      return es
        ? `Porque tu foco de crecimiento es ${midSentence(reason.practice)}`
        : `Because your growth focus is ${midSentence(reason.practice)}`;
    case 'plan-insight': {
      const one = reason.plans <= 1;
      const phrase = isRuleId(reason.ruleId) ? RULE_PHRASES[locale][reason.ruleId][one ? 0 : 1] : undefined;
      if (!phrase) {
        if (es)
          return one
            ? 'Por lo que mostró tu última planificación'
            : 'Por lo que mostraron tus planificaciones recientes';
        return one ? 'Because of what your last plan showed' : 'Because of what your recent plans showed';
      }
      if (es) {
        return one
          ? `Porque tu última planificación ${phrase}`
          : `Porque ${reason.plans} de tus planificaciones recientes ${phrase}`;
      }
      return one ? `Because your last plan ${phrase}` : `Because ${reason.plans} of your recent plans ${phrase}`;
    }
    case 'reflection-theme': {
      const topic = tagLabel(reason.practiceTag, locale);
      if (es) {
        return reason.reflections <= 1
          ? `Porque una de tus reflexiones recientes trata de ${topic}`
          : `Porque ${reason.reflections} de tus reflexiones recientes tratan de ${topic}`;
      }
      return reason.reflections <= 1
        ? `Because one of your recent reflections is about ${topic}`
        : `Because ${reason.reflections} of your recent reflections are about ${topic}`;
    }
    case 'action-step':
      return es
        ? `Por tu paso de acción: «${clip(reason.actionStep)}»`
        : `For your action step: “${clip(reason.actionStep)}”`;
    case 'similar-teachers':
      return es
        ? 'Docentes con clases como las tuyas lo encontraron útil'
        : 'Teachers in classes like yours found this useful';
    case 'liked-related': {
      const title = lookup.cardTitle?.(reason.cardId);
      if (title) return es ? `Porque te resultó útil «${title}»` : `Because you found “${title}” useful`;
      return es
        ? 'Porque se relaciona con una ficha de estrategia que te resultó útil'
        : 'Because it is related to a strategy card you found useful';
    }
    case 'new-to-you':
      return es ? 'Algo que aún no has visto' : 'Something you have not seen yet';
    case 'starter':
      return es ? 'Un buen punto de partida' : 'A good place to start';
  }
}
