import { type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort, spawnRedisServer, stopRedisServer } from './redis-server.js';
import { waitFor } from './wait-for.js';

const SLOTS = 16_384;

export interface ClusterNode {
  url: string;
  /** The hash slots this node serves, inclusive. */
  slots: readonly [number, number];
  /** A plain connection to this node alone (no redirects). */
  client: Redis;
}

export interface PrivateRedisCluster {
  nodes: readonly ClusterNode[];
  /** The node that serves `key` (as the cluster hashes it). */
  ownerOf(key: string): Promise<ClusterNode>;
  stop(): Promise<void>;
}

/** A throw-away Redis Cluster of `size` primaries (Debian's redis-server), slots split evenly, no replicas. */
export async function startPrivateRedisCluster(size = 3): Promise<PrivateRedisCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'draftbench-redis-cluster-'));
  const children: ChildProcess[] = [];
  const nodes: ClusterNode[] = [];
  const stop = async () => {
    await Promise.all(nodes.map((node) => node.client.quit().catch(() => node.client.disconnect())));
    await Promise.all(children.map(stopRedisServer));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < size; i++) {
      const port = await freePort();
      let busPort = await freePort();
      while (busPort === port) busPort = await freePort();
      children.push(await startNode(dir, port, busPort));
      const first = Math.floor((i * SLOTS) / size);
      const last = Math.floor(((i + 1) * SLOTS) / size) - 1;
      const client = new Redis(port, '127.0.0.1');
      await client.call('CLUSTER', 'ADDSLOTSRANGE', first, last);
      if (i > 0) await nodes[0]!.client.call('CLUSTER', 'MEET', '127.0.0.1', port, busPort);
      nodes.push({ url: `redis://127.0.0.1:${port}`, slots: [first, last], client });
    }
    await waitFor('every node to see the whole cluster', async () => {
      const infos = await Promise.all(nodes.map((node) => node.client.call('CLUSTER', 'INFO')));
      return infos.every((info) => /cluster_state:ok/.test(String(info))) || undefined;
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    nodes,
    async ownerOf(key) {
      const slot = Number(await nodes[0]!.client.call('CLUSTER', 'KEYSLOT', key));
      return nodes.find(({ slots: [first, last] }) => slot >= first && slot <= last)!;
    },
    stop,
  };
}

function startNode(dir: string, port: number, busPort: number): Promise<ChildProcess> {
  return spawnRedisServer([
    ...['--port', String(port), '--bind', '127.0.0.1', '--dir', dir],
    ...['--cluster-enabled', 'yes', '--cluster-port', String(busPort)],
    ...['--cluster-config-file', `nodes-${port}.conf`, '--save', '', '--appendonly', 'no'],
  ]);
}
