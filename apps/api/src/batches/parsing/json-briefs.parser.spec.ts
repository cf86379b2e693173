import { describe, expect, it } from 'vitest';
import { parseBriefsJson } from './json-briefs.parser.js';

const video = {
  contentType: 'video_script',
  language: 'zh',
  title: '30 秒讲清楚防晒',
  targetLength: 150,
  fields: { topic: '防晒', durationSeconds: 30, callToAction: '关注我' },
};

describe('parseBriefsJson', () => {
  it('accepts valid items and reports invalid ones by 1-based index with zod paths', () => {
    const result = parseBriefsJson([
      video,
      { ...video, contentType: 'marketing_copy', fields: { productName: 'Fan' } },
      { ...video, targetLength: '150' },
      video,
    ]);
    expect(result.fileErrors).toEqual([]);
    expect(result.rows.map((r) => r.line)).toEqual([1, 4]);
    expect(result.rows[0]!.brief).toMatchObject({ facts: [], fields: { platform: 'douyin' } });
    expect(result.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(result.errors[0]!.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['fields.category', 'fields.sellingPoints']),
    );
    expect(result.errors[0]!.errors).toContainEqual({ path: 'fields.category', message: 'Required' });
    expect(result.errors[1]!.errors.map((e) => e.path)).toEqual(['targetLength']);
  });

  it('gives a file error for anything but a non-empty array within the limit', () => {
    expect(parseBriefsJson({ briefs: [video] }).fileErrors).toEqual([expect.stringContaining('JSON array')]);
    expect(parseBriefsJson([]).fileErrors).toHaveLength(1);
    const tooMany = parseBriefsJson([video, video, video], { maxRows: 2 });
    expect(tooMany.fileErrors).toEqual([expect.stringContaining('limit is 2')]);
    expect(tooMany.rows).toEqual([]);
  });
});
