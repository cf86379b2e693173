import { type Problem } from '@draftbench/contracts';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBrief } from './support/fixtures.js';
import { ADMIN, rawLogin, startTestApp, type RawSession, type TestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

/**
 * Keeps this process's event loop busy for `ms`: the app under test runs in this process, so its loop is
 * the one saturated, and the sample after it sees a window that was (almost) all busy.
 */
function saturateEventLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('load shedding', () => {
  let db: TestDatabase;
  let shedding: TestApp;
  let unlimited: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase('load_shedding');
    const common = { DATABASE_URL: db.url, REDIS_URL: undefined, APP_ROLES: 'api' };
    // Sampled every 100 ms: a 1.5 s stall leaves the window after it at least 90% busy.
    shedding = await startTestApp({
      ...common,
      LOAD_SHED_EVENT_LOOP_UTILIZATION: '0.9',
      LOAD_SHED_SAMPLE_MS: '100',
    });
    unlimited = await startTestApp(common);
  });
  afterAll(async () => {
    await shedding?.close();
    await unlimited?.close();
    await db?.drop();
  });

  /** `POST /v1/briefs` and `GET /healthz` sent together right after the loop was saturated. */
  async function afterStall(app: TestApp, session: RawSession, title: string) {
    saturateEventLoop(1500);
    return Promise.all([
      fetch(`${app.url}/v1/briefs`, {
        method: 'POST',
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrfToken,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ ...copyBrief('en'), title }),
      }),
      fetch(`${app.url}/healthz`),
    ]);
  }

  it('turns requests away with a 503 problem and Retry-After before doing anything, and still answers probes', async () => {
    const session = await rawLogin(shedding.url, ADMIN.email, ADMIN.password);
    const turnedAway: string[] = [];
    let answer: { status: number; contentType: string | null; retryAfter: string | null; problem: Problem };
    let probeStatus = 0;
    // The stall and the sample race only if the machine stalls this process too; a few tries settle it.
    for (let attempt = 0; attempt < 5 && turnedAway.length === 0; attempt++) {
      const title = `shed-${randomUUID()}`;
      const [post, probe] = await afterStall(shedding, session, title);
      if (post.status === 201) continue;
      turnedAway.push(title);
      probeStatus = probe.status;
      answer = {
        status: post.status,
        contentType: post.headers.get('content-type'),
        retryAfter: post.headers.get('retry-after'),
        problem: (await post.json()) as Problem,
      };
    }
    expect(turnedAway).toHaveLength(1);
    expect(answer!).toMatchObject({ status: 503, problem: { status: 503, title: 'Overloaded' } });
    expect(answer!.contentType).toContain('application/problem+json');
    expect(Number(answer!.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(answer!.problem.detail).toMatch(/% busy\).*nothing was created or changed.*Retry in \d+ s/);
    expect(probeStatus).toBe(200);

    // The typed client waits out Retry-After, so it gets through once the loop is free again.
    const created = await shedding.client.briefs.create({ ...copyBrief('en'), title: 'after the stall' });
    expect(created.title).toBe('after the stall');
    const titles = [];
    for await (const brief of shedding.client.briefs.listAll()) titles.push(brief.title);
    expect(titles).toContain('after the stall');
    expect(titles).not.toContain(turnedAway[0]);

    const metrics = await (await fetch(`${shedding.url}/metrics`)).text();
    expect(metrics).toMatch(/^draftbench_http_requests_shed_total\{reason="eventLoopUtilization"\} [1-9]/m);
  });

  it('sheds nothing unless a limit is set', async () => {
    const session = await rawLogin(unlimited.url, ADMIN.email, ADMIN.password);
    const [post] = await afterStall(unlimited, session, `kept-${randomUUID()}`);
    expect(post.status).toBe(201);
  });
});
