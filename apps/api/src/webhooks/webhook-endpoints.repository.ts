import { Inject, Injectable } from '@nestjs/common';
import { apiKeys, webhookEndpoints, type Database, type WebhookEndpointRow } from '@draftbench/db';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { type PageQuery } from '@draftbench/contracts';
import { afterCursor } from '../common/cursor.js';
import { DB } from '../infrastructure/tokens.js';

export type NewWebhookEndpoint = typeof webhookEndpoints.$inferInsert;

@Injectable()
export class WebhookEndpointsRepository {
  constructor(@Inject(DB) private readonly db: Database) {}

  async create(endpoint: NewWebhookEndpoint): Promise<WebhookEndpointRow> {
    const [row] = await this.db.insert(webhookEndpoints).values(endpoint).returning();
    return row!;
  }

  /** Newest first, one row more than `limit` (see pageOf). */
  listByOwner(ownerId: string, { limit, cursor }: PageQuery): Promise<WebhookEndpointRow[]> {
    return this.db
      .select()
      .from(webhookEndpoints)
      .where(
        and(
          eq(webhookEndpoints.ownerId, ownerId),
          cursor ? afterCursor(webhookEndpoints.createdAt, webhookEndpoints.id, cursor) : undefined,
        ),
      )
      .orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id))
      .limit(limit + 1);
  }

  async findById(id: string): Promise<WebhookEndpointRow | undefined> {
    const [row] = await this.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    return row;
  }

  /** Disables the owner's endpoint; one already disabled keeps its first time. */
  async disable(id: string, ownerId: string): Promise<WebhookEndpointRow | undefined> {
    const [row] = await this.db
      .update(webhookEndpoints)
      .set({ disabledAt: sql`coalesce(${webhookEndpoints.disabledAt}, now())` })
      .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.ownerId, ownerId)))
      .returning();
    return row;
  }

  /** Whether `apiKeyId` is one of the user's keys that still works (not revoked). */
  async ownsLiveKey(userId: string, apiKeyId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: apiKeys.id })
      .from(apiKeys)
      .where(and(eq(apiKeys.id, apiKeyId), eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)));
    return row !== undefined;
  }
}
