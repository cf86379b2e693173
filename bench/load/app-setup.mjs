// What every bench that runs the built app needs around it: a database and queue prefix of its own
// (removed afterwards), a JSON client on undici, and an admin-issued API key.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { Pool } from 'undici';

export const BENCH_ADMIN = { email: 'bench@draftbench.local', password: 'bench-password-123' };

/** A fresh database on `serverUrl` (`draftbench_<label>_<random>`) and a matching Redis key prefix. */
export async function createBenchDatabase(serverUrl, label) {
  const suffix = randomBytes(4).toString('hex');
  const name = `draftbench_${label}_${suffix}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    prefix: `dbt-${label}-${suffix}`,
    /** A client on the server's default database, open until `drop()` (e.g. for pg_stat_activity). */
    admin,
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Runs `fn(client)` on a short-lived connection to `databaseUrl`. */
export async function inDatabase(databaseUrl, fn) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function deleteQueueKeys(redisUrl, keyPrefix) {
  const redis = new Redis(redisUrl);
  try {
    const stream = redis.scanStream({ match: `${keyPrefix}:*`, count: 1000 });
    for await (const keys of stream) if (keys.length) await redis.unlink(...keys);
  } finally {
    redis.disconnect();
  }
}

/** `call(method, path, { body, headers, expect, signal })` → `{ json, headers }`; throws on another status. */
export function jsonClient(baseUrl, { connections = 16, timeoutMs = 30_000 } = {}) {
  const http = new Pool(baseUrl, { connections, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  const call = async (method, path, { body, headers = {}, expect = 200, signal } = {}) => {
    const res = await http.request({
      method,
      path,
      signal,
      headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body && JSON.stringify(body),
    });
    const text = await res.body.text();
    if (res.statusCode !== expect) throw new Error(`${method} ${path} answered ${res.statusCode}: ${text}`);
    return { json: text ? JSON.parse(text) : undefined, headers: res.headers };
  };
  return { call, close: () => http.close() };
}

/** Signs in as the seeded admin (ADMIN_EMAIL/ADMIN_PASSWORD = BENCH_ADMIN) and issues `count` API keys. */
export async function adminApiKeys(
  call,
  { count = 1, scopes = ['jobs:write', 'briefs:write'], name = 'bench' } = {},
) {
  const login = await call('POST', '/v1/auth/login', { body: BENCH_ADMIN });
  const cookie = [login.headers['set-cookie']]
    .flat()
    .find((c) => c.startsWith('draftbench_session='))
    .split(';')[0];
  const keys = [];
  for (let i = 0; i < count; i++) {
    const key = await call('POST', '/v1/api-keys', {
      body: { name: `${name} ${i}`, scopes },
      headers: { cookie, 'x-csrf-token': login.json.csrfToken },
      expect: 201,
    });
    keys.push(key.json.secret);
  }
  return keys;
}
