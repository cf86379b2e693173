import { analyse } from 'chardet';
import iconv from 'iconv-lite';

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; error: string };

/**
 * Legacy encodings we transcode, keyed by chardet's name. Only Chinese ones and UTF-16: Excel on Chinese
 * Windows saves "CSV (comma delimited)" in the ANSI code page (GBK; GB18030 is its superset, so we decode
 * with that), Traditional-Chinese Windows uses Big5, and Excel's "Unicode text" is UTF-16. Anything else
 * (Latin-1, Shift_JIS…) is refused rather than guessed, because a wrong guess silently corrupts briefs.
 */
const TRANSCODABLE: Readonly<Record<string, string>> = {
  GB18030: 'gb18030',
  Big5: 'big5',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

const NOT_UTF8 =
  'The file is not UTF-8 and its encoding could not be recognised as GBK/GB18030, Big5 or UTF-16; ' +
  'save it as "CSV UTF-8 (comma delimited)" in Excel (WPS: CSV, encoding UTF-8) and upload it again.';

/** Bytes → text. Reports which encoding was assumed so a wrong guess is visible to the user. */
export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  // UTF-8 first: it is what we ask for, and a valid UTF-8 decode is almost never a false positive.
  // A NUL byte means UTF-16 without a BOM (ASCII-only UTF-16 is "valid" UTF-8), so detect instead.
  if (!bytes.includes(0)) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      return { ok: true, text, encoding: 'utf-8' }; // ignoreBOM: false strips a UTF-8 BOM.
    } catch {
      // Not UTF-8: fall through to detection.
    }
  }

  const matches = analyse(bytes);
  const top = matches[0];
  let encoding = top ? TRANSCODABLE[top.name] : undefined;
  // chardet needs many double-byte characters to be confident; a short GBK file (a header and a row or
  // two) usually comes back as ISO-8859-1. chardet still lists GB18030 when every byte sequence is valid
  // GB18030, and a clean decode below confirms it, so prefer it over refusing a real Excel-in-China file.
  if (!encoding && matches.some((m) => m.name === 'GB18030' && m.confidence > 0)) encoding = 'gb18030';
  if (!encoding) return { ok: false, error: NOT_UTF8 };

  const text = iconv.decode(bytes, encoding as Parameters<typeof iconv.decode>[1]); // strips a BOM
  // U+FFFD means some bytes were invalid in the assumed encoding: the guess is wrong, do not half-decode.
  if (text.includes('\uFFFD') || text.includes('\u0000')) return { ok: false, error: NOT_UTF8 };
  return { ok: true, text, encoding };
}
