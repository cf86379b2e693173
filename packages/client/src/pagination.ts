import { type Page, type PageQuery } from '@draftbench/contracts';

export type PageParams = Partial<PageQuery>;

/**
 * Every item of a cursor-paginated list, fetching the next page only when the iteration reaches it, so
 * breaking out early costs no further requests.
 */
export async function* paginate<T, P extends { cursor?: string }>(
  list: (params: P) => Promise<Page<T>>,
  params: Omit<P, 'cursor'>,
): AsyncGenerator<T> {
  let cursor: string | undefined;
  do {
    const current = await list({ ...params, cursor } as P);
    yield* current.items;
    cursor = current.nextCursor ?? undefined;
  } while (cursor);
}
