import type { DraftAuthor as Author } from '@draftbench/contracts';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Who wrote the draft; the rule-based engine is always labelled so nobody mistakes it for a model. */
export function DraftAuthor({ author }: { author: Author }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} align="center" wrap>
      <Typography.Text type="secondary" data-testid="draft-author">
        {author.kind === 'model'
          ? [author.provider, author.model].filter(Boolean).join(' / ')
          : t('drafts.person')}
      </Typography.Text>
      {author.ruleBased && (
        <Tooltip title={t('drafts.ruleBasedHint')}>
          <Tag color="orange" data-testid="draft-rule-based">
            {t('drafts.ruleBased')}
          </Tag>
        </Tooltip>
      )}
    </Flex>
  );
}
