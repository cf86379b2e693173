import { Logger } from '@nestjs/common';
import { type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { type IncomingMessage } from 'node:http';
import { enterLogFields } from '../common/log-context.js';

export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTED_ID = /^[\w.:-]{1,128}$/;

/** The caller's `X-Request-Id` when it is a sane token (a proxy's or a client's trace id), else a new one. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && ACCEPTED_ID.test(given) ? given : randomUUID();
}

/**
 * Every answer carries the request id; every line logged while serving it carries it too (log-context),
 * and one access line per request is written at `log` level.
 */
export function registerRequestLogging(fastify: FastifyInstance): void {
  const logger = new Logger('HTTP');
  fastify.addHook('onRequest', async (request, reply) => {
    enterLogFields({ requestId: request.id });
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    logger.log(
      `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]} ${reply.statusCode} ${Math.round(reply.elapsedTime)} ms`,
    );
  });
}
