import { Inject, Injectable } from '@nestjs/common';
import { type BriefCreate, type BriefListQuery } from '@draftbench/contracts';
import { briefs, type BriefRow, type Database } from '@draftbench/db';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterCursor } from '../common/cursor.js';
import { DB } from '../infrastructure/tokens.js';
import { briefToRow } from './brief.mapper.js';

@Injectable()
export class BriefsRepository {
  /** Prepared: read on every job creation, so built once and parsed once per connection. */
  private readonly byId;

  constructor(@Inject(DB) private readonly db: Database) {
    this.byId = db
      .select()
      .from(briefs)
      .where(eq(briefs.id, sql.placeholder('id')))
      .prepare('briefs_by_id');
  }

  async create(input: BriefCreate): Promise<BriefRow> {
    const [row] = await this.db.insert(briefs).values(briefToRow(input)).returning();
    return row!;
  }

  async findById(id: string): Promise<BriefRow | undefined> {
    const [row] = await this.byId.execute({ id });
    return row;
  }

  /** One row more than asked, so the caller knows whether another page exists. */
  async list(query: BriefListQuery): Promise<BriefRow[]> {
    return this.db
      .select()
      .from(briefs)
      .where(
        and(
          query.contentType ? eq(briefs.contentType, query.contentType) : undefined,
          query.language ? eq(briefs.language, query.language) : undefined,
          query.status ? eq(briefs.status, query.status) : undefined,
          query.cursor ? afterCursor(briefs.createdAt, briefs.id, query.cursor) : undefined,
        ),
      )
      .orderBy(desc(briefs.createdAt), desc(briefs.id))
      .limit(query.limit + 1);
  }
}
