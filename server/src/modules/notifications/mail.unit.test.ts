import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '#core/contracts/notifications';
import { notificationMail, sentence } from './notifications.mail';

const params = {
  observerName: 'Sam Lee',
  teacherName: 'Ana Ruiz',
  scheduledAt: '2099-10-05T09:30:00.000Z',
  followUpDue: '2099-03-16',
};

describe('notification mail', () => {
  it('has a sentence for every kind in both languages, with its names and dates', () => {
    for (const kind of NOTIFICATION_KINDS)
      for (const locale of ['en', 'es'] as const) {
        const line = sentence(kind, params, locale);
        expect(line.length).toBeGreaterThan(10);
        expect(line).not.toContain('undefined');
      }
    expect(sentence('observation.scheduled', params, 'es')).toBe(
      'Sam Lee programó una visita a tu clase el lunes, 5 de octubre de 2099, 9:30 UTC',
    );
    expect(sentence('observation.follow-up-overdue', params, 'en')).toBe(
      'Follow-up with Ana Ruiz is overdue (it was due on March 16, 2099)',
    );
  });

  it('writes a digest with one line per notification and its link', () => {
    const mail = notificationMail.digest('en', {
      name: 'Sam',
      items: [
        { kind: 'observation.follow-up-due', params, link: 'https://c.test/observations/1' },
        { kind: 'observation.teacher-responded', params, link: null },
      ],
      listUrl: 'https://c.test/notifications',
      settingsUrl: 'https://c.test/settings',
    });
    expect(mail.subject).toBe('Conecta: 2 new notifications');
    expect(mail.text).toContain('• Follow-up with Ana Ruiz is due on March 16, 2099\n  https://c.test/observations/1');
    expect(mail.text).toContain('• Ana Ruiz responded to your feedback');
  });
});
