import type { FactRiskFlag } from '@draftbench/contracts';
import { Alert, Flex, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLanguage } from '../../../i18n';

const useReasonLanguage = () => {
  const { i18n } = useTranslation();
  return uiLanguage(i18n.resolvedLanguage) === 'zh-CN' ? 'zh' : 'en';
};

const byPosition = (flags: FactRiskFlag[] | null) => [...(flags ?? [])].sort((a, b) => a.start - b.start);

/**
 * A text with the claims its brief does not support marked in place (hover for why), and listed below:
 * a rater or editor sees at once which figures, names or quotations to check.
 */
export function FlaggedBody({
  body,
  flags,
  testId,
}: {
  body: string;
  flags: FactRiskFlag[] | null;
  testId: string;
}) {
  const language = useReasonLanguage();
  const sorted = byPosition(flags);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [i, flag] of sorted.entries()) {
    if (flag.start < at) continue; // overlapping spans: the first one marks the text
    parts.push(body.slice(at, flag.start));
    parts.push(
      <Tooltip key={i} title={flag.reason[language]}>
        <mark data-testid="fact-flag-mark" data-kind={flag.kind}>
          {body.slice(flag.start, flag.end)}
        </mark>
      </Tooltip>,
    );
    at = flag.end;
  }
  parts.push(body.slice(at));
  return (
    <Flex vertical gap={8}>
      <Typography.Paragraph data-testid={testId} style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
        {parts}
      </Typography.Paragraph>
      <FactFlagList flags={flags} />
    </Flex>
  );
}

/** The unsupported claims of a text as a list, with why each is flagged (video scripts show their scenes instead). */
export function FactFlagList({ flags }: { flags: FactRiskFlag[] | null }) {
  const { t } = useTranslation();
  const language = useReasonLanguage();
  const sorted = byPosition(flags);
  if (!sorted.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="fact-flags"
      title={t('drafts.factFlags.title', { count: sorted.length })}
      description={
        <Flex vertical gap={4}>
          {sorted.map((flag, i) => (
            <span key={i} data-testid="fact-flag">
              <Tag>{t(`drafts.factFlags.kind.${flag.kind}`)}</Tag>
              <Typography.Text strong>{flag.text}</Typography.Text> — {flag.reason[language]}
            </span>
          ))}
        </Flex>
      }
    />
  );
}
