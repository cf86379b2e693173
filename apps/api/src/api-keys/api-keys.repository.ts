import { Inject, Injectable } from '@nestjs/common';
import { apiKeys, users, type ApiKeyRow, type Database, type UserRow } from '@draftbench/db';
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { type PageQuery } from '@draftbench/contracts';
import { afterCursor } from '../common/cursor.js';
import { DB } from '../infrastructure/tokens.js';

export type NewApiKey = typeof apiKeys.$inferInsert;

/** How stale `last_used_at` may get: one write per key and minute, however many requests arrive. */
const LAST_USED_RESOLUTION = sql`interval '1 minute'`;

@Injectable()
export class ApiKeysRepository {
  constructor(@Inject(DB) private readonly db: Database) {}

  async create(key: NewApiKey): Promise<ApiKeyRow> {
    const [row] = await this.db.insert(apiKeys).values(key).returning();
    return row!;
  }

  /** The key with this public id and its owner, revoked and expired ones included (to say why they fail). */
  async findWithOwner(publicId: string): Promise<{ key: ApiKeyRow; owner: UserRow } | undefined> {
    const [row] = await this.db
      .select({ key: apiKeys, owner: users })
      .from(apiKeys)
      .innerJoin(users, eq(users.id, apiKeys.userId))
      .where(eq(apiKeys.publicId, publicId));
    return row;
  }

  /** Newest first, one row more than `limit` (see pageOf). */
  listByUser(userId: string, { limit, cursor }: PageQuery): Promise<ApiKeyRow[]> {
    return this.db
      .select()
      .from(apiKeys)
      .where(
        and(
          eq(apiKeys.userId, userId),
          cursor ? afterCursor(apiKeys.createdAt, apiKeys.id, cursor) : undefined,
        ),
      )
      .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
      .limit(limit + 1);
  }

  /** Revokes the user's key; a key already revoked keeps its first revocation time. */
  async revoke(id: string, userId: string): Promise<ApiKeyRow | undefined> {
    const [row] = await this.db
      .update(apiKeys)
      .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
      .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, userId)))
      .returning();
    return row;
  }

  /** Conditional, so concurrent requests of one key (in any process) write at most once a minute. */
  async touch(id: string): Promise<void> {
    await this.db
      .update(apiKeys)
      .set({ lastUsedAt: sql`now()` })
      .where(
        and(
          eq(apiKeys.id, id),
          or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - ${LAST_USED_RESOLUTION}`)),
        ),
      );
  }
}
