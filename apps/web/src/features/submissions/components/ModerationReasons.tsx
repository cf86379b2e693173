import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Why the screen held a UGC draft. */
export function ModerationReasons({ reasons }: { reasons: string[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <Flex gap={4} wrap align="center" data-testid="moderation-reasons">
      <Typography.Text type="secondary">{t('workflows.moderation.reasons')}</Typography.Text>
      {reasons.map((reason) => (
        <Tag key={reason} color="warning" data-testid="moderation-reason">
          {reason}
        </Tag>
      ))}
    </Flex>
  );
}
