import { and, eq, gt, lt, or, type AnyColumn, type SQL } from 'drizzle-orm';
import { ProblemException } from './problem.exception.js';

export interface CursorPosition {
  createdAt: Date;
  id: string;
}

/** Opaque keyset cursor over (created_at, id), in either direction: stable even while new rows arrive. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(`${position.createdAt.toISOString()}|${position.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): CursorPosition {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(createdAt.getTime())) {
    throw new ProblemException(
      400,
      'Invalid cursor',
      'The cursor is not one this API issued. Pass nextCursor from a previous page unchanged, or omit it to start at the first page.',
    );
  }
  return { createdAt, id };
}

/** Trims the extra row fetched to learn whether another page exists. */
export function pageOf<R extends CursorPosition, T>(rows: R[], limit: number, map: (row: R) => T) {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  const last = items.at(-1);
  return { items: items.map(map), nextCursor: hasMore && last ? encodeCursor(last) : null };
}

/** Rows after the cursor in (created_at DESC, id DESC) order. */
export function afterCursor(
  createdAtColumn: AnyColumn,
  idColumn: AnyColumn,
  cursor: string,
): SQL | undefined {
  const { createdAt, id } = decodeCursor(cursor);
  return or(lt(createdAtColumn, createdAt), and(eq(createdAtColumn, createdAt), lt(idColumn, id)));
}

/** Rows after the cursor in (created_at ASC, id ASC) order, for the lists that are deliberately oldest-first. */
export function afterCursorAscending(
  createdAtColumn: AnyColumn,
  idColumn: AnyColumn,
  cursor: string,
): SQL | undefined {
  const { createdAt, id } = decodeCursor(cursor);
  return or(gt(createdAtColumn, createdAt), and(eq(createdAtColumn, createdAt), gt(idColumn, id)));
}
