import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type User } from '@draftbench/contracts';
import { type FastifyRequest } from 'fastify';
import { type AuthenticatedApiKey } from '../api-keys/api-keys.service.js';

/** Who is calling: a signed-in user, or an API key acting as its owner. */
export interface Caller {
  user: User;
  apiKey: AuthenticatedApiKey | null;
}

/** The caller AuthGuard identified; only on routes whose policy requires sign-in. */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  if (!request.session) throw new Error('CurrentCaller used on a public route');
  return { user: request.session.user, apiKey: request.apiKey ?? null };
});
