import type { Review } from '@draftbench/contracts';
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';

/** The lead's decisions, newest first; returns carry the comments the editor must act on. */
export function ReviewHistory({ reviews }: { reviews: Review[] }) {
  const { t, i18n } = useTranslation();
  if (reviews.length === 0) return null;
  const newestFirst = [...reviews].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Flex vertical gap={8} data-testid="review-history">
      <Typography.Text strong>{t('workflows.review.history')}</Typography.Text>
      {newestFirst.map((review) => (
        <Alert
          key={review.id}
          type={review.decision === 'approve' ? 'success' : 'warning'}
          showIcon
          data-testid="review-comment"
          data-decision={review.decision}
          title={`${t(`workflows.review.decision.${review.decision}`)} · ${formatDateTime(review.createdAt, i18n.language)}`}
          description={review.comments ?? undefined}
        />
      ))}
    </Flex>
  );
}
