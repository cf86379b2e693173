import { loadEnv } from './config/env.schema.js';
import { startApp } from './bootstrap.js';

try {
  const running = await startApp(loadEnv());
  const roles = running.infra.env.APP_ROLES.join(' + ');
  if (running.url) console.log(`Draftbench is ready at ${running.url} (${roles})`);
  else console.log(`Draftbench worker is running (${roles})`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
