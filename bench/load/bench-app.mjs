// What the benches that run the built app share: a fresh database and queue prefix, the env the app
// processes get, a JSON client on undici, an admin-issued API key with raised limits, and the clean-up.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { Pool } from 'undici';

export const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const knob = (name, fallback) => Number(process.env[name] ?? fallback);
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const ADMIN = { email: 'bench@draftbench.local', password: 'bench-password-123' };

/**
 * A fresh database `draftbench_<label>_<random>` and queue prefix `dbt-<label>-<random>`; `env` is what
 * every app process of the bench starts with (add APP_ROLES, PORT, …). `drop()` removes both.
 */
export async function benchApp(label) {
  const suffix = randomBytes(4).toString('hex');
  const dbName = `draftbench_${label}_${suffix}`;
  const prefix = `dbt-${label}-${suffix}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dbUrl = new URL(SERVER);
  dbUrl.pathname = `/${dbName}`;
  const databaseUrl = dbUrl.toString();
  return {
    dbName,
    prefix,
    databaseUrl,
    /** The PostgreSQL client on the server's default database (for pg_stat_activity and the drop). */
    admin,
    env: {
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      LOG_LEVEL: 'error',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      // Raised to the schema's maxima so a key's own limits do not shape the load.
      API_KEY_RATE_LIMIT_PER_MINUTE: '100000',
      API_KEY_MAX_CONCURRENT_JOBS: '10000',
    },
    /** Runs `fn` with a client connected to the bench database. */
    async inDatabase(fn) {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      try {
        return await fn(c);
      } finally {
        await c.end();
      }
    },
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
      await deleteQueueKeys(REDIS_URL, prefix);
    },
  };
}

/** `call(method, path, { body, headers, expect, signal })` → `{ json, headers }`; throws on another status. */
export function jsonClient(url, { connections = 256, timeoutMs = 30_000 } = {}) {
  const http = new Pool(url, { connections, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
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

/** Signs in as the bench admin and creates `count` API keys (admins' keys get the env's raised limits). */
export async function adminApiKeys(call, count = 1, scopes = ['jobs:write', 'jobs:read', 'briefs:write']) {
  const login = await call('POST', '/v1/auth/login', { body: ADMIN });
  const cookie = [login.headers['set-cookie']]
    .flat()
    .find((c) => c.startsWith('draftbench_session='))
    .split(';')[0];
  const keys = [];
  for (let i = 0; i < count; i++) {
    const key = await call('POST', '/v1/api-keys', {
      body: { name: `bench key ${i}`, scopes },
      headers: { cookie, 'x-csrf-token': login.json.csrfToken },
      expect: 201,
    });
    keys.push(key.json.secret);
  }
  return keys;
}

/** Creates `count` briefs (benchBrief 0 … count − 1) as the holder of API key `key`; their ids, in order. */
export async function createBenchBriefs(call, key, count) {
  const ids = [];
  for (let i = 0; i < count; i++) {
    const { json } = await call('POST', '/v1/briefs', {
      headers: { authorization: `Bearer ${key}` },
      expect: 201,
      body: benchBrief(i),
    });
    ids.push(json.id);
  }
  return ids;
}

/** A marketing brief as `POST /v1/briefs` (or an item of `POST /v1/batches`) takes it. */
export function benchBrief(i) {
  return {
    contentType: 'marketing_copy',
    language: i % 2 ? 'zh' : 'en',
    title: `Bench brief ${i}`,
    targetLength: 80,
    fields: {
      productName: `Kettle ${i}`,
      category: 'kitchen appliances',
      sellingPoints: ['boils a litre in three minutes'],
      framework: 'AIDA',
    },
  };
}

/** Every key under the prefix, the bench's own sub-prefixes (`<prefix>-raw`, `<prefix>-bare`) included. */
export async function deleteQueueKeys(url, keyPrefix) {
  const redis = new Redis(url);
  try {
    const stream = redis.scanStream({ match: `${keyPrefix}*`, count: 1000 });
    for await (const keys of stream) if (keys.length) await redis.unlink(...keys);
  } finally {
    redis.disconnect();
  }
}
