import type { BatchSummary } from '@draftbench/contracts';
import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../components/format';
import { progressOf } from '../model';

export function BatchList({ batches, loading }: { batches: BatchSummary[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<BatchSummary> = [
    {
      key: 'createdAt',
      title: t('setup.batches.list.columns.createdAt'),
      render: (_, batch) => (
        <Link to={`/batches/${batch.id}`} data-testid="batch-link">
          {formatDateTime(batch.createdAt, i18n.language)}
        </Link>
      ),
    },
    {
      key: 'input',
      title: t('setup.batches.list.columns.input'),
      render: (_, batch) => batch.fileName ?? t(`setup.batches.source.${batch.source}`),
    },
    {
      key: 'rows',
      title: t('setup.batches.list.columns.rows'),
      render: (_, batch) => `${batch.acceptedRows} / ${batch.totalRows}`,
    },
    {
      key: 'jobs',
      title: t('setup.batches.list.columns.jobs'),
      render: (_, batch) => {
        const { finished, total } = progressOf(batch.jobs);
        return `${finished} / ${total}`;
      },
    },
    {
      key: 'status',
      title: t('setup.batches.list.columns.status'),
      render: (_, batch) =>
        batch.done ? (
          <Tag color="green">{t('setup.batches.list.done')}</Tag>
        ) : (
          <Tag color="processing">{t('setup.batches.list.running')}</Tag>
        ),
    },
  ];
  return (
    <Table<BatchSummary>
      data-testid="batch-table"
      rowKey="id"
      columns={columns}
      dataSource={batches}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('setup.batches.list.empty') }}
    />
  );
}
