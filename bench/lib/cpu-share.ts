import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time used during a run, by whom: this bench process (the load generator), the server
 * under test, PostgreSQL, and everything else. On a shared 2-core machine "everything else"
 * (another test suite, say) skews the numbers, so each measurement records it.
 */
export type CpuShare = { client: number; server: number; postgres: number; other: number };
type Snapshot = { at: number; ticks: Map<number, { ticks: number; comm: string }> };

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export function cpuSnapshot(): Snapshot {
  const ticks = new Map<number, { ticks: number; comm: string }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      // Fields 14 and 15 of /proc/<pid>/stat (utime, stime), counted after the ") ".
      ticks.set(Number(name), { ticks: Number(fields[11]) + Number(fields[12]), comm });
    } catch {
      // the process ended between readdir and read
    }
  }
  return { at: performance.now(), ticks };
}

/** Average cores used by each party between two snapshots (processes born in between count from zero). */
export function cpuShare(before: Snapshot, after: Snapshot, serverPid: number): CpuShare {
  const share: CpuShare = { client: 0, server: 0, postgres: 0, other: 0 };
  for (const [pid, now] of after.ticks) {
    const used = now.ticks - (before.ticks.get(pid)?.ticks ?? 0);
    if (used <= 0) continue;
    const party =
      pid === process.pid ? 'client' : pid === serverPid ? 'server' : now.comm === 'postgres' ? 'postgres' : 'other';
    share[party] += used;
  }
  const seconds = (after.at - before.at) / 1000;
  const cores = (ticks: number) => Math.round((ticks / TICKS_PER_SECOND / seconds) * 100) / 100;
  return {
    client: cores(share.client),
    server: cores(share.server),
    postgres: cores(share.postgres),
    other: cores(share.other),
  };
}
