import { createDraftbenchClient } from '@draftbench/client';
import { Role, Scope, type Problem, type Role as RoleName } from '@draftbench/contracts';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_POLICY, allows, missingScopes } from '../src/auth/access-policy.js';
import { registeredRoutes } from '../src/auth/route-policy.check.js';
import {
  ADMIN,
  clientWithRoles,
  rawLogin,
  startTestApp,
  type RawSession,
  type TestApp,
} from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

describe('access policy: every route, every role, every scope', () => {
  let db: TestDatabase;
  let app: TestApp;
  const sessions = new Map<RoleName, RawSession>();
  const credentials = new Map<RoleName, { email: string; password: string }>();
  /** One key per scope, owned by the admin, so only the scope can stand in the way. */
  const keys = new Map<Scope, string>();

  beforeAll(async () => {
    db = await createTestDatabase('access');
    // The walk sends each key ~70 requests at once: the request limit is not under test here.
    app = await startTestApp({ DATABASE_URL: db.url, API_KEY_RATE_LIMIT_PER_MINUTE: '100000' });
    credentials.set('admin', ADMIN);
    for (const role of Role.options.filter((r) => r !== 'admin')) {
      const email = `${role}@access.test`;
      await app.client.users.create({
        email,
        displayName: role,
        password: 'password-for-tests',
        roles: [role],
      });
      credentials.set(role, { email, password: 'password-for-tests' });
    }
    for (const [role, { email, password }] of credentials)
      sessions.set(role, await rawLogin(app.url, email, password));
    for (const scope of Scope.options)
      keys.set(scope, (await app.client.apiKeys.create({ name: scope, scopes: [scope] })).secret);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('has exactly one rule per registered route', () => {
    const routes = registeredRoutes(
      app.running.app.get(DiscoveryService),
      app.running.app.get(MetadataScanner),
      app.running.app.get(Reflector),
    );
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((r) => !(r in ACCESS_POLICY))).toEqual([]);
    // The web app's catch-all is only registered when the built web app is served (not in this test).
    const stale = Object.keys(ACCESS_POLICY).filter((rule) => !routes.includes(rule) && rule !== 'GET /*');
    expect(stale).toEqual([]);
  });

  const rules = Object.entries(ACCESS_POLICY).filter(([rule]) => rule !== 'GET /*');

  /** Calls the route with an empty body; the problem is read for 401 and 403 answers. */
  async function call(rule: string, headers: Record<string, string> = {}) {
    const [method, template] = rule.split(' ') as [string, string];
    const response = await fetch(app.url + template.replace(/:id/g, randomUUID()), {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: method === 'GET' ? undefined : '{}',
    });
    const denied = response.status === 401 || response.status === 403;
    const problem = denied ? ((await response.json()) as Problem) : undefined;
    if (!denied) await response.body?.cancel();
    return { status: response.status, problem };
  }

  it.each(rules)('%s answers anonymous callers and each role as its rule says', async (rule, { access }) => {
    const withSession = async (session?: RawSession) =>
      (await call(rule, session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {})).status;
    const anonymous = await withSession();
    if (access === 'public') expect(anonymous).not.toBe(401);
    else expect(anonymous).toBe(401);

    for (const role of Role.options) {
      // Signing out must not end the session the other rules are walked with.
      const { email, password } = credentials.get(role)!;
      const session =
        rule === 'POST /v1/auth/logout' ? await rawLogin(app.url, email, password) : sessions.get(role);
      const status = await withSession(session);
      if (allows(access, [role])) expect([401, 403], `${role} on ${rule}`).not.toContain(status);
      else expect(status, `${role} on ${rule}`).toBe(403);
    }
  });

  it.each(rules)('%s answers an API key of each scope as its rule says', async (rule, { access, scopes }) => {
    for (const scope of Scope.options) {
      const { status, problem } = await call(rule, { authorization: `Bearer ${keys.get(scope)}` });
      const label = `${scope} key on ${rule}`;
      if (access === 'public') {
        expect(status, label).not.toBe(401);
      } else if (scopes === null) {
        expect(status, label).toBe(403);
        expect(problem?.title, label).toBe('Not for API keys');
      } else {
        const missing = missingScopes(scopes, [scope]);
        if (missing.length === 0) {
          expect([401, 403], label).not.toContain(status);
        } else {
          expect(status, label).toBe(403);
          expect(problem?.detail, label).toContain(`needs the ${missing.join(' and ')} scope`);
        }
      }
    }
  });

  it('refuses a cookie write without the CSRF token, and accepts it with the token', async () => {
    const { cookie, csrfToken } = await rawLogin(app.url, ADMIN.email, ADMIN.password);
    const post = (headers: Record<string, string>) =>
      fetch(`${app.url}/v1/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, ...headers },
        body: JSON.stringify({
          email: `x-${randomUUID()}@t.test`,
          displayName: 'X',
          password: 'long-enough-pw',
          roles: ['rater'],
        }),
      });
    const without = await post({});
    expect(without.status).toBe(403);
    expect(((await without.json()) as { detail: string }).detail).toContain('x-csrf-token');
    expect((await post({ 'x-csrf-token': 'forged' })).status).toBe(403);
    expect((await post({ 'x-csrf-token': csrfToken })).status).toBe(201);
  });

  it('rejects wrong passwords and disabled accounts, and logout ends the session', async () => {
    const client = createDraftbenchClient({ baseUrl: app.url });
    await expect(client.auth.login({ email: ADMIN.email, password: 'wrong-password' })).rejects.toMatchObject(
      { status: 401 },
    );
    const email = `gone-${randomUUID().slice(0, 6)}@t.test`;
    const user = await app.client.users.create({
      email,
      displayName: 'Gone',
      password: 'password-123',
      roles: ['editor'],
    });
    const editor = createDraftbenchClient({ baseUrl: app.url });
    await editor.auth.login({ email, password: 'password-123' });
    await app.client.users.update(user.id, { disabled: true });
    await expect(editor.briefs.list()).rejects.toMatchObject({ status: 401 });
    await expect(editor.auth.login({ email, password: 'password-123' })).rejects.toMatchObject({
      status: 401,
    });

    const rater = await clientWithRoles(app, ['rater']);
    await rater.auth.logout();
    await expect(rater.briefs.list()).rejects.toMatchObject({ status: 401 });
  });

  it('never returns a password hash and refuses a duplicate email', async () => {
    const users = await app.client.users.list({ limit: 100 });
    expect(JSON.stringify(users)).not.toContain('scrypt$');
    await expect(
      app.client.users.create({
        email: ADMIN.email.toUpperCase(),
        displayName: 'Dup',
        password: 'password-123',
        roles: ['rater'],
      }),
    ).rejects.toMatchObject({ status: 409 });
  });
});
