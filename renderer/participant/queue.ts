/**
 * The phone's votes: kept in localStorage until the server acknowledges them, so a lost
 * Wi-Fi connection loses nothing. One entry per (touchpoint, measure): the latest wins.
 */
export interface Vote {
  touchpointId: string;
  measure: string;
  value: number | null;
  text: string | null;
}

export interface Stored {
  participantId: string | null;
  /** Votes not yet acknowledged, by touchpoint|measure. */
  queue: Record<string, Vote>;
  /** The phone's latest choice per touchpoint|measure (what the buttons show). */
  mine: Record<string, Vote>;
}

const keyOf = (token: string) => `journey-audit-workshop:${token}`;

export function load(token: string): Stored {
  try {
    const raw = localStorage.getItem(keyOf(token));
    if (raw) {
      const v = JSON.parse(raw) as Stored;
      return { participantId: v.participantId || null, queue: v.queue || {}, mine: v.mine || {} };
    }
  } catch {
    // Storage can be unavailable (private mode): the page still works, without surviving a reload.
  }
  return { participantId: null, queue: {}, mine: {} };
}

export function save(token: string, s: Stored): void {
  try {
    localStorage.setItem(keyOf(token), JSON.stringify(s));
  } catch {
    // See load().
  }
}

export const voteKey = (v: Pick<Vote, 'touchpointId' | 'measure'>): string => `${v.touchpointId}|${v.measure}`;
