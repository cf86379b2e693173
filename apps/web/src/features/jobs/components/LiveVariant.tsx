import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AiNoticeTag } from '../../briefs/components/AiNoticeTag';

interface Props {
  variant: number;
  text: string;
  chunks: number;
}

export function LiveVariant({ variant, text, chunks }: Props) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid="live-variant"
      data-variant={variant}
      title={t('drafts.variant', { number: variant + 1 })}
      extra={<AiNoticeTag label="ai_generated" />}
      style={{ minWidth: 280, flex: '1 0 280px' }}
    >
      <Typography.Paragraph
        data-testid="live-text"
        type={text ? undefined : 'secondary'}
        style={{ whiteSpace: 'pre-wrap', maxHeight: 280, overflowY: 'auto' }}
      >
        {text || t('jobs.live.waiting')}
      </Typography.Paragraph>
      <Flex gap={16}>
        <Typography.Text type="secondary" data-testid="live-characters">
          {t('jobs.live.characters', { count: text.length })}
        </Typography.Text>
        <Typography.Text type="secondary" data-testid="live-chunks">
          {t('jobs.live.chunks', { count: chunks })}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
