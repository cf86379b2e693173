/**
 * Reads a keyset-ordered query page by page until a short page says there is no more; `page` gets the
 * last row of the previous page (undefined for the first) and returns at most `size` rows after it.
 */
export async function* pages<R>(
  size: number,
  page: (after: R | undefined) => Promise<R[]>,
): AsyncGenerator<R[]> {
  let after: R | undefined;
  for (;;) {
    const rows = await page(after);
    if (rows.length) yield rows;
    if (rows.length < size) return;
    after = rows.at(-1);
  }
}
