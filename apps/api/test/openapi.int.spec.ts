import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

describe('the OpenAPI document and its docs UI', () => {
  let db: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase('openapi');
    app = await startTestApp({ DATABASE_URL: db.url });
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('serves the document without signing in', async () => {
    const response = await fetch(`${app.url}/v1/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/v1/jobs/{id}/events');
  });

  it('serves Swagger UI at /docs with its own assets, reading the same document', async () => {
    const page = await fetch(`${app.url}/docs/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger-ui');
    const served = await (await fetch(`${app.url}/docs/json`)).json();
    expect(served).toEqual(await (await fetch(`${app.url}/v1/openapi.json`)).json());
    const script = await fetch(`${app.url}/docs/static/swagger-ui-bundle.js`);
    expect(script.status).toBe(200);
  });
});
