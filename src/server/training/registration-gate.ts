import type { Env } from '../env.ts';
import { AppError, msg } from '../errors.ts';

/**
 * Admission control for registration bursts (see docs/decisions/004-registration-admission-queue.md).
 *
 * Registrations to one session are serialised by the session lock anyway; letting 200 of them open a transaction at
 * once only makes 199 hold a pool connection while they wait on that lock, and starves every other request of the
 * pool (5-second connection wait, then 500s). The gate lets at most `perKey` registrations per session run at a time
 * in this process; the others wait in memory, in arrival order. The waiting line is bounded: beyond `maxQueued`
 * waiters, or after `maxWaitMs` in line, the request is refused at once with 503 and `Retry-After`, and nothing is
 * written. Several processes each have their own gate; the row lock still decides between them.
 */
export class BusyError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      503,
      'registration_busy',
      msg(
        `Beaucoup de personnes s’inscrivent en ce moment. Votre demande n’a pas été enregistrée\u00a0: réessayez dans ${retryAfterSeconds}\u00a0secondes.`,
        `Many people are registering right now. Your request was not recorded: try again in ${retryAfterSeconds} seconds.`,
      ),
      {},
      { retryAfterSeconds },
    );
  }
}

export interface GateOptions {
  /** Registrations of one session running at once in this process. */
  perKey: number;
  /** Waiting requests, all sessions together, before refusing with 503. */
  maxQueued: number;
  /** Longest wait in line before refusing with 503. */
  maxWaitMs: number;
  /** Sent as Retry-After. */
  retryAfterSeconds: number;
}

interface Waiter {
  start: () => void;
  timer: ReturnType<typeof setTimeout>;
}

export class RegistrationGate {
  private readonly active = new Map<string, number>();
  private readonly lines = new Map<string, Waiter[]>();
  private queued = 0;

  constructor(readonly options: GateOptions) {}

  /** Runs `work` when a slot of `key` is free; throws BusyError when the line is full or the wait too long. */
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    await this.enter(key);
    try {
      return await work();
    } finally {
      this.leave(key);
    }
  }

  /** Requests waiting and running, for tests and logs. */
  stats(): { queued: number; active: number } {
    let active = 0;
    for (const n of this.active.values()) active += n;
    return { queued: this.queued, active };
  }

  private enter(key: string): Promise<void> {
    const running = this.active.get(key) ?? 0;
    if (running < this.options.perKey) {
      this.active.set(key, running + 1);
      return Promise.resolve();
    }
    if (this.queued >= this.options.maxQueued)
      return Promise.reject(new BusyError(this.options.retryAfterSeconds));
    return new Promise<void>((resolve, reject) => {
      const line = this.lines.get(key) ?? [];
      this.lines.set(key, line);
      this.queued++;
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          const i = line.indexOf(waiter);
          if (i >= 0) line.splice(i, 1);
          if (line.length === 0 && this.lines.get(key) === line) this.lines.delete(key);
          this.queued--;
          reject(new BusyError(this.options.retryAfterSeconds));
        }, this.options.maxWaitMs),
      };
      line.push(waiter);
    });
  }

  private leave(key: string): void {
    const line = this.lines.get(key);
    const next = line?.shift();
    if (next) {
      // The slot passes straight to the next in line: the running count of the key does not change.
      if (line!.length === 0) this.lines.delete(key);
      this.queued--;
      next.start();
      return;
    }
    const running = (this.active.get(key) ?? 1) - 1;
    if (running <= 0) this.active.delete(key);
    else this.active.set(key, running);
  }
}

/** The gate's default settings: 4 registrations of one session at once, 2,000 waiting, 30 seconds in line at most. */
export const REGISTRATION_GATE: GateOptions = {
  perKey: 4,
  maxQueued: 2000,
  maxWaitMs: 30_000,
  retryAfterSeconds: 10,
};

/** The settings an operator chose (REGISTRATION_CONCURRENCY, REGISTRATION_QUEUE_MAX, REGISTRATION_WAIT_MS). */
export function gateOptionsFrom(
  env: Pick<Env, 'REGISTRATION_CONCURRENCY' | 'REGISTRATION_QUEUE_MAX' | 'REGISTRATION_WAIT_MS'>,
): GateOptions {
  return {
    perKey: env.REGISTRATION_CONCURRENCY,
    maxQueued: env.REGISTRATION_QUEUE_MAX,
    maxWaitMs: env.REGISTRATION_WAIT_MS,
    retryAfterSeconds: REGISTRATION_GATE.retryAfterSeconds,
  };
}

const gates = new WeakMap<object, RegistrationGate>();

/** One gate per application (per context), from its environment; tests may install a smaller one with `setGate`. */
export function gateFor(ctx: { env: Env }): RegistrationGate {
  let gate = gates.get(ctx);
  if (!gate) {
    gate = new RegistrationGate(gateOptionsFrom(ctx.env));
    gates.set(ctx, gate);
  }
  return gate;
}

export function setGate(ctx: { env: Env }, gate: RegistrationGate): void {
  gates.set(ctx, gate);
}
