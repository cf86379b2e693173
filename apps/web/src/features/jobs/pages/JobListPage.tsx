import { JobState } from '@draftbench/contracts';
import { Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { JobTable } from '../components/JobTable';
import { useJobList } from '../hooks';

export default function JobListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = JobState.safeParse(params.get('state')).data;
  const jobs = useJobList(state);
  const items = jobs.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('jobs.list.title')}
      </Typography.Title>
      <Select
        data-testid="job-filter-state"
        aria-label={t('jobs.list.state')}
        placeholder={t('jobs.list.state')}
        allowClear
        style={{ width: 200 }}
        value={state}
        onChange={(next?: JobState) => setParams(next ? { state: next } : {}, { replace: true })}
        options={JobState.options.map((option) => ({ value: option, label: t(`jobState.${option}`) }))}
      />
      {jobs.error && <ErrorAlert error={jobs.error} onRetry={() => void jobs.refetch()} />}
      <JobTable jobs={items} loading={jobs.isLoading} />
      {jobs.hasNextPage && (
        <Button
          onClick={() => void jobs.fetchNextPage()}
          loading={jobs.isFetchingNextPage}
          style={{ alignSelf: 'center' }}
        >
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
