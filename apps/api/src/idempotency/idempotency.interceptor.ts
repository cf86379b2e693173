import {
  type CallHandler,
  type ExecutionContext,
  HttpStatus,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import { IDEMPOTENCY_KEY_HEADER } from '@draftbench/contracts';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { catchError, from, mergeMap, type Observable, of, throwError } from 'rxjs';
import { ProblemException } from '../common/problem.exception.js';
import { bodyDigest } from './body-digest.js';
import { IdempotencyService } from './idempotency.service.js';
import { NOT_IDEMPOTENT } from './not-idempotent.decorator.js';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const EMPTY_BODY = bodyDigest(Buffer.alloc(0));
const CREATED = new Set<number>([HttpStatus.CREATED, HttpStatus.ACCEPTED]);

/**
 * `Idempotency-Key` on every creating POST — a POST that answers 201 or 202 — for sessions and API keys
 * alike: the first request with a key runs and its answer is stored; the same key with the same request
 * gets that answer again (with `Idempotent-Replayed: true`); with another request, a 409. Failed requests
 * store nothing, so they can be retried with the same key. Other requests ignore the header.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly idempotency: IdempotencyService,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const key = request.headers[IDEMPOTENCY_KEY_HEADER];
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201;
    if (key === undefined || request.method !== 'POST' || !CREATED.has(status) || !request.session)
      return next.handle();

    const refusal = this.reflector.get<string | undefined>(NOT_IDEMPOTENT, context.getHandler());
    if (refusal) {
      throw new ProblemException(
        400,
        'Idempotency-Key not supported',
        `This route does not take an Idempotency-Key: ${refusal}.`,
      );
    }
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw new ProblemException(
        400,
        'Invalid Idempotency-Key',
        'Send one Idempotency-Key of 1–255 visible ASCII characters, e.g. a UUID, and a new one per new request.',
      );
    }
    const caller = request.apiKey ? `key:${request.apiKey.id}` : `user:${request.session.user.id}`;
    const fingerprint = createHash('sha256')
      .update(`${request.method} ${request.url}\n${request.bodyDigest ?? EMPTY_BODY}`)
      .digest('base64url');

    const started = await this.idempotency.start(caller, key, fingerprint);
    if (started.kind === 'replay') {
      void context.switchToHttp().getResponse<FastifyReply>().header('idempotent-replayed', 'true');
      return of(started.body);
    }
    request.idempotencyKey = key;
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        await started.finish(status, body);
        return body;
      }),
      catchError((error: unknown) => from(started.abandon()).pipe(mergeMap(() => throwError(() => error)))),
    );
  }
}
