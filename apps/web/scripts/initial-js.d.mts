export interface SizedFile {
  file: string;
  raw: number;
  gzip: number;
}
export interface Sizes {
  rows: SizedFile[];
  raw: number;
  gzip: number;
}
export interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
  isDynamicEntry?: boolean;
}
export type Manifest = Record<string, ManifestChunk>;

export function htmlScripts(html: string): string[];
export function staticClosure(manifest: Manifest, files: string[]): string[];
export function measure(dist: string, files: string[]): Sizes;
export function readDist(dist: string): { html: string; manifest: Manifest };
export function initialJs(dist: string): Sizes;
