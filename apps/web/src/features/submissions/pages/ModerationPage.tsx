import { Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ModerationCard } from '../components/ModerationCard';
import { useHeldDrafts } from '../hooks';

/** Lead: the review queue — UGC the screen or the safety gate held, AI drafts the gate flagged — to publish or reject. */
export default function ModerationPage() {
  const { t } = useTranslation();
  const held = useHeldDrafts();
  return (
    <Flex vertical gap={16} data-testid="moderation-page">
      <Flex vertical gap={4}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('workflows.moderation.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('workflows.moderation.intro')}</Typography.Text>
      </Flex>
      {held.error && <ErrorAlert error={held.error} onRetry={() => void held.refetch()} />}
      {held.isLoading && <Spin />}
      {held.data?.length === 0 && <Empty description={t('workflows.moderation.empty')} />}
      {held.data?.map((draft) => (
        <ModerationCard key={draft.id} draft={draft} />
      ))}
    </Flex>
  );
}
