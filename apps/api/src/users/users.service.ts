import { Injectable } from '@nestjs/common';
import {
  type Page,
  type User,
  type UserCreate,
  type UserListQuery,
  type UserUpdate,
} from '@draftbench/contracts';
import { ApiKeyCache } from '../api-keys/api-key-cache.js';
import { hashPassword } from '../auth/password.js';
import { SessionsRepository } from '../auth/sessions.repository.js';
import { pageOf } from '../common/cursor.js';
import { conflict, notFound } from '../common/problem.exception.js';
import { userFromRow } from './user.mapper.js';
import { UsersRepository, type NewUser } from './users.repository.js';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly apiKeyCache: ApiKeyCache<unknown>,
  ) {}

  async create(input: UserCreate): Promise<User> {
    const row = await this.users.create({
      email: input.email,
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password),
      roles: [...new Set(input.roles)],
      hourlyRateUsd: input.hourlyRateUsd ?? null,
    });
    if (!row) throw conflict(`A user with the email ${input.email} already exists.`);
    return userFromRow(row);
  }

  async list(query: UserListQuery): Promise<Page<User>> {
    return pageOf(await this.users.list(query), query.limit, userFromRow);
  }

  async update(id: string, input: UserUpdate): Promise<User> {
    const { password, roles, ...rest } = input;
    const set: Partial<NewUser> = { ...rest };
    if (roles) set.roles = [...new Set(roles)];
    if (password) set.passwordHash = await hashPassword(password);
    const row = Object.keys(set).length ? await this.users.update(id, set) : await this.users.findById(id);
    if (!row) throw notFound('user', id);
    // A new password or a disabled account ends every open session of that user.
    if (password || input.disabled) await this.sessions.deleteForUser(id);
    // Cached API keys carry their owner: a disabled owner or new roles count from the next request.
    this.apiKeyCache.clear();
    return userFromRow(row);
  }
}
