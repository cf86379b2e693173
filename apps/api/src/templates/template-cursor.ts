import { promptTemplates } from '@draftbench/db';
import { and, eq, gt, lt, or, type SQL } from 'drizzle-orm';
import { ProblemException } from '../common/problem.exception.js';

/** Where a page of templates ended, in their order: key ↑, language ↑, version ↓. */
export interface TemplatePosition {
  key: string;
  language: string;
  version: number;
}

export function encodeTemplateCursor(position: TemplatePosition): string {
  return Buffer.from(JSON.stringify([position.key, position.language, position.version])).toString(
    'base64url',
  );
}

function decodeTemplateCursor(cursor: string): TemplatePosition {
  try {
    const [key, language, version] = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    ) as unknown[];
    if (typeof key === 'string' && typeof language === 'string' && Number.isInteger(version))
      return { key, language, version: version as number };
  } catch {
    // fall through to the problem below
  }
  throw new ProblemException(
    400,
    'Invalid cursor',
    'The cursor is not one this API issued. Pass nextCursor from a previous page unchanged, or omit it to start at the first page.',
  );
}

/** Templates after the cursor in (key ↑, language ↑, version ↓) order. */
export function afterTemplateCursor(cursor: string): SQL | undefined {
  const { key, language, version } = decodeTemplateCursor(cursor);
  const t = promptTemplates;
  return or(
    gt(t.key, key),
    and(eq(t.key, key), gt(t.language, language)),
    and(eq(t.key, key), eq(t.language, language), lt(t.version, version)),
  );
}
