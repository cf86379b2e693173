import { ConsoleLogger, Logger } from '@nestjs/common';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_SERVER_URL, type TestDatabase } from '../../test/support/test-database.js';
import { createQueueBackend, type QueueBackend } from './queue-backend.js';

/** Hands the lines logged at error level to whoever waits for them, instead of printing them. */
class CapturingLogger extends ConsoleLogger {
  private readonly waiting: { prefix: string; resolve: (line: string) => void }[] = [];
  override error(message: unknown): void {
    const line = String(message);
    for (const w of this.waiting.filter((w) => line.startsWith(w.prefix))) w.resolve(line);
  }
  /** The next error line that starts with `prefix`. */
  nextError(prefix: string): Promise<string> {
    return new Promise((resolve) => this.waiting.push({ prefix, resolve }));
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
    await queue.add('one', { n: 1 }); // the queue's pool now holds an idle connection
    const logged = logger.nextError('Queue lost-connection error: ');

    const admin = new pg.Client({ connectionString: TEST_SERVER_URL });
    await admin.connect();
    try {
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [new URL(db.url).pathname.slice(1)],
      );
    } finally {
      await admin.end();
    }

    await expect(logged).resolves.toContain('terminating connection due to administrator command');
    // The queue carries on with a new connection.
    await expect(queue.getJobCounts('waiting')).resolves.toEqual({ waiting: 1 });
  });
});
