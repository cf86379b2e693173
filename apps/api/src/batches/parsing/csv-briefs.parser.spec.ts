import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseBriefsCsv } from './csv-briefs.parser.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const exampleCsv = readFileSync(new URL('../../../../../docs/examples/briefs.csv', import.meta.url));

const HEADER =
  'content_type,language,title,target_length,facts,topic,platform,duration_seconds,call_to_action';
const video = (title: string, extra = '') =>
  `video_script,en,${title},120,${extra},Topic,tiktok,30,Follow us`;

describe('parseBriefsCsv', () => {
  it('parses the documented example with zero errors', () => {
    const result = parseBriefsCsv(exampleCsv);
    expect(result.fileErrors).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.encoding).toBe('utf-8');
    expect(result.rows.map((r) => [r.brief.contentType, r.brief.language])).toEqual([
      ['marketing_copy', 'zh'],
      ['marketing_copy', 'en'],
      ['news_draft', 'zh'],
      ['news_draft', 'en'],
      ['video_script', 'zh'],
      ['video_script', 'en'],
    ]);
    const [copy, , news] = result.rows.map((r) => r.brief);
    expect(copy?.contentType === 'marketing_copy' && copy.fields.sellingPoints).toHaveLength(3);
    expect(copy?.title).toBe('清风便携挂脖风扇 618 详情页文案');
    expect(news?.contentType === 'news_draft' && news.fields).toMatchObject({
      facts: { who: '市交通运输局' },
      sources: [
        { name: '市交通运输局官网', url: 'https://example.gov.cn/notice/2025-06' },
        { name: '市交通运输局新闻发布会' },
      ],
      quotes: [
        { speaker: '王明', role: '市交通运输局副局长', text: '夜间线路将优先覆盖医院和大型社区。' },
        { speaker: '李女士', text: '以后下夜班回家方便多了。' },
      ],
    });
    // Lines point at the physical line each record starts on, past the multi-line cells above it.
    expect(result.rows[1]!.line).toBe(
      exampleCsv
        .toString('utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('marketing_copy,en')) + 1,
    );
  });

  it('reports bad rows with the physical line they start on while good rows proceed', () => {
    const csv = [
      HEADER, // line 1
      video('Good one', '"fact one\nfact two\nfact three"'), // lines 2-4
      '', // line 5: blank, skipped
      'video_script,en,Bad length,12a,,Topic,tiktok,30,Follow us', // line 6
      video('Good two'), // line 7
      'video_script,en,Too few cells', // line 8
      'news_draft,en,No facts,300,,,,,', // line 9: a news row without its news fields
    ].join('\r\n');
    const result = parseBriefsCsv(utf8(csv));
    expect(result.fileErrors).toEqual([]);
    expect(result.rows.map((r) => r.line)).toEqual([2, 7]);
    const first = result.rows[0]!.brief;
    expect(first.facts).toEqual(['fact one', 'fact two', 'fact three']);
    expect(result.errors.map((e) => e.line)).toEqual([6, 8, 9]);
    expect(result.errors[0]!.errors).toEqual([
      { path: 'target_length', message: expect.stringContaining('whole number') },
    ]);
    expect(result.errors[1]!.errors[0]!.path).toBe('(row)');
    expect(result.errors[2]!.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['headline_idea', 'what']),
    );
  });

  it('keeps line numbers right when a quoted cell contains CRLF line breaks', () => {
    const csv = `${HEADER}\r\n${video('A', '"x\r\ny\r\nz"')}\r\nvideo_script,en,B,oops,,Topic,tiktok,30,Go\r\n`;
    const result = parseBriefsCsv(utf8(csv));
    expect(result.rows[0]!.brief.facts).toEqual(['x', 'y', 'z']);
    expect(result.errors.map((e) => e.line)).toEqual([5]);
  });

  it('rejects formula-injection cells and names the column', () => {
    const csv = [
      HEADER,
      video('"=HYPERLINK(""http://evil.example"",""click"")"'),
      video('Fine title', '"safe fact\n+cmd|\' /C calc\'!A0"'), // lines 3-4
      'video_script,en,Title,120,,@SUM(A1:A2),tiktok,30,Follow',
      video('  -2+3'),
      'video_script,en,Negative,-5,,Topic,tiktok,30,Follow',
    ].join('\n');
    const result = parseBriefsCsv(utf8(csv));
    expect(result.rows).toEqual([]);
    const byLine = new Map(result.errors.map((e) => [e.line, e.errors]));
    expect(byLine.get(2)).toEqual([{ path: 'title', message: expect.stringContaining('formula') }]);
    expect(byLine.get(3)).toEqual([
      { path: 'facts', message: expect.stringMatching(/^item 2: starts with "\+"/) },
    ]);
    expect(byLine.get(5)).toEqual([{ path: 'topic', message: expect.stringContaining('"@"') }]);
    expect(byLine.get(6)).toEqual([{ path: 'title', message: expect.stringContaining('"-"') }]);
    // A negative number in a number column is a number, not a formula; the schema rejects it as too small.
    expect(byLine.get(7)).toEqual([
      { path: 'target_length', message: expect.not.stringContaining('formula') },
    ]);
  });

  it('decodes a GBK file saved by Excel in China and reports the encoding', () => {
    const text = `${HEADER}\r\nvideo_script,zh,新品防晒霜,60,"SPF50\n不油腻",防晒小知识,douyin,30,关注我\r\n`;
    const result = parseBriefsCsv(iconv.encode(text, 'gbk'));
    expect(result.fileErrors).toEqual([]);
    expect(result.encoding).toBe('gb18030');
    expect(result.rows[0]!.brief).toMatchObject({ title: '新品防晒霜', facts: ['SPF50', '不油腻'] });
  });

  it('gives a file error for bytes in an encoding it does not accept', () => {
    const text = `${HEADER}\nvideo_script,en,Café, crème “brûlée”,60,,Topic,tiktok,30,Go\n`;
    const result = parseBriefsCsv(iconv.encode(text, 'windows-1252'));
    expect(result.rows).toEqual([]);
    expect(result.fileErrors).toEqual([expect.stringContaining('save it as "CSV UTF-8')]);
  });

  it('accepts exactly maxRows rows and refuses one more', () => {
    const rows = (n: number) =>
      [HEADER, ...Array.from({ length: n }, (_, i) => video(`Brief ${i}`))].join('\n');
    const ok = parseBriefsCsv(utf8(rows(10_000)));
    expect(ok.fileErrors).toEqual([]);
    expect(ok.rows).toHaveLength(10_000);
    expect(ok.rows.at(-1)!.line).toBe(10_001);
    const tooMany = parseBriefsCsv(utf8(rows(10_001)));
    expect(tooMany.rows).toEqual([]);
    expect(tooMany.fileErrors).toEqual([expect.stringContaining('limit is 10,000')]);
  });

  it('refuses CSV bombs within the byte limit without building them in memory', () => {
    // Fifty thousand one-cell rows: reading stops after the row limit instead of collecting them all.
    const manyRows = parseBriefsCsv(utf8(`${HEADER}\n${'x\n'.repeat(50_000)}`));
    expect(manyRows.fileErrors).toEqual([expect.stringContaining('more than 10,000 data rows')]);
    // Three million blank lines (3 MB) are refused by counting lines, before the parser sees them.
    const blanks = parseBriefsCsv(utf8(`${HEADER}\n${'\n'.repeat(3_000_000)}${video('After the blanks')}`));
    expect(blanks.fileErrors).toEqual([expect.stringContaining('at most 100,000 are read')]);
    // Blank lines under the cap are skipped, and the rows after them keep their line numbers.
    const someBlanks = parseBriefsCsv(utf8(`${HEADER}\n${'\n'.repeat(5_000)}${video('After the blanks')}`));
    expect(someBlanks.rows.map((r) => r.line)).toEqual([5_002]);
  });

  it('refuses a file over maxBytes before reading it', () => {
    const result = parseBriefsCsv(utf8(`${HEADER}\n${video('x')}`), { maxBytes: 10 });
    expect(result.fileErrors).toEqual([expect.stringContaining('the limit is')]);
  });

  it('reports unknown and missing headers at file level', () => {
    const unknown = parseBriefsCsv(utf8('content_type,language,title,target_length,colour,size\n'));
    expect(unknown.fileErrors).toEqual([expect.stringContaining('Unknown columns: colour, size')]);
    const missing = parseBriefsCsv(utf8('content_type,title\nvideo_script,x\n'));
    expect(missing.fileErrors).toEqual(['Missing required columns: language, target_length.']);
    expect(missing.rows).toEqual([]);
  });

  it('parses numbers strictly', () => {
    const cells = ['12a', '1,000', '12.5', ' 300 '];
    const csv = [HEADER, ...cells.map((n) => `video_script,en,T,"${n}",,Topic,tiktok,30,Go`)].join('\n');
    const result = parseBriefsCsv(utf8(csv));
    expect(result.errors.map((e) => [e.line, e.errors[0]!.path])).toEqual([
      [2, 'target_length'],
      [3, 'target_length'],
      [4, 'target_length'],
    ]);
    expect(result.rows).toEqual([{ line: 5, brief: expect.objectContaining({ targetLength: 300 }) }]);
  });

  it('maps zod paths back to CSV column names and reports columns of another content type', () => {
    const csv = [
      'content_type,language,title,target_length,product_name,category,selling_points,topic',
      'marketing_copy,en,T,100,,Shoes,Light,Not for copy',
      'poem,en,T,100,,,,',
    ].join('\n');
    const [copyErrors, typeErrors] = parseBriefsCsv(utf8(csv)).errors.map((e) => e.errors);
    expect(copyErrors).toEqual(
      expect.arrayContaining([
        { path: 'topic', message: expect.stringContaining('Only used by video_script rows') },
        { path: 'product_name', message: 'Required' },
      ]),
    );
    expect(typeErrors).toEqual([{ path: 'content_type', message: expect.stringContaining('"poem"') }]);
  });
});
