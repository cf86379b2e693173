import type { Job } from '@draftbench/contracts';
import { Flex, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCost, formatDateTime, formatNumber, shortId } from '../../../components/format';
import { localized } from '../../safety/model';
import { JobStateBadge } from './JobStateBadge';

export function JobTable({ jobs, loading }: { jobs: Job[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  const columns: TableColumnsType<Job> = [
    {
      key: 'createdAt',
      title: t('jobs.list.columns.createdAt'),
      render: (_, job) => formatDateTime(job.createdAt, i18n.language),
    },
    {
      key: 'brief',
      title: t('jobs.list.columns.brief'),
      render: (_, job) => <Link to={`/briefs/${job.briefId}`}>{shortId(job.briefId)}</Link>,
    },
    {
      key: 'provider',
      title: t('jobs.list.columns.provider'),
      render: (_, job) => `${job.provider} / ${job.model}`,
    },
    { key: 'variants', dataIndex: 'variants', title: t('jobs.list.columns.variants') },
    {
      key: 'state',
      title: t('jobs.list.columns.state'),
      render: (_, job) => (
        <Flex gap={4} wrap>
          <JobStateBadge state={job.state} />
          {job.refusal && (
            <Tooltip title={localized(job.refusal.reason, i18n.language)}>
              <Tag data-testid="job-refusal-category" data-category={job.refusal.category}>
                {t(`safety.category.${job.refusal.category}`)}
              </Tag>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    {
      key: 'tokens',
      title: t('jobs.list.columns.tokens'),
      render: (_, job) => (job.usage ? formatNumber(job.usage.totalTokens, i18n.language) : none),
    },
    {
      key: 'cost',
      title: t('jobs.list.columns.cost'),
      render: (_, job) => (job.costUsd === null ? none : formatCost(job.costUsd, i18n.language)),
    },
  ];
  return (
    <Table<Job>
      data-testid="job-table"
      rowKey="id"
      columns={columns}
      dataSource={jobs}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('jobs.list.empty') }}
    />
  );
}
