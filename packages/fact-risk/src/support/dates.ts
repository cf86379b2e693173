import { type DateValue } from '../claim.js';

const quarterOf = (month: number) => Math.ceil(month / 3);

/**
 * Whether a brief date supports a draft date: every field the draft states must be in the brief date and
 * equal, so a draft may say less than the brief (3月1日 for 2025年3月1日) but not more. Two exceptions:
 * a year the brief date leaves out may come from elsewhere in the brief (`briefYears`), and a quarter is
 * supported by a month inside it (Q1 for March).
 */
export function supportsDate(brief: DateValue, draft: DateValue, briefYears: ReadonlySet<number>): boolean {
  if (
    draft.year !== undefined &&
    draft.year !== brief.year &&
    !(brief.year === undefined && briefYears.has(draft.year))
  ) {
    return false;
  }
  if (draft.quarter !== undefined) {
    const briefQuarter = brief.quarter ?? (brief.month === undefined ? undefined : quarterOf(brief.month));
    if (briefQuarter !== draft.quarter) return false;
  }
  const fields = ['month', 'day', 'hour', 'minute'] as const;
  const comparable = fields.some((field) => draft[field] !== undefined) || draft.quarter !== undefined;
  if (!comparable)
    return draft.year !== undefined && (draft.year === brief.year || briefYears.has(draft.year));
  return fields.every((field) => draft[field] === undefined || draft[field] === brief[field]);
}

/** A date as ISO 8601 as far as it goes: 2025-03-01, 2025-03, --03-01 (no year), 2025-Q1, 10:30. */
export function formatDate(date: DateValue): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const parts: string[] = [];
  if (date.quarter !== undefined) parts.push(`${date.year ?? '--'}-Q${date.quarter}`);
  else if (date.month !== undefined) {
    const day = date.day === undefined ? '' : `-${pad(date.day)}`;
    parts.push(`${date.year ?? '-'}-${pad(date.month)}${day}`);
  } else if (date.year !== undefined) parts.push(String(date.year));
  else if (date.day !== undefined) parts.push(`---${pad(date.day)}`);
  if (date.hour !== undefined) parts.push(`${pad(date.hour)}:${pad(date.minute ?? 0)}`);
  return parts.join(' ');
}
