import { describe, expect, it } from 'vitest';
import { hasHashTag } from '../common/redis-client.js';
import { loadEnv, redisTargetOf } from './env.schema.js';

describe('Redis configuration', () => {
  it('reads no Redis as PostgreSQL for everything', () => {
    expect(redisTargetOf(loadEnv({}))).toBeUndefined();
  });

  it('reads REDIS_URL as one server', () => {
    expect(redisTargetOf(loadEnv({ REDIS_URL: 'redis://cache:6379' }))).toEqual({
      kind: 'server',
      url: 'redis://cache:6379',
    });
  });

  it('reads REDIS_CLUSTER_NODES as the seed nodes of a cluster', () => {
    const env = loadEnv({
      REDIS_CLUSTER_NODES: 'redis://10.0.0.1:6379, rediss://:secret@10.0.0.2:6380',
      QUEUE_PREFIX: '{draftbench}',
    });
    expect(redisTargetOf(env)).toEqual({
      kind: 'cluster',
      nodes: ['redis://10.0.0.1:6379', 'rediss://:secret@10.0.0.2:6380'],
    });
  });

  it('refuses a cluster whose queue prefix has no hash tag, and says which prefix would do', () => {
    expect(() => loadEnv({ REDIS_CLUSTER_NODES: 'redis://10.0.0.1:6379' })).toThrow(
      /QUEUE_PREFIX: "draftbench" has no hash tag; on a Redis Cluster use one such as \{draftbench\}/,
    );
  });

  it('refuses both a server and a cluster', () => {
    expect(() =>
      loadEnv({
        REDIS_URL: 'redis://cache:6379',
        REDIS_CLUSTER_NODES: 'redis://10.0.0.1:6379',
        QUEUE_PREFIX: '{draftbench}',
      }),
    ).toThrow(/REDIS_CLUSTER_NODES: set REDIS_URL \(one Redis server\) or REDIS_CLUSTER_NODES/);
  });

  it('refuses a node that is not a Redis URL', () => {
    expect(() =>
      loadEnv({ REDIS_CLUSTER_NODES: 'redis://10.0.0.1:6379,10.0.0.2:6379', QUEUE_PREFIX: '{draftbench}' }),
    ).toThrow(/REDIS_CLUSTER_NODES\.1: each node is a redis:\/\/ or rediss:\/\/ URL/);
  });
});

describe('hasHashTag', () => {
  it.each([
    ['{draftbench}', true],
    ['app:{draftbench}', true],
    ['{{draftbench}', true], // Redis hashes "{draftbench": the first "{" up to the first "}"
    ['draftbench', false],
    ['{}draftbench', false], // an empty tag: Redis hashes the whole key
    ['draftbench}{', false],
  ])('%s → %s', (prefix, expected) => {
    expect(hasHashTag(prefix)).toBe(expected);
  });
});
