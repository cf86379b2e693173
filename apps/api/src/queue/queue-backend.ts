import { Queue, Worker, createPostgresBackend, runMigrations, withBackend, type Processor, type WorkerOptions } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';

/**
 * The one place that knows which BullMQ backend runs: Redis (REDIS_URL set) or BullMQ's PostgreSQL
 * backend on the app's own database. Everything else asks it for queues and workers.
 */
export interface QueueBackendOptions {
  redisUrl?: string;
  databaseUrl: string;
  prefix: string;
  pgSchema: string;
}

export interface QueueBackend {
  readonly kind: 'redis' | 'postgres';
  createQueue<T>(name: string): Queue<T>;
  createWorker<T>(name: string, processor: Processor<T>, opts: Omit<WorkerOptions, 'connection' | 'prefix'>): Worker<T>;
  /** Closes connections this object opened itself (queues and workers close their own). */
  close(): Promise<void>;
}

class RedisQueueBackend implements QueueBackend {
  readonly kind = 'redis';
  private readonly connections: Redis[] = [];

  constructor(private readonly opts: QueueBackendOptions & { redisUrl: string }) {}

  createQueue<T>(name: string): Queue<T> {
    // Producers fail fast when Redis is away instead of queueing commands in memory (BullMQ guide).
    const connection = this.track(new Redis(this.opts.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 3 }));
    return new Queue<T>(name, { connection, prefix: this.opts.prefix });
  }

  createWorker<T>(name: string, processor: Processor<T>, opts: Omit<WorkerOptions, 'connection' | 'prefix'>): Worker<T> {
    // Workers must block and retry forever: maxRetriesPerRequest null is required by BullMQ.
    const connection = this.track(new Redis(this.opts.redisUrl, { maxRetriesPerRequest: null }));
    return new Worker<T>(name, processor, { ...opts, connection, prefix: this.opts.prefix });
  }

  private track(connection: Redis): Redis {
    connection.on('error', () => undefined); // ioredis reconnects; the queue surfaces failures where they matter
    this.connections.push(connection);
    return connection;
  }

  async close(): Promise<void> {
    await Promise.all(this.connections.map((c) => c.quit().catch(() => c.disconnect())));
  }
}

class PostgresQueueBackend implements QueueBackend {
  readonly kind = 'postgres';
  private readonly classes = withBackend(createPostgresBackend);

  constructor(private readonly opts: QueueBackendOptions) {}

  private get connection() {
    return { connectionString: this.opts.databaseUrl, schema: this.opts.pgSchema, max: 5 };
  }

  createQueue<T>(name: string): Queue<T> {
    return new this.classes.Queue<T>(name, { connection: this.connection }) as unknown as Queue<T>;
  }

  createWorker<T>(name: string, processor: Processor<T>, opts: Omit<WorkerOptions, 'connection' | 'prefix'>): Worker<T> {
    return new this.classes.Worker<T>(name, processor, { ...opts, connection: this.connection }) as unknown as Worker<T>;
  }

  async close(): Promise<void> {}
}

export async function createQueueBackend(opts: QueueBackendOptions): Promise<QueueBackend> {
  if (opts.redisUrl) return new RedisQueueBackend({ ...opts, redisUrl: opts.redisUrl });
  // BullMQ's tables live in their own schema; migrate once at start (advisory-locked inside BullMQ).
  const client = new pg.Client({ connectionString: opts.databaseUrl });
  await client.connect();
  try {
    await runMigrations(client, opts.pgSchema);
  } finally {
    await client.end();
  }
  return new PostgresQueueBackend(opts);
}
