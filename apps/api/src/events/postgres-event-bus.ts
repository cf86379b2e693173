import pg from 'pg';
import { JobEventBus } from './job-event-bus.js';
import { JobSignal, topicOf, type SignalTopic } from './job-signal.js';

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
  private sending: Promise<void> = Promise.resolve();

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
      const parsed = JobSignal.safeParse(JSON.parse(message.payload));
      if (parsed.success) this.dispatch(parsed.data);
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

  /** One NOTIFY at a time on the publisher connection: order is kept and pg never queues queries. */
  publish(signal: JobSignal): Promise<void> {
    const sent = this.sending.then(async () => {
      const client = await this.connectPublisher();
      await client.query('SELECT pg_notify($1, $2)', [CHANNELS[topicOf(signal)], JSON.stringify(signal)]);
    });
    this.sending = sent.catch(() => undefined);
    return sent;
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
