import { Card, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCreateJob, useProviders } from '../hooks';
import { GenerateForm } from './GenerateForm';
import { LiveJobPanel } from './LiveJobPanel';

/** Launches a generation job for the brief and follows the latest one live. */
export function GeneratePanel({ briefId }: { briefId: string }) {
  const { t } = useTranslation();
  const providers = useProviders();
  const createJob = useCreateJob();
  const [jobId, setJobId] = useState<string | null>(null);

  return (
    <Card title={t('jobs.generate.title')} data-testid="generate-panel">
      {providers.error && <ErrorAlert error={providers.error} onRetry={() => void providers.refetch()} />}
      {providers.data ? (
        <GenerateForm
          briefId={briefId}
          providers={providers.data}
          launching={createJob.isPending}
          onLaunch={(input) =>
            createJob.mutate({ ...input, briefId }, { onSuccess: (job) => setJobId(job.id) })
          }
        />
      ) : (
        !providers.error && <Spin />
      )}
      {createJob.error && <ErrorAlert error={createJob.error} />}
      {jobId && <LiveJobPanel key={jobId} jobId={jobId} briefId={briefId} />}
    </Card>
  );
}
