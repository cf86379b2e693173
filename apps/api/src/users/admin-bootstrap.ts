import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../auth/password.js';
import { announce } from '../common/announce.js';
import { type Env } from '../config/env.schema.js';
import { ENV } from '../infrastructure/tokens.js';
import { UsersRepository } from './users.repository.js';

/**
 * First start: with no admin in the database, create one from ADMIN_EMAIL / ADMIN_PASSWORD. Without
 * ADMIN_PASSWORD a random one is generated and printed once, so `pnpm start` needs no setup.
 */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Draftbench');

  constructor(
    private readonly users: UsersRepository,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.users.anyWithRole('admin')) return;
    const password = this.env.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
    const created = await this.users.create({
      email: this.env.ADMIN_EMAIL,
      displayName: 'Admin',
      passwordHash: await hashPassword(password),
      roles: ['admin'],
    });
    if (!created) return; // another process created it first
    if (this.env.ADMIN_PASSWORD)
      this.logger.log(`Created the admin ${this.env.ADMIN_EMAIL} from ADMIN_PASSWORD.`);
    // Printed on stdout whatever the log level: it is the only way to learn a generated password.
    else
      announce(
        this.env,
        AdminBootstrap.name,
        `Created the first admin: ${this.env.ADMIN_EMAIL} / ${password} (shown once; change it in Settings)`,
      );
  }
}
