import type { TFunction } from 'i18next';
import type { BriefIssue } from './formModel';

/** zod's messages are English-only and technical; people get a short sentence in their language. */
export function issueMessage(t: TFunction, issue: BriefIssue): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'number'
        ? t('validation.tooSmall', { minimum: Number(issue.minimum) })
        : t('validation.required');
    case 'too_big':
      if (issue.origin === 'string') return t('validation.tooLong', { maximum: Number(issue.maximum) });
      if (issue.origin === 'array') return t('validation.tooMany', { maximum: Number(issue.maximum) });
      return t('validation.tooBig', { maximum: Number(issue.maximum) });
    case 'invalid_type':
      if (issue.input === undefined) return t('validation.required');
      return issue.expected === 'int' ? t('validation.integer') : t('validation.invalid');
    case 'invalid_format':
      return issue.format === 'url' ? t('validation.url') : t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}
