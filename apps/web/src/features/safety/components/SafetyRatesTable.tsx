import type { SafetyRatesRow } from '@draftbench/contracts';
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../components/format';
import { formatRate } from '../model';

export function SafetyRatesTable({ rows, loading }: { rows: SafetyRatesRow[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const count = (key: 'jobs' | 'refused' | 'outputs' | 'flagged') => ({
    key,
    title: t(`safety.rates.columns.${key}`),
    align: 'right' as const,
    render: (_: unknown, row: SafetyRatesRow) => formatNumber(row[key], language),
  });
  const rate = (key: 'refusalRate' | 'flagRate') => ({
    key,
    title: t(`safety.rates.columns.${key}`),
    align: 'right' as const,
    render: (_: unknown, row: SafetyRatesRow) => (
      <span data-testid={`safety-${key}`}>{formatRate(row[key], language)}</span>
    ),
  });
  const columns: TableColumnsType<SafetyRatesRow> = [
    {
      key: 'model',
      title: t('safety.rates.columns.model'),
      render: (_, row) => `${row.provider} / ${row.model}`,
    },
    count('jobs'),
    count('refused'),
    rate('refusalRate'),
    count('outputs'),
    count('flagged'),
    rate('flagRate'),
  ];
  return (
    <Table<SafetyRatesRow>
      data-testid="safety-rates-table"
      rowKey={(row) => `${row.provider}/${row.model}`}
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('safety.rates.empty') }}
      onRow={(row) =>
        ({
          'data-testid': 'safety-rates-row',
          'data-model': `${row.provider}/${row.model}`,
        }) as React.HTMLAttributes<HTMLElement>
      }
    />
  );
}
