import pg from 'pg';
import { JobEventBus } from './job-event-bus.js';
import { JobSignal, topicOf, type SignalTopic } from './job-signal.js';
import { notifyPayloads, signalsOfPayload } from './notify-payloads.js';

interface QueuedSignal {
  signal: JobSignal;
  resolve: () => void;
  reject: (error: unknown) => void;
}

const CHANNELS: Record<SignalTopic, string> = {
  progress: 'draftbench_job_signals',
  control: 'draftbench_job_control',
};

/**
 * LISTEN/NOTIFY on the app's database. One dedicated connection publishes, so signals from this
 * process reach listeners in the order they were sent; another LISTENs. Both reconnect after a drop.
 */
export class PostgresJobEventBus extends JobEventBus {
  private publisher?: Promise<pg.Client>;
  private listener?: pg.Client;
  private closed = false;
  private queued: QueuedSignal[] = [];
  private flushing = false;

  constructor(
    private readonly databaseUrl: string,
    topics?: readonly SignalTopic[],
  ) {
    super(topics);
  }

  async start(): Promise<void> {
    await this.listen();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', (message) => {
      if (!message.payload || !this.listening) return;
      for (const item of signalsOfPayload(message.payload)) {
        const parsed = JobSignal.safeParse(item);
        if (parsed.success) this.dispatch(parsed.data);
      }
    });
    client.on('error', () => this.reconnectListener(client));
    await client.connect();
    for (const topic of this.topics) await client.query(`LISTEN ${CHANNELS[topic]}`);
    this.listener = client;
  }

  private reconnectListener(failed: pg.Client): void {
    if (this.closed || this.listener !== failed) return;
    this.listener = undefined;
    failed.end().catch(() => undefined);
    const retry = () => {
      if (!this.closed) this.listen().catch(() => setTimeout(retry, 500).unref());
    };
    retry();
  }

  private connectPublisher(): Promise<pg.Client> {
    this.publisher ??= (async () => {
      const client = new pg.Client({ connectionString: this.databaseUrl });
      client.on('error', () => {
        this.publisher = undefined;
        client.end().catch(() => undefined);
      });
      await client.connect();
      return client;
    })().catch((error: unknown) => {
      this.publisher = undefined;
      throw error;
    });
    return this.publisher;
  }

  /**
   * One NOTIFY at a time on the publisher connection, so order is kept; what is published meanwhile (the
   * signals of every job the worker runs at once) goes out together in the next one, as JSON arrays
   * (notifyPayloads): one round trip for many signals instead of one each.
   */
  publish(signal: JobSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queued.push({ signal, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.queued.length > 0) {
      let batch: QueuedSignal[] = [];
      try {
        const client = await this.connectPublisher();
        batch = this.queued.splice(0); // after an await: publishes of the same tick go together
        const payloads = notifyPayloads(
          batch.map((queued) => queued.signal),
          (signal) => CHANNELS[topicOf(signal)],
        );
        for (const { channel, payload } of payloads) {
          await client.query('SELECT pg_notify($1, $2)', [channel, payload]);
        }
        for (const queued of batch) queued.resolve();
      } catch (error) {
        if (batch.length === 0) batch = this.queued.splice(0);
        for (const queued of batch) queued.reject(error);
      }
    }
    this.flushing = false;
  }

  async close(): Promise<void> {
    this.closed = true;
    const publisher = this.publisher;
    this.publisher = undefined;
    await Promise.all([
      this.listener?.end().catch(() => undefined),
      publisher?.then((c) => c.end()).catch(() => undefined),
    ]);
  }
}
