import { isTerminal } from '@draftbench/contracts';
import { Alert, Button, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCost, formatNumber } from '../../../components/format';
import { useCan } from '../../auth/hooks';
import { JobRefusalAlert } from '../../safety/components/JobRefusalAlert';
import { heldCheck } from '../../safety/model';
import { useJobStream } from '../useJobStream';
import { CancelJobButton } from './CancelJobButton';
import { JobStateBadge } from './JobStateBadge';
import { LiveVariant } from './LiveVariant';

/** One job as it runs: its state, a cancel button while it can be cancelled, one column per variant. */
export function LiveJobPanel({ jobId, briefId }: { jobId: string; briefId: string }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const { job, texts, chunks, drafts, lost, reconnect } = useJobStream(jobId, briefId);
  return (
    <Flex vertical gap={12} data-testid="live-job" data-job-id={jobId} style={{ marginTop: 16 }}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{t('jobs.live.title')}</Typography.Text>
        {job ? <JobStateBadge state={job.state} /> : <Spin size="small" />}
        {job && (
          <Typography.Text type="secondary">
            {job.provider} / {job.model}
          </Typography.Text>
        )}
        {job && !isTerminal(job.state) && can('cancelJob') && <CancelJobButton jobId={job.id} />}
      </Flex>
      {job?.refusal && <JobRefusalAlert refusal={job.refusal} />}
      {job?.error && (
        <Alert
          type="error"
          showIcon
          data-testid="job-error"
          title={t(`jobState.${job.state}`)}
          description={job.error.message}
        />
      )}
      {lost && (
        <Alert
          type="warning"
          showIcon
          title={t('jobs.live.streamLost')}
          action={<Button onClick={reconnect}>{t('jobs.live.reconnect')}</Button>}
        />
      )}
      {job && job.state !== 'refused' && (
        <Flex gap={16} align="start" style={{ overflowX: 'auto' }}>
          {Array.from({ length: job.variants }, (_, variant) => {
            const stored = drafts.find((draft) => draft.variant === variant);
            return (
              <LiveVariant
                key={variant}
                variant={variant}
                text={texts[variant] ?? ''}
                chunks={chunks[variant] ?? 0}
                held={stored ? heldCheck(stored) : null}
              />
            );
          })}
        </Flex>
      )}
      {job?.usage && (
        <Typography.Text type="secondary" data-testid="job-usage">
          {t('jobs.live.usage', {
            tokens: formatNumber(job.usage.totalTokens, i18n.language),
            cost: job.costUsd === null ? t('common.none') : formatCost(job.costUsd, i18n.language),
          })}
        </Typography.Text>
      )}
    </Flex>
  );
}
