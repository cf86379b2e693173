import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Backend, type TestApp } from './support/test-app.js';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  uniquePrefix,
  type TestDatabase,
} from './support/test-database.js';

const PER_MINUTE = 10;

describe.each<Backend>(['redis', 'postgres'])(
  'API key rate limits across two API processes (%s)',
  (backend) => {
    let db: TestDatabase;
    let apps: TestApp[] = [];

    beforeAll(async () => {
      db = await createTestDatabase(`limits_${backend}`);
      const env = {
        DATABASE_URL: db.url,
        REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : undefined,
        QUEUE_PREFIX: uniquePrefix(backend),
        APP_ROLES: 'api',
        API_KEY_RATE_LIMIT_PER_MINUTE: String(PER_MINUTE),
      };
      apps = [await startTestApp(env), await startTestApp(env)];
    });
    afterAll(async () => {
      await Promise.all(apps.map((app) => app.close()));
      await db?.drop();
    });

    /** Sends `count` requests with the key, alternating between the two processes, one after the other. */
    async function burst(secret: string, count: number) {
      const answers = [];
      for (let i = 0; i < count; i++) {
        const response = await fetch(`${apps[i % 2]!.url}/v1/jobs`, {
          headers: { authorization: `Bearer ${secret}` },
        });
        await response.body?.cancel();
        const header = (name: string) => response.headers.get(name);
        answers.push({
          status: response.status,
          limit: Number(header('ratelimit-limit')),
          remaining: Number(header('ratelimit-remaining')),
          reset: Number(header('ratelimit-reset')),
          retryAfter: header('retry-after'),
        });
      }
      return answers;
    }

    it('counts the requests of one key in both processes against one limit', async () => {
      expect(apps[0]!.running.infra.queueBackend.kind).toBe(backend);
      const { secret } = await apps[0]!.client.apiKeys.create({ name: 'shared', scopes: ['jobs:read'] });
      const answers = await burst(secret, PER_MINUTE + 2);

      const allowed = answers.slice(0, PER_MINUTE);
      expect(allowed.map((a) => a.status)).toEqual(Array(PER_MINUTE).fill(200));
      expect(allowed.map((a) => a.remaining)).toEqual(
        Array.from({ length: PER_MINUTE }, (_, i) => PER_MINUTE - 1 - i),
      );
      for (const answer of answers) {
        expect(answer.limit).toBe(PER_MINUTE);
        expect(answer.reset).toBeGreaterThan(0);
        expect(answer.reset).toBeLessThanOrEqual(60);
      }
      for (const refused of answers.slice(PER_MINUTE)) {
        expect(refused).toMatchObject({ status: 429, remaining: 0 });
        expect(Number(refused.retryAfter)).toBe(refused.reset);
      }
    });

    it("keeps each key's count apart and honours a key's own lower limit", async () => {
      const { secret } = await apps[1]!.client.apiKeys.create({
        name: 'strict',
        scopes: ['jobs:read'],
        rateLimitPerMinute: 3,
      });
      const answers = await burst(secret, 4);
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
      expect(answers[0]).toMatchObject({ limit: 3, remaining: 2 });
    });

    it('leaves people signed in with a session unlimited', async () => {
      const pages = [];
      for (let i = 0; i < PER_MINUTE + 2; i++) pages.push(await apps[i % 2]!.client.jobs.list());
      expect(pages).toHaveLength(PER_MINUTE + 2);
    });
  },
);
