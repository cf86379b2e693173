import type { RevealedDraft } from '@draftbench/contracts';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AiNoticeTag } from '../../briefs/components/AiNoticeTag';
import { OriginTag } from '../../briefs/components/OriginTag';

/** Who or what wrote one text of the pair, shown once the vote is saved. */
export function RevealBadges({ draft }: { draft: RevealedDraft }) {
  const { t } = useTranslation();
  const model = [draft.provider, draft.model].filter(Boolean).join(' / ');
  return (
    <Flex gap={6} align="center" wrap data-testid="reveal" data-origin={draft.origin}>
      <OriginTag origin={draft.origin} testId="reveal-origin" />
      <AiNoticeTag label={draft.label} />
      {model && (
        <Typography.Text type="secondary" data-testid="reveal-model">
          {model}
        </Typography.Text>
      )}
      {draft.promptTemplate && (
        <Tag data-testid="reveal-template">
          {t('rating.reveal.promptTemplate', { name: draft.promptTemplate })}
        </Tag>
      )}
      {draft.ruleBased && (
        <Tooltip title={t('drafts.ruleBasedHint')}>
          <Tag color="orange" data-testid="reveal-rule-based">
            {t('drafts.ruleBased')}
          </Tag>
        </Tooltip>
      )}
      {draft.authorName && (
        <Typography.Text type="secondary" data-testid="reveal-author">
          {t('rating.reveal.author', { name: draft.authorName })}
        </Typography.Text>
      )}
    </Flex>
  );
}
