import type { Batch } from '@draftbench/contracts';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { rejectionRows, type RejectionRow } from '../model';

/** Every reason a row was not created, by the line (CSV) or item number (JSON) it came from. */
export function RejectedRowsTable({ batch }: { batch: Batch }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<RejectionRow> = [
    { key: 'line', dataIndex: 'line', title: t('setup.batches.detail.columns.line'), width: 90 },
    {
      key: 'path',
      title: t('setup.batches.detail.columns.path'),
      width: 220,
      render: (_, row) => <Typography.Text code>{row.path}</Typography.Text>,
    },
    { key: 'message', dataIndex: 'message', title: t('setup.batches.detail.columns.reason') },
  ];
  return (
    <Table<RejectionRow>
      data-testid="rejected-table"
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={rejectionRows(batch)}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: t('setup.batches.detail.noneRejected') }}
      onRow={(row) =>
        ({
          'data-testid': 'rejected-row',
          'data-line': row.line,
          'data-path': row.path,
        }) as React.HTMLAttributes<HTMLElement>
      }
    />
  );
}
