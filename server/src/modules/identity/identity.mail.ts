import type { Locale } from '#core/domain/roles';

type Mail = { subject: string; text: string };

/** Mail bodies in the recipient's language. Plain text: it reads well on any phone and in the in-app outbox. */
export const identityMail = {
  invitation(locale: Locale, v: { name: string; inviterName: string; organizationName: string; link: string }): Mail {
    return locale === 'es'
      ? {
          subject: `Invitación a Conecta — ${v.organizationName}`,
          text: `Hola, ${v.name}:\n\n${v.inviterName} te invitó a Conecta de ${v.organizationName}.\nCrea tu contraseña con este enlace (vence en 7 días):\n\n${v.link}\n\nSi no esperabas esta invitación, ignora este mensaje.`,
        }
      : {
          subject: `You're invited to Conecta — ${v.organizationName}`,
          text: `Hello ${v.name},\n\n${v.inviterName} invited you to Conecta at ${v.organizationName}.\nSet your password with this link (it expires in 7 days):\n\n${v.link}\n\nIf you did not expect this invitation, you can ignore this message.`,
        };
  },

  passwordReset(locale: Locale, v: { name: string; link: string }): Mail {
    return locale === 'es'
      ? {
          subject: 'Restablecer tu contraseña de Conecta',
          text: `Hola, ${v.name}:\n\nPediste restablecer tu contraseña. Usa este enlace en la próxima hora; solo funciona una vez:\n\n${v.link}\n\nSi no lo pediste, ignora este mensaje: tu contraseña no cambia.`,
        }
      : {
          subject: 'Reset your Conecta password',
          text: `Hello ${v.name},\n\nYou asked to reset your password. Use this link within the next hour; it works once:\n\n${v.link}\n\nIf you did not ask for this, ignore this message: your password stays the same.`,
        };
  },
};
