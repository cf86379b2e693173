import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlScripts, initialJs, staticClosure, type Manifest } from './initial-js.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
/** Issue [7 of 7], Web: the JavaScript loaded before the first render, gzipped. */
const LIMIT_GZIP_BYTES = 200_000;

describe('initial JavaScript', () => {
  it('takes the module scripts and modulepreloads of index.html, nothing else', () => {
    const html = `<script type="module" crossorigin src="/assets/index-1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-2.js">
      <link rel="stylesheet" href="/assets/index-3.css"><script src="/legacy.js"></script>`;
    expect(htmlScripts(html)).toEqual(['assets/index-1.js', 'assets/vendor-2.js']);
  });

  it('follows static imports through the manifest, not dynamic ones', () => {
    const manifest: Manifest = {
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        imports: ['_shared.js'],
        dynamicImports: ['src/Page.tsx'],
      },
      '_shared.js': { file: 'assets/shared.js', imports: ['_runtime.js'] },
      '_runtime.js': { file: 'assets/runtime.js', imports: ['_shared.js'] },
      'src/Page.tsx': { file: 'assets/Page.js', isDynamicEntry: true, imports: ['_shared.js'] },
    };
    expect(staticClosure(manifest, ['assets/index.js']).sort()).toEqual([
      'assets/index.js',
      'assets/runtime.js',
      'assets/shared.js',
    ]);
  });

  // The e2e files need the same build: `pnpm test` builds first.
  it(`of the built app stays within ${LIMIT_GZIP_BYTES / 1000} kB gzipped`, () => {
    if (!existsSync(`${DIST}.vite/manifest.json`))
      throw new Error(`${DIST} has no Vite manifest: build the web app first (pnpm build)`);
    const { gzip, rows } = initialJs(DIST);
    expect(rows.length).toBeGreaterThan(0);
    expect(gzip, rows.map((row) => `${row.gzip} ${row.file}`).join('\n')).toBeLessThanOrEqual(
      LIMIT_GZIP_BYTES,
    );
  });
});
