import { createRedisClient, type RedisClient, type RedisTarget } from '../common/redis-client.js';
import { JobEventBus } from './job-event-bus.js';
import { JobSignal, topicOf, type SignalTopic } from './job-signal.js';

export class RedisJobEventBus extends JobEventBus {
  private readonly publisher: RedisClient;
  private readonly subscriber: RedisClient;
  private readonly channels: Record<SignalTopic, string>;

  constructor(redis: RedisTarget, prefix: string, topics?: readonly SignalTopic[]) {
    super(topics);
    this.channels = { progress: `${prefix}:job-signals`, control: `${prefix}:job-control` };
    // Auto-pipelining: the publishes of concurrent jobs in one tick go out in one write, still in order.
    this.publisher = createRedisClient(redis, { maxRetriesPerRequest: 3, enableAutoPipelining: true });
    this.subscriber = createRedisClient(redis, { maxRetriesPerRequest: null });
    for (const c of [this.publisher, this.subscriber]) c.on('error', () => undefined);
  }

  async start(): Promise<void> {
    this.subscriber.on('message', (_channel: string, message: string) => {
      if (!this.listening) return;
      const parsed = JobSignal.safeParse(JSON.parse(message));
      if (parsed.success) this.dispatch(parsed.data);
    });
    if (this.topics.length > 0) await this.subscriber.subscribe(...this.topics.map((t) => this.channels[t]));
  }

  async publish(signal: JobSignal): Promise<void> {
    await this.publisher.publish(this.channels[topicOf(signal)], JSON.stringify(signal));
  }

  async close(): Promise<void> {
    await Promise.all([this.publisher.quit(), this.subscriber.quit()].map((p) => p.catch(() => undefined)));
  }
}
