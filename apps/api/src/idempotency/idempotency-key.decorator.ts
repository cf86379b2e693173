import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by IdempotencyInterceptor when this request claimed its Idempotency-Key. */
    idempotencyKey?: string;
  }
}

/** The Idempotency-Key this request runs under, or null; recorded on what it creates. */
export const IdempotencyKey = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | null =>
    context.switchToHttp().getRequest<FastifyRequest>().idempotencyKey ?? null,
);
