import { describe, expect, it } from 'vitest';
import { jsonLines } from './exports.js';

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

describe('jsonLines', () => {
  it('parses records split across chunks, even inside a multi-byte character', async () => {
    const bytes = new TextEncoder().encode('{"text":"好的"}\n\n{"n":2}\n{"n":3}');
    // Split inside the three bytes of 好 and inside the second record.
    const chunks = [bytes.slice(0, 11), bytes.slice(11, 20), bytes.slice(20)];
    const records: unknown[] = [];
    for await (const record of jsonLines(streamOf(chunks))) records.push(record);
    expect(records).toEqual([{ text: '好的' }, { n: 2 }, { n: 3 }]);
  });
});
