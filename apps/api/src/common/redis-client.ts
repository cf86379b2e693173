import { Cluster, Redis } from 'ioredis';

/** Where Redis is: one server (REDIS_URL), or a Redis Cluster found through its seed nodes (REDIS_CLUSTER_NODES). */
export type RedisTarget = { kind: 'server'; url: string } | { kind: 'cluster'; nodes: readonly string[] };

/** Both speak the commands Draftbench sends; a cluster client routes each key to the node holding its slot. */
export type RedisClient = Redis | Cluster;

export interface RedisClientOptions {
  maxRetriesPerRequest: number | null;
  enableOfflineQueue?: boolean;
  enableAutoPipelining?: boolean;
  lazyConnect?: boolean;
}

/** The one place Draftbench opens a Redis connection: the queue, the event bus and the shared counters. */
export function createRedisClient(target: RedisTarget, options: RedisClientOptions): RedisClient {
  if (target.kind === 'server') return new Redis(target.url, options);
  const seeds = target.nodes.map((node) => new URL(node));
  // Every node of a cluster has the same credentials and TLS; they are written on the seed URLs.
  const [first] = seeds;
  return new Cluster(
    seeds.map((url) => ({ host: url.hostname, port: Number(url.port || 6379) })),
    {
      enableOfflineQueue: options.enableOfflineQueue ?? true,
      enableAutoPipelining: options.enableAutoPipelining ?? false,
      lazyConnect: options.lazyConnect ?? false,
      redisOptions: {
        maxRetriesPerRequest: options.maxRetriesPerRequest,
        username: decodeURIComponent(first!.username) || undefined,
        password: decodeURIComponent(first!.password) || undefined,
        tls: first!.protocol === 'rediss:' ? {} : undefined,
      },
    },
  );
}

/**
 * Redis Cluster runs a script only when all its keys share a hash slot, and BullMQ's scripts touch every
 * key of a queue at once: the key prefix must carry a hash tag (`{draftbench}`), so that each queue — and
 * every key that starts with the prefix — hashes by the tag alone.
 */
export function hasHashTag(prefix: string): boolean {
  return /^[^{]*\{[^}]+\}/.test(prefix);
}
