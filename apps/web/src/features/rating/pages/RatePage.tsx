import { Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { NoTask } from '../components/NoTask';
import { RatingSession } from '../components/RatingSession';
import { useNextTask } from '../hooks';

/**
 * Rater: blind pairwise rating. Only the brief and the two texts are loaded before the vote; who wrote
 * them arrives with the saved vote. The task after the current one is fetched as soon as the vote is
 * saved, so "Next pair" shows it at once.
 */
export default function RatePage() {
  const { t } = useTranslation();
  // The assignment last voted on in this visit: the page shows the task that follows it.
  const [after, setAfter] = useState<string | null>(null);
  const next = useNextTask(after);
  const task = next.data?.task;
  return (
    <Flex vertical gap={16} data-testid="rate-page">
      <Flex vertical>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('rating.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('rating.intro')}</Typography.Text>
      </Flex>
      {next.error ? (
        <ErrorAlert error={next.error} onRetry={() => void next.refetch()} />
      ) : !next.data ? (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin description={t('common.loading')} />
        </Flex>
      ) : task ? (
        <RatingSession task={task} onNext={() => setAfter(task.assignmentId)} />
      ) : (
        <NoTask reason={next.data.reason} checking={next.isFetching} onRetry={() => void next.refetch()} />
      )}
    </Flex>
  );
}
