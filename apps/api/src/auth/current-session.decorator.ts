import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type Session } from '@draftbench/contracts';
import { type FastifyRequest } from 'fastify';

/** The session AuthGuard attached; only on routes whose policy requires sign-in. */
export const CurrentSession = createParamDecorator((_data: unknown, context: ExecutionContext): Session => {
  const session = context.switchToHttp().getRequest<FastifyRequest>().session;
  if (!session) throw new Error('CurrentSession used on a public route');
  return session;
});
