// Initial JavaScript of the web app (issue [7 of 7], Web: at most 200 kB gzipped).
// Reads apps/web/dist, builds nothing: run `pnpm build` first (or `pnpm bench`, which builds).
// Initial = the entry script of index.html + its modulepreloads + their static imports (Vite manifest),
// gzip level 9. Also shown: what the sign-in form needs in all (initial + the lazy chunks it loads).
import { fileURLToPath } from 'node:url';
import { initialJs, measure, readDist, staticClosure } from '../apps/web/scripts/initial-js.mjs';

const DIST = fileURLToPath(new URL('../apps/web/dist/', import.meta.url));
const TARGET = 200 * 1000;
// Lazy modules the sign-in page loads after the first render (absent from the manifest when not split).
const SIGN_IN_SOURCES = ['src/features/auth/pages/LoginPage.tsx', 'src/api/client.ts'];

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const initial = initialJs(DIST);
const { manifest } = readDist(DIST);
const signInLazy = SIGN_IN_SOURCES.filter((source) => manifest[source]).map(
  (source) => manifest[source].file,
);
const signIn = measure(
  DIST,
  staticClosure(manifest, [...initial.rows.map((row) => row.file), ...signInLazy]),
);

console.log('Initial JavaScript (gzip -9):');
for (const row of initial.rows)
  console.log(`  ${kB(row.gzip).padStart(9)}  ${kB(row.raw).padStart(9)} raw  ${row.file}`);
console.log(
  JSON.stringify({
    bench: 'web-bundle',
    initialGzipBytes: initial.gzip,
    initialRawBytes: initial.raw,
    initialChunks: initial.rows.length,
    signInFormGzipBytes: signIn.gzip,
    targetGzipBytes: TARGET,
    ratioToTarget: Number((initial.gzip / TARGET).toFixed(3)),
    met: initial.gzip <= TARGET,
  }),
);
if (initial.gzip > TARGET) process.exitCode = 1;
