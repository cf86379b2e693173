import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { CSRF_HEADER, SESSION_COOKIE, type Session, type User } from '@draftbench/contracts';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { ApiKeysService, type AuthenticatedApiKey } from '../api-keys/api-keys.service.js';
import { RequestRateLimit } from '../api-keys/request-rate-limit.js';
import { ProblemException } from '../common/problem.exception.js';
import { ACCESS_POLICY, allows, missingScopes } from './access-policy.js';
import { AuthService } from './auth.service.js';
import { type RouteRule } from './route-rule.js';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * Set by AuthGuard for every signed-in request. An API key acts as its owner: its session carries the
     * owner and no CSRF token (a bearer request has no cookie a forged form could ride on).
     */
    session?: Session;
    /** Set by AuthGuard when the request came with an API key. */
    apiKey?: AuthenticatedApiKey;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const BEARER = /^Bearer\s+(\S+)\s*$/i;

export const routeKey = (method: string, url: string) => `${method === 'HEAD' ? 'GET' : method} ${url}`;

function sameToken(a: string | undefined, b: string): boolean {
  if (!a || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Global guard: the access policy decides. A bearer API key or the session cookie identifies; cookie
 * writes need the CSRF token; a key is held to its scopes and its rate limit as well as its owner's roles.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly apiKeys: ApiKeysService,
    private readonly rateLimit: RequestRateLimit,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const key = routeKey(request.method, request.routeOptions.url ?? request.url);
    const rule = ACCESS_POLICY[key];
    if (!rule) throw new ProblemException(403, 'Forbidden', `No access rule covers ${key}; it is refused.`);
    if (rule.access === 'public') return true;

    const bearer = BEARER.exec(header(request, 'authorization') ?? '')?.[1];
    if (bearer !== undefined) {
      const reply = context.switchToHttp().getResponse<FastifyReply>();
      await this.admitApiKey(request, reply, bearer, key, rule);
      return true;
    }

    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await this.auth.resolve(token) : undefined;
    if (!session) {
      throw new ProblemException(
        401,
        'Sign-in required',
        'Sign in first (POST /v1/auth/login), then send the session cookie — or send an API key as ' +
          '`Authorization: Bearer <key>`.',
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
    refuseUnlessRoles(rule, session.user, 'you have');
    request.session = session;
    return true;
  }

  private async admitApiKey(
    request: FastifyRequest,
    reply: FastifyReply,
    bearer: string,
    route: string,
    rule: RouteRule,
  ): Promise<void> {
    const { key, owner } = await this.apiKeys.authenticate(bearer);
    await this.rateLimit.admit(key, reply);
    if (rule.scopes === null) {
      throw new ProblemException(
        403,
        'Not for API keys',
        `${route} is for signed-in people only; API keys cannot call it. Sign in to the web app instead.`,
      );
    }
    const missing = missingScopes(rule.scopes, key.scopes);
    if (missing.length) {
      throw new ProblemException(
        403,
        'Missing scope',
        `${route} needs the ${missing.join(' and ')} scope; the API key ${key.prefix} has ${key.scopes.join(', ')}. ` +
          'Create a key with that scope in Settings → API keys.',
      );
    }
    refuseUnlessRoles(rule, owner, "the key's owner has");
    request.session = { user: owner, csrfToken: '' };
    request.apiKey = key;
  }
}

function refuseUnlessRoles(rule: RouteRule, user: User, holder: string): void {
  if (allows(rule.access, user.roles)) return;
  const needed = (rule.access as readonly string[]).join(' or ');
  throw new ProblemException(
    403,
    'Forbidden',
    `This needs the ${needed} role; ${holder} ${user.roles.join(', ')}.`,
  );
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
