/** Injection tokens for values built before Nest starts (the database must be up before modules load). */
export const DB = Symbol('Database');
export const PG_POOL = Symbol('PgPool');
export const QUEUE_BACKEND = Symbol('QueueBackend');
export const ENV = Symbol('Env');
export const INFRASTRUCTURE = Symbol('Infrastructure');
