import { type Env } from '../config/env.schema.js';

/**
 * A line printed whatever LOG_LEVEL says (the ready line, a generated admin password), in the format the
 * logs use, so a JSON log shipper never meets a line it cannot parse.
 */
export function announce(env: Pick<Env, 'LOG_FORMAT'>, context: string, message: string): void {
  console.log(
    env.LOG_FORMAT === 'json'
      ? JSON.stringify({ level: 'log', pid: process.pid, timestamp: Date.now(), context, message })
      : message,
  );
}
