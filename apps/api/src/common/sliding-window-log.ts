import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { hasHashTag, type RedisClient } from './redis-client.js';
import { admission, type Admission, type WindowEntry, type WindowLimits } from './rolling-window.js';

export type LoggedAdmission = { admitted: true; id: string } | Extract<Admission, { admitted: false }>;

/**
 * A log of the calls inside a rolling window, shared by every process: each admission reads the window and
 * records the call in one atomic step, on the store's own clock (so workers' clocks never disagree).
 */
export interface SlidingWindowLog {
  /** Records a call of `tokens` if it fits `limits` over the window ending now; else says how long to wait. */
  admit(key: string, tokens: number, limits: WindowLimits): Promise<LoggedAdmission>;
  /** Replaces a recorded call's tokens with what it really used (nothing once it has left the window). */
  settle(key: string, id: string, tokens: number): Promise<void>;
}

/** The rule of rolling-window.ts `admission`, inside Redis so that reading and recording are one step. */
const ADMIT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window, maxRequests, maxTokens, tokens = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local gone = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now - window)
for i = 1, #gone, 1000 do redis.call('HDEL', KEYS[2], unpack(gone, i, math.min(i + 999, #gone))) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local rows = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
local n = #rows / 2
local ats, counts, held = {}, {}, 0
if n > 0 then
  local ids = {}
  for i = 1, n do ids[i] = rows[2 * i - 1]; ats[i] = tonumber(rows[2 * i]) end
  local values = redis.call('HMGET', KEYS[2], unpack(ids))
  for i = 1, n do counts[i] = tonumber(values[i]) or 0; held = held + counts[i] end
end
local function leaves(i) if i < 1 then return 1 end return math.max(1, ats[i] + window - now + 1) end
local kind, wait = '', 0
if maxRequests > 0 and n + 1 > maxRequests then kind, wait = 'requests', leaves(n - maxRequests + 1) end
if maxTokens > 0 and held + tokens > maxTokens then
  local i = 0
  while held + tokens > maxTokens and i < n do i = i + 1; held = held - counts[i] end
  local w = leaves(i)
  if kind == '' or w > wait then kind, wait = 'tokens', w end
end
if kind ~= '' then return {0, kind, wait} end
redis.call('ZADD', KEYS[1], now, ARGV[5])
redis.call('HSET', KEYS[2], ARGV[5], tokens)
redis.call('PEXPIRE', KEYS[1], window + 1000)
redis.call('PEXPIRE', KEYS[2], window + 1000)
return {1, '', 0}
`;

const SETTLE = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
`;

/**
 * A sorted set (call id by admission time) and a hash (call id → tokens), under one hash tag: the key's own
 * when it has one (a cluster's prefix, which keeps them in the slot of every other key of the app), else the
 * whole key.
 */
export function redisSlidingWindowLog(redis: RedisClient, windowMs: number): SlidingWindowLog {
  const keys = (key: string) => {
    const tagged = hasHashTag(key) ? key : `{${key}}`;
    return [`${tagged}:calls`, `${tagged}:tokens`] as const;
  };
  return {
    async admit(key, tokens, limits) {
      const id = randomUUID();
      const [calls, counts] = keys(key);
      const [admitted, kind, waitMs] = (await redis.eval(
        ADMIT,
        2,
        calls,
        counts,
        windowMs,
        limits.requests,
        limits.tokens,
        tokens,
        id,
      )) as [number, 'requests' | 'tokens', number];
      return admitted === 1 ? { admitted: true, id } : { admitted: false, kind, waitMs };
    },
    async settle(key, id, tokens) {
      await redis.eval(SETTLE, 1, keys(key)[1], id, tokens);
    },
  };
}

/**
 * Table `provider_call_log`; a transaction-scoped advisory lock per key makes each admission's read and
 * insert one step across processes.
 */
export function postgresSlidingWindowLog(pool: pg.Pool, windowMs: number): SlidingWindowLog {
  return {
    async admit(key, tokens, limits) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`call-log:${key}`]);
        const { rows: clock } = await client.query<{ now: string }>(
          `SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now`,
        );
        const now = Number(clock[0]!.now);
        const { rows } = await client.query<{ at: string; tokens: number }>(
          `WITH gone AS (DELETE FROM provider_call_log WHERE key = $1 AND at <= $2)
           SELECT at, tokens FROM provider_call_log WHERE key = $1 AND at > $2 ORDER BY at`,
          [key, now - windowMs],
        );
        const entries: WindowEntry[] = rows.map((r) => ({ at: Number(r.at), tokens: r.tokens }));
        const verdict = admission(entries, now, windowMs, limits, tokens);
        let result: LoggedAdmission;
        if (verdict.admitted) {
          const id = randomUUID();
          await client.query('INSERT INTO provider_call_log (id, key, at, tokens) VALUES ($1, $2, $3, $4)', [
            id,
            key,
            now,
            tokens,
          ]);
          result = { admitted: true, id };
        } else result = verdict;
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async settle(key, id, tokens) {
      await pool.query('UPDATE provider_call_log SET tokens = $3 WHERE key = $1 AND id = $2', [
        key,
        id,
        tokens,
      ]);
    },
  };
}
