import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import * as schema from './schema.js';

export type Database = NodePgDatabase<typeof schema>;

/** Migrations ship beside dist/, so the path works from source and from the built package. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations', import.meta.url));

export function createPool(connectionString: string, max = 10, applicationName?: string): pg.Pool {
  // A fixed-size pool once warm (min = max, as HikariCP defaults to): connections a burst opened stay open,
  // so the next burst does not wait on new backends and re-prepare its statements on them.
  const pool = new pg.Pool({ connectionString, max, min: max, application_name: applicationName });
  // A client dropped by the server (restart, pg_terminate_backend) must not crash the process. The pool
  // listens on idle clients only; a checked-out client between two queries of a transaction would
  // emit 'error' with no listener. Its next query fails instead, and the pool discards it on release.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

export function createDatabase(pool: pg.Pool): Database {
  return drizzle(pool, { schema });
}

/** Arbitrary constant: serialises migrations when an API and workers start at the same moment. */
const MIGRATION_LOCK_KEY = 4_711_2026;

export async function applyMigrations(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}
