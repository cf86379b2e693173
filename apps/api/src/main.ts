import { resolve } from 'node:path';
import { startApp } from './bootstrap.js';
import { announce } from './common/announce.js';
import { createRedactor, secretValuesOf } from './common/redact.js';
import { redactConsole } from './common/redacting-logger.js';
import { loadEnv } from './config/env.schema.js';

// Before anything can fail: even a startup error that quotes DATABASE_URL is printed redacted.
redactConsole(createRedactor(secretValuesOf(process.env)));

try {
  const { url, infra } = await startApp(loadEnv());
  const { env } = infra;
  const facts = [
    env.APP_ROLES.join(' + '),
    infra.embedded ? `embedded PostgreSQL in ${resolve(env.DATA_DIR)}` : 'PostgreSQL from DATABASE_URL',
    `queue on ${infra.queueBackend.kind}${env.REDIS_CLUSTER_NODES ? ' cluster' : ''}`,
    `default provider ${infra.providers.defaultProvider().info.name}`,
  ].join(' · ');
  announce(
    env,
    'Draftbench',
    url ? `Draftbench is ready at ${url} (${facts})` : `Draftbench worker is running (${facts})`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
