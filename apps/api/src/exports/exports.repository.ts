import { Inject, Injectable } from '@nestjs/common';
import {
  briefs,
  drafts,
  votes,
  type BriefRow,
  type Database,
  type DraftRow,
  type VoteRow,
} from '@draftbench/db';
import { and, asc, eq, gt, inArray, or, type SQL } from 'drizzle-orm';
import { DB } from '../infrastructure/tokens.js';
import { pages } from './pages.js';

const PAGE = 2000;

/** Reads for exports, page by page in a stable order, so an export of a million rows stays in bounded memory. */
@Injectable()
export class ExportsRepository {
  constructor(@Inject(DB) private readonly db: Database) {}

  votes(): AsyncGenerator<VoteRow[]> {
    return pages<VoteRow>(PAGE, (after) =>
      this.db
        .select()
        .from(votes)
        .where(after ? keysetAfter(votes.createdAt, votes.id, after) : undefined)
        .orderBy(asc(votes.createdAt), asc(votes.id))
        .limit(PAGE),
    );
  }

  /** Drafts a person wrote or finished: approved PGC and AI-assisted edits. */
  humanDrafts(): AsyncGenerator<DraftRow[]> {
    return pages<DraftRow>(PAGE, (after) =>
      this.db
        .select()
        .from(drafts)
        .where(
          and(
            eq(drafts.status, 'published'),
            inArray(drafts.origin, ['pgc', 'ai_assisted']),
            after ? keysetAfter(drafts.createdAt, drafts.id, after) : undefined,
          ),
        )
        .orderBy(asc(drafts.createdAt), asc(drafts.id))
        .limit(PAGE),
    );
  }

  /** Blind votes grouped by pair: ordered by task, so the caller can fold consecutive rows. */
  votesByTask(): AsyncGenerator<VoteRow[]> {
    return pages<VoteRow>(PAGE, (after) =>
      this.db
        .select()
        .from(votes)
        .where(
          and(
            eq(votes.blind, true),
            after
              ? or(
                  gt(votes.taskId, after.taskId),
                  and(eq(votes.taskId, after.taskId), gt(votes.id, after.id)),
                )
              : undefined,
          ),
        )
        .orderBy(asc(votes.taskId), asc(votes.id))
        .limit(PAGE),
    );
  }

  draftsByIds(ids: string[]): Promise<DraftRow[]> {
    return ids.length ? this.db.select().from(drafts).where(inArray(drafts.id, ids)) : Promise.resolve([]);
  }

  briefsByIds(ids: string[]): Promise<BriefRow[]> {
    return ids.length ? this.db.select().from(briefs).where(inArray(briefs.id, ids)) : Promise.resolve([]);
  }
}

function keysetAfter(
  createdAtColumn: typeof votes.createdAt | typeof drafts.createdAt,
  idColumn: typeof votes.id | typeof drafts.id,
  row: { createdAt: Date; id: string },
): SQL | undefined {
  return or(
    gt(createdAtColumn, row.createdAt),
    and(eq(createdAtColumn, row.createdAt), gt(idColumn, row.id)),
  );
}
