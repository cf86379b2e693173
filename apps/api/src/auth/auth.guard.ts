import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { CSRF_HEADER, SESSION_COOKIE, type Session } from '@draftbench/contracts';
import { type FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { ProblemException } from '../common/problem.exception.js';
import { ACCESS_POLICY, allows } from './access-policy.js';
import { AuthService } from './auth.service.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by AuthGuard for every signed-in request. */
    session?: Session;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const routeKey = (method: string, url: string) => `${method === 'HEAD' ? 'GET' : method} ${url}`;

function sameToken(a: string | undefined, b: string): boolean {
  if (!a || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** Global guard: the access policy decides; the session cookie identifies; writes need the CSRF token. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const key = routeKey(request.method, request.routeOptions.url ?? request.url);
    const access = ACCESS_POLICY[key];
    if (!access) throw new ProblemException(403, 'Forbidden', `No access rule covers ${key}; it is refused.`);
    if (access === 'public') return true;

    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await this.auth.resolve(token) : undefined;
    if (!session) {
      throw new ProblemException(
        401,
        'Sign-in required',
        'Sign in first (POST /v1/auth/login), then send the session cookie.',
      );
    }
    // Double-submit check: a cross-site form can send the cookie but cannot read the token.
    if (!SAFE_METHODS.has(request.method) && !sameToken(header(request, CSRF_HEADER), session.csrfToken)) {
      throw new ProblemException(
        403,
        'CSRF token missing',
        `Send the csrfToken from the sign-in response (or GET /v1/auth/session) in the ${CSRF_HEADER} header.`,
      );
    }
    if (!allows(access, session.user.roles)) {
      const needed = (access as readonly string[]).join(' or ');
      throw new ProblemException(
        403,
        'Forbidden',
        `This needs the ${needed} role; you have ${session.user.roles.join(', ')}.`,
      );
    }
    request.session = session;
    return true;
  }
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
