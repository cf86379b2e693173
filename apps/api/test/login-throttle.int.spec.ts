import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_FAILURES_ALLOWED } from '../src/auth/login-throttle.js';
import { ADMIN, startTestApp, type TestApp } from './support/test-app.js';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  uniquePrefix,
  type TestDatabase,
} from './support/test-database.js';

const login = (app: TestApp, email: string, password: string) =>
  fetch(`${app.url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

describe.each(['redis', 'postgres'] as const)('sign-in throttling on the %s store', (backend) => {
  let db: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase(`throttle_${backend}`);
    app = await startTestApp({
      DATABASE_URL: db.url,
      REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : undefined,
      QUEUE_PREFIX: uniquePrefix(backend),
    });
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('refuses an account and address after repeated failures, even with the right password', async () => {
    for (let i = 0; i < LOGIN_FAILURES_ALLOWED; i++)
      expect((await login(app, ADMIN.email, `wrong-${i}`)).status).toBe(401);
    const blocked = await login(app, ADMIN.email, ADMIN.password);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await blocked.json()) as { detail: string }).detail).toMatch(/Try again in \d+ minutes/);
  });

  it('counts per account, and a success clears the count', async () => {
    const user = await app.client.users.create({
      email: `someone-${backend}@draftbench.test`,
      displayName: 'Someone',
      password: 'a good password',
      roles: ['rater'],
    });
    for (let i = 0; i < LOGIN_FAILURES_ALLOWED - 1; i++) await login(app, user.email, 'wrong password');
    expect((await login(app, user.email, 'a good password')).status).toBe(200);
    for (let i = 0; i < LOGIN_FAILURES_ALLOWED - 1; i++) await login(app, user.email, 'wrong password');
    expect((await login(app, user.email, 'a good password')).status).toBe(200);
  });
});
