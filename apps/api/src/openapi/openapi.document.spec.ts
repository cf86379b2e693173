import { Validator } from '@seriousme/openapi-schema-validator';
import { OPERATIONS } from '@draftbench/contracts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiVersion, buildOpenApiDocument, COMMITTED_OPENAPI } from './openapi.document.js';

describe('the OpenAPI document', () => {
  const document = buildOpenApiDocument(apiVersion());

  it('matches the committed copy in docs/openapi.json (regenerate: pnpm --filter @draftbench/api openapi)', () => {
    const committed: unknown = JSON.parse(readFileSync(COMMITTED_OPENAPI, 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it('passes the OpenAPI 3.1 schema validation', async () => {
    const result = await new Validator().validate(JSON.parse(JSON.stringify(document)));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it('documents every operation with its parameters, body example and problem answers', () => {
    for (const [id, operation] of Object.entries(OPERATIONS)) {
      const path = operation.path.replace(/:(\w+)/g, '{$1}');
      const documented = document.paths?.[path]?.[operation.method.toLowerCase() as 'get'];
      expect(documented?.operationId, id).toBe(id);
      const names = (documented?.parameters ?? []).map((p: object) => ('name' in p ? p.name : undefined));
      if ('params' in operation) expect(names, id).toEqual(expect.arrayContaining(['id']));
      if ('body' in operation) {
        expect(documented?.requestBody, id).toMatchObject({
          content: { 'application/json': { example: operation.example } },
        });
      }
      const statuses = Object.keys(documented?.responses ?? {});
      expect(statuses, id).toContain(String(operation.status));
      for (const status of statuses.filter((s) => s !== String(operation.status)))
        expect(documented?.responses?.[status], `${id} ${status}`).toMatchObject({
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        });
    }
  });
});
