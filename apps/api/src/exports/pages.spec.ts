import { describe, expect, it } from 'vitest';
import { pages } from './pages.js';

const source = Array.from({ length: 7 }, (_, i) => i);
const query = (size: number, calls: (number | undefined)[]) => (after: number | undefined) => {
  calls.push(after);
  const start = after === undefined ? 0 : after + 1;
  return Promise.resolve(source.slice(start, start + size));
};

describe('keyset pages', () => {
  it('reads every row once, in order, across pages', async () => {
    const calls: (number | undefined)[] = [];
    const seen: number[][] = [];
    for await (const page of pages(3, query(3, calls))) seen.push(page);
    expect(seen).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(calls).toEqual([undefined, 2, 5]);
  });

  it('asks once more after a full last page and yields no empty page', async () => {
    const calls: (number | undefined)[] = [];
    const seen: number[][] = [];
    for await (const page of pages(7, query(7, calls))) seen.push(page);
    expect(seen).toEqual([source]);
    expect(calls).toEqual([undefined, 6]);
  });
});
