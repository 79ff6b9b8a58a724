import { pageJson, type JsonBytes } from './dashboard.cache.ts';

/** A site waiting in a stage: since when, its rank by name, its stage, and its JSON up to the count of days. */
export interface WaitingSite {
  since: number;
  rank: number;
  stage: string;
  json: string;
}

/** The stalled sites at an instant (each as JSON), the first page as sent, and the instants they hold between. */
export interface Stalled {
  items: string[];
  first: JsonBytes;
  from: number;
  until: number;
}

const DAY = 86_400_000;

/**
 * Sites in the same stage for longer than the setting (stopped and autonomous sites are not waiting, see
 * loadNetwork in dashboard.service.ts), longest first, then by name; as JSON, with the first `shown` as a page.
 * Whole days as `daysBetween` counts them, from the kept instants. The kept list runs from the oldest stage change, so the days never increase along it: the walk stops at
 * the first site within the setting, and only sites with equal days need ordering by name. Also returns until when
 * the answer holds: the first instant a listed site's count of days moves, or the next site passes the setting.
 */
export function stalledJson(
  waiting: readonly WaitingSite[],
  at: number,
  stalledDays: number,
  shown: number,
): Stalled {
  const out: string[] = [];
  let group: WaitingSite[] = [];
  let groupDays = Number.NaN;
  let until = Number.POSITIVE_INFINITY;
  const flush = () => {
    if (group.length > 1) group.sort((a, b) => a.rank - b.rank);
    for (const s of group) out.push(`${s.json}${groupDays}}`);
    group = [];
  };
  for (const s of waiting) {
    const days = Math.floor((at - s.since) / DAY);
    if (!(days > stalledDays)) {
      until = Math.min(until, s.since + (stalledDays + 1) * DAY);
      break;
    }
    until = Math.min(until, s.since + (days + 1) * DAY);
    if (days !== groupDays) {
      flush();
      groupDays = days;
    }
    group.push(s);
  }
  flush();
  const first = pageJson(out.length, 0, shown, `[${out.slice(0, shown).join(',')}]`);
  return { items: out, first, from: at, until };
}
