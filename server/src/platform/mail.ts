import nodemailer from 'nodemailer';

export type MailMessage = { to: string; subject: string; text: string };
export type MailTransport = { send: (message: MailMessage) => Promise<void> };

/** nodemailer over SMTP when SMTP_URL is set; otherwise null and mail stays in the outbox for an admin to read. */
export function createMailTransport(smtpUrl: string | null, from: string): MailTransport | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: async (message) => {
      await transport.sendMail({ from, ...message });
    },
  };
}
