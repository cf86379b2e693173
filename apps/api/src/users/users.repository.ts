import { Inject, Injectable } from '@nestjs/common';
import { type Role } from '@draftbench/contracts';
import { users, type Database, type UserRow } from '@draftbench/db';
import { asc, eq, sql } from 'drizzle-orm';
import { DB } from '../infrastructure/tokens.js';

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

  list(role?: Role): Promise<UserRow[]> {
    const query = this.db.select().from(users);
    const filtered = role ? query.where(sql`${users.roles} @> ${JSON.stringify([role])}::jsonb`) : query;
    return filtered.orderBy(asc(users.displayName), asc(users.id));
  }

  async anyWithRole(role: Role): Promise<boolean> {
    return (await this.list(role)).length > 0;
  }

  async update(id: string, set: Partial<NewUser>): Promise<UserRow | undefined> {
    const [row] = await this.db.update(users).set(set).where(eq(users.id, id)).returning();
    return row;
  }
}
