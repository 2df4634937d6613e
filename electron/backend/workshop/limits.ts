/**
 * Limits of the participant server: request size, request rate per address, and how many
 * push connections it keeps. Tests and the benchmark pass their own.
 */
export interface Limits {
  /** Largest request body accepted, in bytes. */
  maxBody: number;
  /** Sustained requests per second per client address, and the burst allowed above it. */
  ratePerSecond: number;
  burst: number;
  /** Room-code guesses per minute per client address. */
  codeTriesPerMinute: number;
  /** Open push connections (phones keep one each). */
  maxStreams: number;
}

export const DEFAULT_LIMITS: Limits = { maxBody: 16 * 1024, ratePerSecond: 20, burst: 80, codeTriesPerMinute: 10, maxStreams: 700 };

/** Token buckets keyed by client address. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {}

  take(key: string, at = Date.now()): boolean {
    const b = this.buckets.get(key) ?? { tokens: this.burst, at };
    b.tokens = Math.min(this.burst, b.tokens + ((at - b.at) / 1000) * this.perSecond);
    b.at = at;
    this.buckets.set(key, b);
    if (this.buckets.size > 10_000) this.buckets.clear();
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }
}
