import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { conflict } from '../common/problem.exception.js';
import { IdempotencyRepository } from './idempotency.repository.js';
import { KeyedLock } from '../common/keyed-lock.js';

export type IdempotentStart =
  /** This request runs; it must `finish` with its answer, or `abandon` the key when it fails. */
  | { kind: 'claimed'; finish(status: number, body: unknown): Promise<void>; abandon(): Promise<void> }
  /** An earlier request with this key and body already answered: send the same answer. */
  | { kind: 'replay'; status: number; body: unknown };

/** How long a duplicate waits for the first request before answering 409 "still in progress". */
const WAIT_MS = 10_000;
const FIRST_POLL_MS = 25;
const MAX_POLL_MS = 500;

const stillRunning = (key: string) =>
  conflict(
    `A request with the Idempotency-Key "${key}" is still being processed. Retry in a moment to get its answer.`,
  ).withHeaders({ 'retry-after': 1 });

const reused = (key: string) =>
  conflict(
    `The Idempotency-Key "${key}" was already used with a different request (method, path or body). ` +
      'Send a new key with a new request; keys are remembered for 24 hours.',
  );

/**
 * The first request with a key runs; duplicates get its stored answer. Duplicates in this process wait
 * their turn behind it (no polling); a duplicate whose first request runs in another process looks again
 * with growing pauses. Either way it gives up with a 409 after WAIT_MS.
 */
@Injectable()
export class IdempotencyService {
  private readonly lock = new KeyedLock();

  constructor(private readonly store: IdempotencyRepository) {}

  async start(caller: string, key: string, fingerprint: string): Promise<IdempotentStart> {
    const deadline = Date.now() + WAIT_MS;
    const release = await this.lock.acquire(`${caller} ${key}`, WAIT_MS);
    if (!release) throw stillRunning(key);
    try {
      for (let pause = FIRST_POLL_MS; ; pause = Math.min(pause * 2, MAX_POLL_MS)) {
        const claim = randomUUID();
        if (await this.store.claim({ caller, key, fingerprint, claim })) {
          return {
            kind: 'claimed',
            finish: (status, body) =>
              this.store.complete(caller, key, claim, status, JSON.stringify(body ?? null)).finally(release),
            abandon: () => this.store.release(caller, key, claim).finally(release),
          };
        }
        const row = await this.store.find(caller, key);
        if (!row) continue; // given back between the two statements: claim it
        if (row.fingerprint !== fingerprint) throw reused(key);
        if (row.status !== null) {
          release();
          return { kind: 'replay', status: row.status, body: JSON.parse(row.body ?? 'null') };
        }
        if (Date.now() + pause > deadline) throw stillRunning(key);
        await delay(pause);
      }
    } catch (error) {
      release();
      throw error;
    }
  }
}
