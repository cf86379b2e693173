import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIST = Symbol('WebDist');

/** Where the built web app is: WEB_DIST_DIR, else apps/web/dist beside this app. Undefined if not built. */
export function findWebDist(configured?: string): string | undefined {
  const dir = configured ? resolve(configured) : fileURLToPath(new URL('../../../web/dist', import.meta.url));
  return existsSync(join(dir, 'index.html')) ? dir : undefined;
}
