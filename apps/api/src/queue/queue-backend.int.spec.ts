import { ConsoleLogger, Logger } from '@nestjs/common';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_SERVER_URL, type TestDatabase } from '../../test/support/test-database.js';
import { createQueueBackend, type QueueBackend } from './queue-backend.js';

/** Keeps the lines logged at error level, instead of printing them, for whoever waits for them. */
class CapturingLogger extends ConsoleLogger {
  private readonly lines: string[] = [];
  private readonly waiting: { prefix: string; count: number; resolve: (lines: string[]) => void }[] = [];
  override error(message: unknown): void {
    this.lines.push(String(message));
    for (const w of this.waiting) this.settle(w);
  }
  /** The first `count` error lines that start with `prefix`, once that many were logged. */
  errors(prefix: string, count: number): Promise<string[]> {
    return new Promise((resolve) => {
      const w = { prefix, count, resolve };
      this.waiting.push(w);
      this.settle(w);
    });
  }
  private settle(w: { prefix: string; count: number; resolve: (lines: string[]) => void }): void {
    const matching = this.lines.filter((line) => line.startsWith(w.prefix));
    if (matching.length >= w.count) w.resolve(matching.slice(0, w.count));
  }
}

describe('QueueBackend (PostgreSQL backend)', () => {
  let db: TestDatabase;
  let backend: QueueBackend;
  const logger = new CapturingLogger();

  beforeAll(async () => {
    db = await createTestDatabase('queue_backend');
    backend = await createQueueBackend({ databaseUrl: db.url, prefix: 'unused', pgSchema: 'bullmq' });
    Logger.overrideLogger(logger);
  });

  afterAll(async () => {
    Logger.overrideLogger(true); // Nest's default logger again, for the files after this one
    await backend?.close();
    await db?.drop();
  });

  it('logs a queue connection lost under the server as one line, not as a raw dump on stderr', async () => {
    const queue = backend.createQueue<{ n: number }>('lost-connection');
    await queue.add('one', { n: 1 }); // the queue's pool now holds idle connections

    // Only the queue's pool is connected to this file's own database, so every backend ended is one of the pool's.
    const admin = new pg.Client({ connectionString: TEST_SERVER_URL });
    await admin.connect();
    let terminated: number;
    try {
      const { rows } = await admin.query<{ ended: boolean }>(
        'SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [new URL(db.url).pathname.slice(1)],
      );
      terminated = rows.filter((r) => r.ended).length;
    } finally {
      await admin.end();
    }
    expect(terminated).toBeGreaterThan(0);

    // One line per lost connection; waiting for all of them means the pool has dropped every dead one,
    // so the query below cannot be handed a connection whose termination has not been read yet.
    const lines = await logger.errors('Queue lost-connection error: ', terminated);
    for (const line of lines) expect(line).toContain('terminating connection due to administrator command');
    // The queue carries on with a new connection.
    await expect(queue.getJobCounts('waiting')).resolves.toEqual({ waiting: 1 });
  });
});
