// The JavaScript a browser must download before the app's first render: the entry script of the built
// index.html, its modulepreload links, and every chunk they import statically (followed through Vite's
// manifest). Dynamic imports (lazy pages, the API client) are not in it: they load after the first render.
// Sizes are gzip level 9, what a server compressing on the fly at its best level would send.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const attribute = (tag, name) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];

/** Files (relative to dist) that index.html loads as module scripts or modulepreloads. */
export function htmlScripts(html) {
  const files = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const isModule = tag.startsWith('<script') && attribute(tag, 'type') === 'module';
    const isPreload = tag.startsWith('<link') && attribute(tag, 'rel') === 'modulepreload';
    const url = attribute(tag, isModule ? 'src' : 'href');
    if ((isModule || isPreload) && url) files.push(url.replace(/^\//, ''));
  }
  return files;
}

/** The static-import closure of `files`, through the manifest's `imports` (keys are source ids). */
export function staticClosure(manifest, files) {
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const key of byFile.get(file)?.imports ?? []) visit(manifest[key].file);
  };
  files.forEach(visit);
  return [...seen];
}

const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Sizes of `files` in dist: raw and gzip-9 bytes each, and their totals. */
export function measure(dist, files) {
  const rows = files.map((file) => {
    const buffer = readFileSync(join(dist, file));
    return { file, raw: buffer.length, gzip: gzipBytes(buffer) };
  });
  return {
    rows: rows.sort((a, b) => b.gzip - a.gzip),
    raw: rows.reduce((sum, row) => sum + row.raw, 0),
    gzip: rows.reduce((sum, row) => sum + row.gzip, 0),
  };
}

export function readDist(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  return { html, manifest };
}

/** The initial JavaScript of the built app in `dist`. */
export function initialJs(dist) {
  const { html, manifest } = readDist(dist);
  return measure(dist, staticClosure(manifest, htmlScripts(html)));
}
