// Writes the committed copy of the OpenAPI document (docs/openapi.json): `pnpm --filter @draftbench/api openapi`.
// openapi.document.spec.ts fails while the copy differs from what the contracts generate.
import { writeFileSync } from 'node:fs';
import { apiVersion, buildOpenApiDocument, COMMITTED_OPENAPI } from './openapi.document.js';

writeFileSync(COMMITTED_OPENAPI, `${JSON.stringify(buildOpenApiDocument(apiVersion()), null, 2)}\n`);
console.log(`Wrote ${COMMITTED_OPENAPI.pathname}`);
