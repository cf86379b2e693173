import { Inject, Injectable } from '@nestjs/common';
import { type Role, type UserListQuery } from '@draftbench/contracts';
import { users, type Database, type UserRow } from '@draftbench/db';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterCursor } from '../common/cursor.js';
import { DB } from '../infrastructure/tokens.js';

const withRole = (role: Role) => sql`${users.roles} @> ${JSON.stringify([role])}::jsonb`;

export type NewUser = typeof users.$inferInsert;

@Injectable()
export class UsersRepository {
  constructor(@Inject(DB) private readonly db: Database) {}

  /** Undefined when the email is taken. */
  async create(user: NewUser): Promise<UserRow | undefined> {
    const [row] = await this.db.insert(users).values(user).onConflictDoNothing().returning();
    return row;
  }

  async findById(id: string): Promise<UserRow | undefined> {
    const [row] = await this.db.select().from(users).where(eq(users.id, id));
    return row;
  }

  async findByEmail(email: string): Promise<UserRow | undefined> {
    const [row] = await this.db.select().from(users).where(eq(users.email, email.toLowerCase()));
    return row;
  }

  list(query: UserListQuery): Promise<UserRow[]> {
    return this.db
      .select()
      .from(users)
      .where(
        and(
          query.role ? withRole(query.role) : undefined,
          query.cursor ? afterCursor(users.createdAt, users.id, query.cursor) : undefined,
        ),
      )
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(query.limit + 1);
  }

  async anyWithRole(role: Role): Promise<boolean> {
    const [row] = await this.db.select({ id: users.id }).from(users).where(withRole(role)).limit(1);
    return row !== undefined;
  }

  async update(id: string, set: Partial<NewUser>): Promise<UserRow | undefined> {
    const [row] = await this.db.update(users).set(set).where(eq(users.id, id)).returning();
    return row;
  }
}
