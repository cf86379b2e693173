import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './csv-decode.js';

describe('decodeCsvBytes', () => {
  it('strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('标题,x')]);
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text: '标题,x', encoding: 'utf-8' });
  });

  it('decodes a long GBK text that chardet recognises outright', () => {
    const text = '标题,事实\n' + '本市举行科技创新大会，发布人工智能产业发展报告。\n'.repeat(20);
    expect(decodeCsvBytes(iconv.encode(text, 'gbk'))).toEqual({ ok: true, text, encoding: 'gb18030' });
  });

  it('decodes UTF-16 with a BOM (Excel "Unicode text")', () => {
    const text = 'content_type\ttitle\nvideo_script\t夏季新品\n';
    expect(decodeCsvBytes(iconv.encode(text, 'utf-16le', { addBOM: true }))).toEqual({
      ok: true,
      text,
      encoding: 'utf-16le',
    });
  });

  it('refuses Latin-1 instead of guessing', () => {
    const result = decodeCsvBytes(iconv.encode('title\nCafé, brûlée\n', 'latin1'));
    expect(result).toEqual({ ok: false, error: expect.stringContaining('not UTF-8') });
  });
});
