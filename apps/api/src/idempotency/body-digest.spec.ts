import { describe, expect, it } from 'vitest';
import { bodyDigest } from './body-digest.js';

/** The bytes and content type fetch would send for a form: each serialisation draws a new boundary. */
async function encode(form: FormData): Promise<{ body: Buffer; contentType: string }> {
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    body: Buffer.from(await request.arrayBuffer()),
    contentType: request.headers.get('content-type')!,
  };
}

const csvForm = (csv: string) => {
  const form = new FormData();
  form.set('targets', '[{"provider":"template"}]');
  form.set('file', new Blob([csv], { type: 'text/csv' }), 'briefs.csv');
  return form;
};

describe('bodyDigest', () => {
  it('gives the same form the same digest whatever its boundary, and another form another', async () => {
    const first = await encode(csvForm('title\nKettle'));
    const again = await encode(csvForm('title\nKettle'));
    const other = await encode(csvForm('title\nToaster'));
    expect(first.contentType).not.toBe(again.contentType);
    expect(bodyDigest(first.body, first.contentType)).toBe(bodyDigest(again.body, again.contentType));
    expect(bodyDigest(other.body, other.contentType)).not.toBe(bodyDigest(first.body, first.contentType));
  });

  it('hashes other bodies byte for byte', () => {
    const json = Buffer.from('{"briefId":"b","variants":2}');
    expect(bodyDigest(json, 'application/json')).toBe(bodyDigest(Buffer.from(json), 'application/json'));
    expect(bodyDigest(json, 'application/json')).not.toBe(
      bodyDigest(Buffer.from('{"briefId":"b","variants":3}'), 'application/json'),
    );
  });
});
