import { IDEMPOTENCY_KEY_HEADER } from '@draftbench/contracts';
import { type FastifyInstance, type FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import { ProblemException } from '../common/problem.exception.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** SHA-256 of the raw body; only computed for POSTs that carry an Idempotency-Key. */
    bodyDigest?: string;
    /** The body those POSTs arrived with, already read from the socket (see `multipartSource`). */
    bufferedBody?: Buffer;
  }
}

/** Larger than any body a creating route accepts (a 10 MiB batch CSV and its form fields). */
const MAX_BODY_BYTES = 12 * 1024 * 1024;
const BOUNDARY = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i;

/**
 * SHA-256 of a request body. A multipart body is hashed with its boundary replaced by a fixed word: every
 * FormData gets a random boundary, and re-sending the same form must count as the same body.
 */
export function bodyDigest(body: Buffer, contentType = ''): string {
  const hash = createHash('sha256');
  const match = BOUNDARY.exec(contentType);
  const boundary = match ? Buffer.from(match[1] ?? match[2]!) : undefined;
  if (!boundary) return hash.update(body).digest('base64url');
  let from = 0;
  for (let at = body.indexOf(boundary); at !== -1; at = body.indexOf(boundary, from)) {
    hash.update(body.subarray(from, at)).update('BOUNDARY');
    from = at + boundary.length;
  }
  return hash.update(body.subarray(from)).digest('base64url');
}

/**
 * Reads the body of every POST with an Idempotency-Key before Fastify parses it, records its digest, and
 * hands the same bytes on: the idempotency interceptor compares requests by it, whatever the content type
 * (a multipart upload is only read by its handler, long after the interceptor has to decide).
 */
export function registerBodyDigest(fastify: FastifyInstance): void {
  fastify.addHook('preParsing', async (request, reply, payload) => {
    if (request.method !== 'POST' || request.headers[IDEMPOTENCY_KEY_HEADER] === undefined) return payload;
    const body = await readAll(payload).catch((error: unknown) => {
      // The rest of the body is never read: close the connection after the answer instead of keeping it.
      void reply.header('connection', 'close');
      throw error;
    });
    request.bodyDigest = bodyDigest(body, request.headers['content-type']);
    request.bufferedBody = body;
    return replayOf(body);
  });
}

function replayOf(body: Buffer): PassThrough {
  const replay = new PassThrough();
  replay.end(body);
  return replay;
}

/**
 * The request to read multipart parts from. @fastify/multipart reads the socket (`request.raw`) itself,
 * which the digest hook has already drained: this view of the request replays the buffered bytes.
 */
export function multipartSource(request: FastifyRequest): FastifyRequest {
  const body = request.bufferedBody;
  if (!body) return request;
  const raw = Object.assign(replayOf(body), { headers: request.raw.headers });
  return Object.create(request, { raw: { value: raw } }) as FastifyRequest;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += bytes.length;
    if (size > MAX_BODY_BYTES) {
      throw new ProblemException(
        413,
        'Payload Too Large',
        `A request with an Idempotency-Key may carry at most ${MAX_BODY_BYTES / 1024 / 1024} MiB. Send a smaller body.`,
      );
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
