import { Inject, Injectable } from '@nestjs/common';
import { type LoginRequest, type Session } from '@draftbench/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { LoginThrottle } from './login-throttle.js';
import { ProblemException } from '../common/problem.exception.js';
import { type Env } from '../config/env.schema.js';
import { ENV } from '../infrastructure/tokens.js';
import { userFromRow } from '../users/user.mapper.js';
import { UsersRepository } from '../users/users.repository.js';
import { hashPassword, verifyPassword } from './password.js';
import { SessionsRepository } from './sessions.repository.js';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

// Compared against when the email is unknown, so both paths cost one scrypt and timing reveals nothing.
const DUMMY_HASH = hashPassword('not a real password');

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    @Inject(ENV) private readonly env: Env,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Returns the session and the opaque cookie value (only its hash is stored). */
  async login(
    input: LoginRequest,
    address: string,
  ): Promise<{ token: string; session: Session; expiresAt: Date }> {
    await this.throttle.assertAllowed(input.email, address);
    const user = await this.users.findByEmail(input.email);
    const valid = await verifyPassword(input.password, user?.passwordHash ?? (await DUMMY_HASH));
    if (!user || !valid || user.disabled) {
      await this.throttle.failed(input.email, address);
      throw new ProblemException(
        401,
        'Sign-in failed',
        'The email or password is wrong, or the account is disabled.',
      );
    }
    await this.throttle.succeeded(input.email, address);
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(Date.now() + this.env.SESSION_TTL_HOURS * 3_600_000);
    await this.sessions.create({ tokenHash: hashToken(token), userId: user.id, csrfToken, expiresAt });
    await this.sessions.deleteExpired();
    return { token, session: { user: userFromRow(user), csrfToken }, expiresAt };
  }

  async resolve(token: string): Promise<Session | undefined> {
    const found = await this.sessions.findLive(hashToken(token));
    if (!found || found.user.disabled) return undefined;
    return { user: userFromRow(found.user), csrfToken: found.session.csrfToken };
  }

  async logout(token: string): Promise<void> {
    await this.sessions.delete(hashToken(token));
  }
}
