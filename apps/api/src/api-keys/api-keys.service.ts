import { Inject, Injectable } from '@nestjs/common';
import {
  type ApiKey,
  type ApiKeyCreate,
  type ApiKeyCreated,
  type FieldError,
  type Scope,
  type User,
  type ApiKeyPage,
  type PageQuery,
} from '@draftbench/contracts';
import { type ApiKeyRow, type UserRow } from '@draftbench/db';
import { pageOf } from '../common/cursor.js';
import { notFound, ProblemException } from '../common/problem.exception.js';
import { type Env } from '../config/env.schema.js';
import { ENV } from '../infrastructure/tokens.js';
import { userFromRow } from '../users/user.mapper.js';
import { ApiKeyCache } from './api-key-cache.js';
import { apiKeyFromRow } from './api-key.mapper.js';
import { newApiKeyToken, parseApiKeyToken, secretMatches, visiblePrefix } from './api-key-token.js';
import { ApiKeysRepository } from './api-keys.repository.js';

/** A key that passed authentication, with its limits resolved against the server defaults. */
export interface AuthenticatedApiKey {
  id: string;
  prefix: string;
  scopes: Scope[];
  rateLimitPerMinute: number;
  maxConcurrentJobs: number;
}

const LAST_USED_RESOLUTION_MS = 60_000;

/** A key row and its owner's, as found by the key's public id. */
export type KeyWithOwner = { key: ApiKeyRow; owner: UserRow };

const unauthorized = (title: string, detail: string) =>
  new ProblemException(401, title, detail).withHeaders({
    'www-authenticate': 'Bearer error="invalid_token"',
  });

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeysRepository,
    @Inject(ENV) private readonly env: Env,
    private readonly cache: ApiKeyCache<KeyWithOwner>,
  ) {}

  /** Creates a key for `owner`; the answer is the only time the secret is seen. */
  async create(input: ApiKeyCreate, owner: User): Promise<ApiKeyCreated> {
    if (!owner.roles.includes('admin')) this.refuseRaisedLimits(input);
    const { token, publicId, secretHash } = newApiKeyToken();
    const row = await this.keys.create({
      userId: owner.id,
      name: input.name,
      publicId,
      secretHash,
      scopes: input.scopes,
      expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
      rateLimitPerMinute: input.rateLimitPerMinute ?? null,
      maxConcurrentJobs: input.maxConcurrentJobs ?? null,
    });
    return { ...apiKeyFromRow(row), secret: token };
  }

  async list(userId: string, query: PageQuery): Promise<ApiKeyPage> {
    return pageOf(await this.keys.listByUser(userId, query), query.limit, apiKeyFromRow);
  }

  async revoke(id: string, userId: string): Promise<ApiKey> {
    const row = await this.keys.revoke(id, userId);
    if (!row) throw notFound('API key', id);
    this.cache.forget(row.publicId); // other API processes stop accepting it within API_KEY_CACHE_TTL_MS
    return apiKeyFromRow(row);
  }

  /** The key and its owner for a presented token, or a 401 problem that says what is wrong with it. */
  async authenticate(token: string): Promise<{ key: AuthenticatedApiKey; owner: User }> {
    const parsed = parseApiKeyToken(token);
    const found = parsed && (await this.find(parsed.publicId));
    if (!parsed || !found || !secretMatches(parsed.secret, found.key.secretHash)) {
      throw unauthorized(
        'Invalid API key',
        'The bearer token is not a valid Draftbench API key (dbk_…). Check that the whole key was sent, ' +
          'or create a new one in Settings → API keys.',
      );
    }
    const { key, owner } = found;
    const prefix = visiblePrefix(key.publicId);
    if (key.revokedAt) {
      throw unauthorized(
        'API key revoked',
        `The API key ${prefix} was revoked on ${key.revokedAt.toISOString()}. Create a new key in Settings → API keys.`,
      );
    }
    if (key.expiresAt && key.expiresAt.getTime() <= Date.now()) {
      throw unauthorized(
        'API key expired',
        `The API key ${prefix} expired on ${key.expiresAt.toISOString()}. Create a new key in Settings → API keys.`,
      );
    }
    if (owner.disabled) {
      throw unauthorized(
        'API key owner disabled',
        `The account that owns the API key ${prefix} is disabled, so the key no longer works. Ask an admin.`,
      );
    }
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
      await this.keys.touch(key.id);
      key.lastUsedAt = new Date(); // the cached row too: its next requests need not touch again
    }
    return { key: this.authenticated(key, prefix), owner: userFromRow(owner) };
  }

  /**
   * Revocation, expiry and the owner are checked on every request against the row, which may come from
   * the cache: what this process changes (revoke, a user update) it forgets at once.
   */
  private async find(publicId: string): Promise<KeyWithOwner | undefined> {
    const cached = this.cache.get(publicId);
    if (cached) return cached;
    const found = await this.keys.findWithOwner(publicId);
    if (found) this.cache.set(publicId, found);
    return found;
  }

  private authenticated(key: ApiKeyRow, prefix: string): AuthenticatedApiKey {
    return {
      id: key.id,
      prefix,
      scopes: key.scopes,
      rateLimitPerMinute: key.rateLimitPerMinute ?? this.env.API_KEY_RATE_LIMIT_PER_MINUTE,
      maxConcurrentJobs: key.maxConcurrentJobs ?? this.env.API_KEY_MAX_CONCURRENT_JOBS,
    };
  }

  /** Anyone may make their key stricter than the defaults; only admins may make it looser. */
  private refuseRaisedLimits(input: ApiKeyCreate): void {
    const { API_KEY_RATE_LIMIT_PER_MINUTE: perMinute, API_KEY_MAX_CONCURRENT_JOBS: concurrent } = this.env;
    const errors: FieldError[] = [];
    if ((input.rateLimitPerMinute ?? 0) > perMinute)
      errors.push({ path: 'rateLimitPerMinute', message: `At most ${perMinute} unless an admin sets it` });
    if ((input.maxConcurrentJobs ?? 0) > concurrent)
      errors.push({ path: 'maxConcurrentJobs', message: `At most ${concurrent} unless an admin sets it` });
    if (errors.length) {
      throw new ProblemException(
        403,
        'Limit above the default',
        `Only admins may give a key limits above the server defaults (${perMinute} requests per minute, ` +
          `${concurrent} jobs at once). Choose lower values, or leave them empty for the defaults.`,
        errors,
      );
    }
  }
}
