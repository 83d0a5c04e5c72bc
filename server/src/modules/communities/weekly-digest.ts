import { isoWeekLabel, utcDay } from '#core/domain/calendar';
import type { Locale } from '#core/domain/roles';
import type { Db } from '../../db/client';
import { communitiesRepo as repo } from './communities.repo';

const WEEK_MS = 7 * 86_400_000;
/** Monday 07:00 UTC: the start of the school week in the Americas and Europe alike. */
export const DIGEST_HOUR_UTC = 7;

type Item = { title: string; communityName: string; newPosts: number; link: string };

export function digestMail(locale: Locale, v: { name: string; items: Item[]; settingsUrl: string }) {
  const lines = v.items.map((i) =>
    locale === 'es'
      ? `- ${i.title} (${i.communityName}): ${i.newPosts} ${i.newPosts === 1 ? 'aporte nuevo' : 'aportes nuevos'}\n  ${i.link}`
      : `- ${i.title} (${i.communityName}): ${i.newPosts} new ${i.newPosts === 1 ? 'post' : 'posts'}\n  ${i.link}`,
  );
  return locale === 'es'
    ? {
        subject: 'Tu semana en las comunidades de Conecta',
        text: `Hola, ${v.name}:\n\nEsta semana hubo aportes nuevos en las conversaciones que sigues:\n\n${lines.join('\n')}\n\nRecibes este resumen semanal porque sigues estas conversaciones. Deja de seguirlas desde cada conversación; tus preferencias están en ${v.settingsUrl}`,
      }
    : {
        subject: 'Your week in Conecta communities',
        text: `Hello ${v.name},\n\nThere were new posts this week in the threads you follow:\n\n${lines.join('\n')}\n\nYou receive this weekly digest because you follow these threads. Unfollow from each thread; your preferences are at ${v.settingsUrl}`,
      };
}

type Queue = (
  tx: Parameters<Parameters<Db['transaction']>[0]>[0],
  mail: {
    organizationId: string;
    to: string;
    subject: string;
    text: string;
  },
) => Promise<string>;

/**
 * The weekly digest of followed threads: for each person, one email listing the followed threads
 * with posts by others in the past seven days. (person, ISO week) is claimed in the same
 * transaction that queues the mail, so a second pass that week sends nobody a second digest.
 * People whose email preference is "off" get none.
 */
export function createWeeklyDigest(db: Db, queue: Queue, publicUrl: string) {
  return async function sendWeeklyDigests(now: Date): Promise<string[]> {
    const week = isoWeekLabel(utcDay(now));
    const items = await repo.digestItems(db, new Date(now.getTime() - WEEK_MS), now);
    const byPerson = new Map<string, typeof items>();
    for (const item of items) {
      const key = `${item.organizationId}:${item.userId}`;
      byPerson.set(key, [...(byPerson.get(key) ?? []), item]);
    }
    const mailIds: string[] = [];
    for (const list of byPerson.values()) {
      const { organizationId, userId } = list[0]!;
      const id = await db.transaction(async (tx) => {
        const person = await repo.recipient(tx, organizationId, userId);
        if (person?.status !== 'active' || person.emailPreference === 'off') return null;
        if (!(await repo.claimDigest(tx, organizationId, userId, week))) return null;
        const mail = digestMail(person.locale, {
          name: person.name,
          items: list.map((i) => ({
            title: i.title,
            communityName: i.communityName,
            newPosts: i.newPosts,
            link: `${publicUrl}/communities/threads/${i.threadId}`,
          })),
          settingsUrl: `${publicUrl}/settings`,
        });
        const mailId = await queue(tx, { organizationId, to: person.email, ...mail });
        await repo.recordDigestMail(tx, organizationId, userId, week, mailId);
        return mailId;
      });
      if (id) mailIds.push(id);
    }
    return mailIds;
  };
}
