import { Inject, Injectable } from '@nestjs/common';
import { sessions, users, type Database, type SessionRow, type UserRow } from '@draftbench/db';
import { and, eq, gt, lt } from 'drizzle-orm';
import { DB } from '../infrastructure/tokens.js';

@Injectable()
export class SessionsRepository {
  constructor(@Inject(DB) private readonly db: Database) {}

  async create(session: typeof sessions.$inferInsert): Promise<void> {
    await this.db.insert(sessions).values(session);
  }

  /** A live session and its user, or undefined when unknown or expired. */
  async findLive(tokenHash: string): Promise<{ session: SessionRow; user: UserRow } | undefined> {
    const [row] = await this.db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date())));
    return row;
  }

  async delete(tokenHash: string): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.userId, userId));
  }

  async deleteExpired(): Promise<void> {
    await this.db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  }
}
