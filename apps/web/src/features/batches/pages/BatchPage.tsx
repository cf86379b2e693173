import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { shortId } from '../../../components/format';
import { JobTable } from '../../jobs/components/JobTable';
import { BatchFacts } from '../components/BatchFacts';
import { BatchProgress } from '../components/BatchProgress';
import { RejectedRowsTable } from '../components/RejectedRowsTable';
import { useBatch, useBatchJobs } from '../hooks';

/** One batch: its input, live progress (polled until done), rejected rows and jobs. */
export default function BatchPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const batch = useBatch(id);
  const jobs = useBatchJobs(id, batch.data?.done ?? false);

  if (batch.error) return <ErrorAlert error={batch.error} onRetry={() => void batch.refetch()} />;
  if (!batch.data) return <Spin description={t('common.loading')} />;

  return (
    <Flex vertical gap={16} data-testid="batch-page">
      <Link to="/batches">
        <ArrowLeftOutlined /> {t('setup.batches.detail.back')}
      </Link>
      <Typography.Title level={2} style={{ margin: 0 }} data-testid="batch-heading">
        {t('setup.batches.detail.title', { id: shortId(batch.data.id) })}
      </Typography.Title>
      <Card>
        <BatchFacts batch={batch.data} />
      </Card>
      <Card title={t('setup.batches.detail.progress')}>
        <BatchProgress batch={batch.data} />
      </Card>
      <Card title={t('setup.batches.detail.rejectedTitle')}>
        <RejectedRowsTable batch={batch.data} />
      </Card>
      {batch.data.jobs && (
        <Card title={t('setup.batches.detail.jobsTitle')}>
          {jobs.error && <ErrorAlert error={jobs.error} onRetry={() => void jobs.refetch()} />}
          <JobTable jobs={jobs.data?.items ?? []} loading={jobs.isLoading} />
        </Card>
      )}
    </Flex>
  );
}
