import type { EconomicsRow } from '@draftbench/contracts';
import { Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCost, formatNumber } from '../../../components/format';
import { formatMinutes } from '../../../components/formatEffort';
import { OriginTag } from '../../briefs/components/OriginTag';
import { formatElo, formatScore } from '../model';

const NONE = '—';

export function EconomicsTable({ rows, loading }: { rows: EconomicsRow[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const or = <T,>(value: T | null, format: (value: T) => string) => (value === null ? NONE : format(value));
  const numeric = { align: 'right' as const };
  const columns: TableColumnsType<EconomicsRow> = [
    {
      key: 'origin',
      title: t('leaderboard.economics.columns.origin'),
      render: (_, row) => <OriginTag origin={row.origin} testId="economics-origin" />,
    },
    {
      key: 'drafts',
      title: t('leaderboard.economics.columns.drafts'),
      align: numeric.align,
      render: (_, row) => <span data-testid="economics-drafts">{formatNumber(row.drafts, language)}</span>,
    },
    {
      key: 'meanCost',
      title: t('leaderboard.economics.columns.meanCost'),
      align: numeric.align,
      render: (_, row) => (
        <span data-testid="economics-cost">{or(row.meanCostUsd, (v) => formatCost(v, language))}</span>
      ),
    },
    {
      key: 'meanHumanMinutes',
      title: t('leaderboard.economics.columns.meanHumanMinutes'),
      align: numeric.align,
      render: (_, row) => or(row.meanHumanMinutes, (v) => formatMinutes(v, language)),
    },
    {
      key: 'medianTurnaround',
      title: t('leaderboard.economics.columns.medianTurnaround'),
      align: numeric.align,
      render: (_, row) => or(row.medianTurnaroundMinutes, (v) => formatMinutes(v, language)),
    },
    {
      key: 'elo',
      title: t('leaderboard.economics.columns.elo'),
      align: numeric.align,
      render: (_, row) => (
        <span data-testid="economics-elo">{or(row.elo, (v) => formatElo(v, language))}</span>
      ),
    },
    {
      key: 'rubricMean',
      title: t('leaderboard.economics.columns.rubricMean'),
      align: numeric.align,
      render: (_, row) => or(row.rubricMean, (v) => formatScore(v, language)),
    },
    {
      key: 'frontier',
      title: t('leaderboard.economics.columns.frontier'),
      render: (_, row) =>
        row.onFrontier ? (
          <Tooltip title={t('leaderboard.economics.frontierHint')}>
            <Tag color="green" data-testid="economics-frontier">
              {t('leaderboard.economics.frontier')}
            </Tag>
          </Tooltip>
        ) : null,
    },
  ];
  return (
    <Table<EconomicsRow>
      data-testid="economics-table"
      rowKey="origin"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('leaderboard.economics.empty') }}
      onRow={(row) =>
        ({
          'data-testid': 'economics-row',
          'data-origin': row.origin,
          'data-frontier': String(row.onFrontier),
        }) as React.HTMLAttributes<HTMLElement>
      }
    />
  );
}
