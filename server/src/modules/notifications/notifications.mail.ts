import type { NotificationKind, NotificationParams } from '#core/contracts/notifications';
import type { Locale } from '#core/domain/roles';

type Mail = { subject: string; text: string };
type Sentence = (p: NotificationParams, locale: Locale) => string;

const str = (value: NotificationParams[string] | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** A plain day (YYYY-MM-DD) as words, read as a calendar day (no time zone can move it). */
function day(value: NotificationParams[string] | undefined, locale: Locale) {
  const text = str(value);
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return text;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** An instant, in UTC and saying so: the server does not know the reader's time zone (the app shows local time). */
function moment(value: NotificationParams[string] | undefined, locale: Locale) {
  const date = new Date(str(value));
  if (Number.isNaN(date.getTime())) return str(value);
  // Components, not dateStyle: Intl refuses timeZoneName beside dateStyle.
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(date);
}

/** One sentence per kind, used as an email's subject and as a line of the daily digest. */
const sentences: Record<NotificationKind, { en: Sentence; es: Sentence }> = {
  'observation.scheduled': {
    en: (p, l) => `${str(p.observerName)} scheduled a visit to your classroom on ${moment(p.scheduledAt, l)}`,
    es: (p, l) => `${str(p.observerName)} programó una visita a tu clase el ${moment(p.scheduledAt, l)}`,
  },
  'observation.feedback-shared': {
    en: (p) => `${str(p.observerName)} shared feedback on your visit`,
    es: (p) => `${str(p.observerName)} compartió la retroalimentación de tu visita`,
  },
  'observation.teacher-responded': {
    en: (p) => `${str(p.teacherName)} responded to your feedback`,
    es: (p) => `${str(p.teacherName)} respondió a tu retroalimentación`,
  },
  'observation.follow-up-due': {
    en: (p, l) => `Follow-up with ${str(p.teacherName)} is due on ${day(p.followUpDue, l)}`,
    es: (p, l) => `El seguimiento con ${str(p.teacherName)} vence el ${day(p.followUpDue, l)}`,
  },
  'observation.follow-up-overdue': {
    en: (p, l) => `Follow-up with ${str(p.teacherName)} is overdue (it was due on ${day(p.followUpDue, l)})`,
    es: (p, l) => `El seguimiento con ${str(p.teacherName)} está atrasado (vencía el ${day(p.followUpDue, l)})`,
  },
  'comment.mention': {
    en: (p) => `${str(p.authorName)} mentioned you in a comment on “${str(p.targetTitle)}”`,
    es: (p) => `${str(p.authorName)} te mencionó en un comentario sobre «${str(p.targetTitle)}»`,
  },
  'walk.closed': {
    en: (p, l) =>
      `A learning walk visited classrooms at your school on ${day(p.date, l)}: see what was seen across the school`,
    es: (p, l) =>
      `Un recorrido de aprendizaje visitó aulas de tu escuela el ${day(p.date, l)}: mira lo que se vio en la escuela`,
  },
  'meeting.action-item-assigned': {
    en: (p, l) =>
      `${str(p.assignerName)} gave you an action item in the “${str(p.meetingTitle)}” meeting: ${str(p.text)} (due ${day(p.dueDate, l)})`,
    es: (p, l) =>
      `${str(p.assignerName)} te asignó una tarea en la reunión «${str(p.meetingTitle)}»: ${str(p.text)} (para el ${day(p.dueDate, l)})`,
  },
  'credential.submitted': {
    en: (p) => `${str(p.teacherName)} submitted the micro-credential “${str(p.title)}” for review`,
    es: (p) => `${str(p.teacherName)} envió la microcredencial «${str(p.title)}» para revisión`,
  },
  'credential.decided': {
    en: (p) =>
      p.decision === 'earned'
        ? `You earned the micro-credential “${str(p.title)}”: your badge is ready`
        : `${str(p.reviewerName)} reviewed “${str(p.title)}”: not yet — read the feedback and resubmit`,
    es: (p) =>
      p.decision === 'earned'
        ? `Obtuviste la microcredencial «${str(p.title)}»: tu insignia está lista`
        : `${str(p.reviewerName)} revisó «${str(p.title)}»: todavía no — lee la retroalimentación y vuelve a enviarla`,
  },
  'credential.revoked': {
    en: (p) => `Your district revoked your badge for the micro-credential “${str(p.title)}”`,
    es: (p) => `Tu distrito revocó tu insignia de la microcredencial «${str(p.title)}»`,
  },
  'recommendations.weekly': {
    en: (p) => `Three ideas for your week: ${str(p.titles)}. ${str(p.reason)}`,
    es: (p) => `Tres ideas para tu semana: ${str(p.titles)}. ${str(p.reason)}`,
  },
  'peer-request.received': {
    en: (p) => `${str(p.askerName)} asked to learn from you: open Learning requests to accept or decline`,
    es: (p) => `${str(p.askerName)} te pidió aprender de ti: abre Solicitudes de aprendizaje para aceptar o rechazar`,
  },
  'peer-request.accepted': {
    en: (p) => `${str(p.peerName)} accepted your request to learn from them: their email is in Learning requests`,
    es: (p) =>
      `${str(p.peerName)} aceptó tu solicitud para aprender de su práctica: su correo está en Solicitudes de aprendizaje`,
  },
  'community.reply': {
    en: (p) => `${str(p.authorName)} replied in “${str(p.threadTitle)}” (${str(p.communityName)})`,
    es: (p) => `${str(p.authorName)} respondió en «${str(p.threadTitle)}» (${str(p.communityName)})`,
  },
  'inquiry.stale': {
    en: (p) =>
      `Your inquiry “${str(p.question)}” has been open for ${str(p.days)} days: time to gather what you have and reflect?`,
    es: (p) =>
      `Tu indagación «${str(p.question)}» lleva ${str(p.days)} días abierta: ¿es hora de reunir lo que tienes y reflexionar?`,
  },
};

export function sentence(kind: NotificationKind, params: NotificationParams, locale: Locale) {
  return sentences[kind][locale](params, locale);
}

/** Mail bodies in the recipient's language, plain text like every Conecta mail. */
export const notificationMail = {
  single(
    locale: Locale,
    v: { name: string; kind: NotificationKind; params: NotificationParams; link: string | null; settingsUrl: string },
  ): Mail {
    const line = sentence(v.kind, v.params, locale);
    return locale === 'es'
      ? {
          subject: line,
          text: `Hola, ${v.name}:\n\n${line}.\n${v.link ? `\nÁbrelo en Conecta:\n${v.link}\n` : ''}\nRecibes este correo por tus preferencias de notificación. Puedes recibir un resumen diario o ningún correo en ${v.settingsUrl}`,
        }
      : {
          subject: line,
          text: `Hello ${v.name},\n\n${line}.\n${v.link ? `\nOpen it in Conecta:\n${v.link}\n` : ''}\nYou get this email because of your notification preferences. You can get a daily digest or no email at ${v.settingsUrl}`,
        };
  },

  digest(
    locale: Locale,
    v: {
      name: string;
      items: { kind: NotificationKind; params: NotificationParams; link: string | null }[];
      listUrl: string;
      settingsUrl: string;
    },
  ): Mail {
    const lines = v.items.map(
      (item) => `• ${sentence(item.kind, item.params, locale)}${item.link ? `\n  ${item.link}` : ''}`,
    );
    const n = v.items.length;
    return locale === 'es'
      ? {
          subject: n === 1 ? 'Conecta: 1 notificación nueva' : `Conecta: ${n} notificaciones nuevas`,
          text: `Hola, ${v.name}:\n\nTu resumen diario de Conecta:\n\n${lines.join('\n')}\n\nTodas tus notificaciones: ${v.listUrl}\nCambia cómo recibes los correos en ${v.settingsUrl}`,
        }
      : {
          subject: n === 1 ? 'Conecta: 1 new notification' : `Conecta: ${n} new notifications`,
          text: `Hello ${v.name},\n\nYour daily Conecta digest:\n\n${lines.join('\n')}\n\nAll your notifications: ${v.listUrl}\nChange how you get email at ${v.settingsUrl}`,
        };
  },
};
