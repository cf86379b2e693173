import type { Batch } from '@draftbench/contracts';
import { Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { JOB_STATES, progressOf } from '../model';

const STATE_COLOR = {
  queued: 'default',
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
  refused: 'warning',
  cancelled: 'default',
} as const;

/** Jobs per state and the share that has finished; the page polls until `done`. */
export function BatchProgress({ batch }: { batch: Batch }) {
  const { t } = useTranslation();
  const { total, finished, percent } = progressOf(batch.jobs);
  const succeeded = total === 0 ? 0 : (batch.jobs.succeeded / total) * 100;
  if (total === 0)
    return (
      <Typography.Text type="secondary" data-testid="batch-no-jobs">
        {t('setup.batches.detail.noJobs')}
      </Typography.Text>
    );
  return (
    <Flex vertical gap={8} data-testid="batch-progress" data-done={String(batch.done)}>
      <Progress
        percent={percent}
        success={{ percent: Math.floor(succeeded) }}
        status={batch.done ? (batch.jobs.succeeded === total ? 'success' : 'normal') : 'active'}
      />
      <Typography.Text data-testid="batch-progress-text">
        {batch.done ? t('setup.batches.detail.done') : t('setup.batches.detail.updating')} ·{' '}
        {t('setup.batches.detail.finished', { finished, total })}
      </Typography.Text>
      <Flex gap={4} wrap>
        {JOB_STATES.map((state) => (
          <Tag
            key={state}
            color={STATE_COLOR[state]}
            data-testid={`batch-count-${state}`}
            data-count={batch.jobs[state]}
          >
            {t(`jobState.${state}`)}: {batch.jobs[state]}
          </Tag>
        ))}
      </Flex>
    </Flex>
  );
}
