import { Redis } from 'ioredis';
import { JobEventBus } from './job-event-bus.js';
import { JobSignal } from './job-signal.js';

export class RedisJobEventBus extends JobEventBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly channel: string;

  constructor(redisUrl: string, prefix: string) {
    super();
    this.channel = `${prefix}:job-signals`;
    this.publisher = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
    this.subscriber = new Redis(redisUrl, { maxRetriesPerRequest: null });
    for (const c of [this.publisher, this.subscriber]) c.on('error', () => undefined);
  }

  async start(): Promise<void> {
    this.subscriber.on('message', (_channel: string, message: string) => {
      const parsed = JobSignal.safeParse(JSON.parse(message));
      if (parsed.success) this.dispatch(parsed.data);
    });
    await this.subscriber.subscribe(this.channel);
  }

  async publish(signal: JobSignal): Promise<void> {
    await this.publisher.publish(this.channel, JSON.stringify(signal));
  }

  async close(): Promise<void> {
    await Promise.all([this.publisher.quit(), this.subscriber.quit()].map((p) => p.catch(() => undefined)));
  }
}
