import { Logger } from '@nestjs/common';
import {
  Queue,
  Worker,
  createPostgresBackend,
  runMigrations,
  withBackend,
  type Processor,
  type WorkerOptions,
} from 'bullmq';
import pg from 'pg';
import { withoutLogFields } from '../common/log-context.js';
import {
  createRedisClient,
  type RedisClient,
  type RedisClientOptions,
  type RedisTarget,
} from '../common/redis-client.js';
import { boundedClose } from '../lifecycle/bounded-close.js';

/**
 * The one place that knows which BullMQ backend runs: Redis (a server or a cluster) or BullMQ's PostgreSQL
 * backend on the app's own database. Everything else asks it for queues and workers.
 */
export interface QueueBackendOptions {
  redis?: RedisTarget;
  databaseUrl: string;
  prefix: string;
  pgSchema: string;
}

type WorkerSettings = Omit<WorkerOptions, 'connection' | 'prefix'>;

export abstract class QueueBackend {
  abstract readonly kind: 'redis' | 'postgres';
  private readonly closables: { name: string; close(): Promise<void> }[] = [];
  private readonly logger = new Logger('QueueBackend');

  createQueue<T>(name: string): Queue<T> {
    const queue = this.newQueue<T>(name);
    // Connection errors (a restart, a terminated backend) also fail the call that meets them; without a
    // listener BullMQ prints each one to stderr as a raw object dump, past the structured logs.
    queue.on('error', (error) =>
      withoutLogFields(() => this.logger.error(`Queue ${name} error: ${error.message}`)),
    );
    return this.track(queue);
  }

  createWorker<T>(name: string, processor: Processor<T>, opts: WorkerSettings): Worker<T> {
    return this.track(this.newWorker<T>(name, processor, opts));
  }

  /** Closes every queue and worker it created (closing twice is harmless), then its connections. */
  async close(): Promise<void> {
    await Promise.all(this.closables.map((c) => boundedClose(`Queue ${c.name}`, c.close())));
    await this.closeConnections();
  }

  protected abstract newQueue<T>(name: string): Queue<T>;
  protected abstract newWorker<T>(name: string, processor: Processor<T>, opts: WorkerSettings): Worker<T>;
  protected async closeConnections(): Promise<void> {}

  private track<C extends { name: string; close(): Promise<void> }>(closable: C): C {
    this.closables.push(closable);
    return closable;
  }
}

class RedisQueueBackend extends QueueBackend {
  readonly kind = 'redis';
  private readonly connections: RedisClient[] = [];

  constructor(private readonly opts: QueueBackendOptions & { redis: RedisTarget }) {
    super();
  }

  protected newQueue<T>(name: string): Queue<T> {
    // Producers fail fast when Redis is away instead of queueing commands in memory (BullMQ guide).
    const connection = this.connect({ enableOfflineQueue: false, maxRetriesPerRequest: 3 });
    return new Queue<T>(name, { connection, prefix: this.opts.prefix });
  }

  protected newWorker<T>(name: string, processor: Processor<T>, opts: WorkerSettings): Worker<T> {
    // Workers must block and retry forever: BullMQ requires maxRetriesPerRequest null.
    const connection = this.connect({ maxRetriesPerRequest: null });
    return new Worker<T>(name, processor, { ...opts, connection, prefix: this.opts.prefix });
  }

  private connect(options: RedisClientOptions): RedisClient {
    const connection = createRedisClient(this.opts.redis, options);
    connection.on('error', () => undefined); // ioredis reconnects; failures surface where commands are awaited
    this.connections.push(connection);
    return connection;
  }

  protected override async closeConnections(): Promise<void> {
    await Promise.all(this.connections.map((c) => c.quit().catch(() => c.disconnect())));
  }
}

class PostgresQueueBackend extends QueueBackend {
  readonly kind = 'postgres';
  private readonly classes = withBackend(createPostgresBackend);

  constructor(private readonly opts: QueueBackendOptions) {
    super();
  }

  /** Each queue and worker owns a small pool (and workers a LISTEN connection) in the BullMQ schema. */
  private get connection() {
    return { connectionString: this.opts.databaseUrl, schema: this.opts.pgSchema, max: 5 };
  }

  protected newQueue<T>(name: string): Queue<T> {
    return new this.classes.Queue<T>(name, { connection: this.connection }) as unknown as Queue<T>;
  }

  protected newWorker<T>(name: string, processor: Processor<T>, opts: WorkerSettings): Worker<T> {
    return new this.classes.Worker<T>(name, processor, {
      ...opts,
      connection: this.connection,
    }) as unknown as Worker<T>;
  }
}

export async function createQueueBackend(opts: QueueBackendOptions): Promise<QueueBackend> {
  if (opts.redis) return new RedisQueueBackend({ ...opts, redis: opts.redis });
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
