import { readFileSync } from 'node:fs';
import * as contracts from '@draftbench/contracts';
import { z } from 'zod';
import {
  WEBHOOK_SIGNATURE_HEADER,
  OPERATIONS,
  Problem,
  PROBLEM_CONTENT_TYPE,
  type Operation,
  SESSION_COOKIE,
  CSRF_HEADER,
  IDEMPOTENCY_KEY_HEADER,
} from '@draftbench/contracts';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import { ACCESS_POLICY } from '../auth/access-policy.js';
import { type RouteRule } from '../auth/route-rule.js';

export type OpenApiDocument = ReturnType<typeof createDocument>;

const ProblemBody = Problem.meta({ id: 'Problem' });

const IdempotencyHeader = z.object({
  [IDEMPOTENCY_KEY_HEADER]: z
    .string()
    .min(1)
    .max(255)
    .optional()
    .describe(
      'Any unique string (a UUID): the same key with the same request returns the first answer (with `Idempotent-Replayed: true`) instead of creating twice; with another request, 409. Kept 24 h.',
    ),
});

/** The resources, by the names clients know them by; other reused schemas get generated names. */
const NAMED_SCHEMAS = Object.fromEntries(
  (
    [
      'Assignment',
      'Batch',
      'Brief',
      'BriefCreate',
      'Draft',
      'GenerationParameters',
      'Job',
      'JobCreate',
      'JobWithDrafts',
      'JudgeRun',
      'Leaderboard',
      'PromptTemplate',
      'Session',
      'TokenUsage',
      'User',
      'Vote',
      'WebhookDelivery',
      'WebhookEndpoint',
      'WebhookEvent',
    ] as const
  ).map((name) => [name, contracts[name]]),
);

/** What Draftbench sends to webhook endpoints (OpenAPI 3.1 `webhooks`): one POST per job event. */
const WEBHOOKS: Record<string, { post: ZodOpenApiOperationObject }> = {
  jobEvent: {
    post: {
      operationId: 'jobEvent',
      tags: ['Webhooks'],
      summary: 'A job ended: succeeded, failed, refused or cancelled',
      description:
        'Sent to the endpoints that match the job and to the job’s own `webhook`. Verify the signature over the raw body before parsing it (`verifyWebhook` in the client package), and deduplicate by the event `id`, which stays the same across retries and redeliveries. Any 2xx answer within the timeout counts as delivered; anything else is retried with exponential backoff for about an hour. Redirects are not followed.',
      requestParams: {
        header: z.object({
          [WEBHOOK_SIGNATURE_HEADER]: z
            .string()
            .describe('`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the secret>`'),
        }),
      },
      requestBody: { required: true, content: { 'application/json': { schema: contracts.WebhookEvent } } },
      responses: { '2XX': { description: 'Received; no further attempts.' } },
    },
  },
};

/** Errors every route of a kind answers, and what each means to the caller. */
const ERRORS: Record<number, { description: string; detail: string }> = {
  400: {
    description: 'The request is invalid; `errors` lists each field and what is wrong with it.',
    detail:
      'The request has 1 invalid field: fields.sellingPoints: Too small: expected array to have >=1 items',
  },
  401: {
    description: 'Not signed in, or the session has expired.',
    detail: 'Sign in first: this route needs a session.',
  },
  403: {
    description: 'Signed in, but without a role this route needs.',
    detail: 'This route needs one of the roles: lead.',
  },
  404: {
    description: 'A resource the request names does not exist.',
    detail:
      'No brief has the id 0b9f3c1e-8d1a-4f7b-9a57-2f2d6c1e4a10. Check the id, or list briefs to find it.',
  },
  409: {
    description:
      'The resource is in a state that does not allow this, or the Idempotency-Key was used for another request (or that request is still running); `detail` says which.',
    detail: 'This Idempotency-Key was used with a different request. Use a new key for a new request.',
  },
  413: {
    description: 'The body is larger than the route accepts.',
    detail: 'The request body is larger than 1 MiB. Send fewer rows at a time.',
  },
  429: {
    description:
      'Too many requests — over an API key’s requests per minute or concurrent jobs, or too many failed sign-ins: wait for `Retry-After` seconds. Every API key request carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`.',
    detail: 'This API key made 120 requests in the last minute, its limit. Retry after 12 seconds.',
  },
  503: {
    description: 'A dependency (database or queue) does not answer.',
    detail: 'The database does not answer.',
  },
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/** POSTs that answer 201/202 take Idempotency-Key, unless the catalogue says otherwise (the interceptor's rule). */
const takesIdempotencyKey = (operation: Operation) =>
  operation.method === 'POST' && [201, 202].includes(operation.status) && operation.idempotent !== false;

function errorsOf(operation: Operation, { access, scopes }: RouteRule): number[] {
  const codes = new Set(operation.errors ?? []);
  if (operation.params || operation.query || operation.body) codes.add(400);
  if (access !== 'public') codes.add(401);
  if (Array.isArray(access) || scopes?.length) codes.add(403);
  if (takesIdempotencyKey(operation)) codes.add(409);
  if (access !== 'public' && scopes !== null) codes.add(429);
  if (operation.params) codes.add(404);
  if (operation.body) codes.add(413);
  return [...codes].sort((a, b) => a - b);
}

function responsesOf(operation: Operation, rule: RouteRule): ZodOpenApiResponsesObject {
  const success = operation.produces
    ? { content: { [operation.produces]: { schema: { type: 'string' as const } } } }
    : operation.response
      ? { content: { 'application/json': { schema: operation.response } } }
      : {};
  const responses: ZodOpenApiResponsesObject = {
    [`${operation.status}`]: { description: operation.summary, ...success },
  };
  for (const status of errorsOf(operation, rule)) {
    const known = ERRORS[status]!;
    responses[String(status) as `${4 | 5}${string}`] = {
      description: known.description,
      content: {
        [PROBLEM_CONTENT_TYPE]: {
          schema: ProblemBody,
          example: { type: 'about:blank', title: TITLES[status], status, detail: known.detail },
        },
      },
    };
  }
  return responses;
}

function describeAccess({ access, scopes }: RouteRule): string {
  if (access === 'public') return 'Public.';
  const people =
    access === 'signed-in' ? 'Any signed-in user' : `Roles: ${access.join(', ')} (admins always)`;
  if (scopes === null) return `${people}; signed-in people only, not API keys.`;
  return `${people}. API keys: ${scopes.length ? `scope ${scopes.join(' + ')}` : 'any scope'}, acting as their owner.`;
}

function securityOf({ access, scopes }: RouteRule): Record<string, string[]>[] {
  if (access === 'public') return [];
  const session = { session: [] };
  return scopes === null ? [session] : [session, { apiKey: [...scopes] }];
}

function operationObject(id: string, operation: Operation): ZodOpenApiOperationObject {
  const rule = ACCESS_POLICY[`${operation.method} ${operation.path}`];
  if (!rule) throw new Error(`${id}: ${operation.method} ${operation.path} has no access rule`);
  const content: NonNullable<ZodOpenApiOperationObject['requestBody']>['content'] = {};
  if (operation.body) content['application/json'] = { schema: operation.body, example: operation.example };
  if (operation.multipart) content['multipart/form-data'] = { schema: operation.multipart };
  return {
    operationId: id,
    tags: [operation.tag],
    summary: operation.summary,
    description: [operation.description, describeAccess(rule)].filter(Boolean).join('\n\n'),
    security: securityOf(rule),
    ...((operation.params || operation.query || takesIdempotencyKey(operation)) && {
      requestParams: {
        ...(operation.params && { path: operation.params }),
        ...(operation.query && { query: operation.query }),
        ...(takesIdempotencyKey(operation) && { header: IdempotencyHeader }),
      },
    }),
    ...(Object.keys(content).length && { requestBody: { required: true, content } }),
    responses: responsesOf(operation, rule),
  };
}

/** The OpenAPI 3.1 document of the HTTP API, generated from the operation catalogue and the access table. */
export function buildOpenApiDocument(version: string): OpenApiDocument {
  const paths: Record<string, Record<string, ZodOpenApiOperationObject>> = {};
  for (const [id, operation] of Object.entries(OPERATIONS) as [string, Operation][]) {
    const path = (paths[openApiPath(operation.path)] ??= {});
    path[operation.method.toLowerCase()] = operationObject(id, operation);
  }
  return createDocument(
    {
      openapi: '3.1.0',
      info: {
        title: 'Draftbench API',
        version,
        description:
          'Put professional, community, AI-generated and AI-assisted drafts of the same brief side by side, rate them blind, and learn which way of producing content wins. Errors are `application/problem+json` (RFC 9457).',
      },
      tags: [...new Set(Object.values(OPERATIONS).map((o) => o.tag))].map((name) => ({ name })),
      paths,
      webhooks: WEBHOOKS,
      components: {
        schemas: NAMED_SCHEMAS,
        securitySchemes: {
          apiKey: {
            type: 'http',
            scheme: 'bearer',
            description:
              '`Authorization: Bearer dbk_…` — an API key from Settings → API keys (or POST /v1/api-keys). No CSRF token needed. The requirement lists the scopes the route needs.',
          },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: `Set by POST /v1/auth/login. Requests other than GET also need the CSRF token from the session in the \`${CSRF_HEADER}\` header.`,
          },
        },
      },
    },
    { reused: 'inline' },
  );
}

let served: OpenApiDocument | undefined;
/** The document the running API serves, built once. */
export const openApiDocument = (): OpenApiDocument => (served ??= buildOpenApiDocument(apiVersion()));

/** The API's version: the version of the @draftbench/api package. */
export function apiVersion(): string {
  const manifest = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(manifest) as { version: string }).version;
}

/** Where the committed copy lives, for readers and tools that do not run the API. */
export const COMMITTED_OPENAPI = new URL('../../../../docs/openapi.json', import.meta.url);
