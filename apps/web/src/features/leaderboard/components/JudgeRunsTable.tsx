import type { JudgeRun } from '@draftbench/contracts';
import { Flex, Progress, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCost, formatDateTime } from '../../../components/format';

const STATE_COLOR = {
  queued: 'default',
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
} as const;

/** The latest runs with their progress; the section polls while one is active. */
export function JudgeRunsTable({ runs, loading }: { runs: JudgeRun[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const columns: TableColumnsType<JudgeRun> = [
    {
      key: 'created',
      title: t('leaderboard.judge.runs.columns.created'),
      render: (_, run) => formatDateTime(run.createdAt, language),
    },
    {
      key: 'judge',
      title: t('leaderboard.judge.runs.columns.judge'),
      render: (_, run) => (
        <Typography.Text code>
          {run.provider}/{run.model}
        </Typography.Text>
      ),
    },
    {
      key: 'scope',
      title: t('leaderboard.judge.runs.columns.scope'),
      render: (_, run) =>
        [
          run.contentType ? t(`contentType.${run.contentType}`) : null,
          run.language ? t(`briefLanguage.${run.language}`) : null,
        ]
          .filter(Boolean)
          .join(' · ') || t('leaderboard.judge.runs.allBriefs'),
    },
    {
      key: 'state',
      title: t('leaderboard.judge.runs.columns.state'),
      render: (_, run) => {
        const tag = (
          <Tag color={STATE_COLOR[run.state]} data-testid="judge-run-state">
            {t(`leaderboard.judge.state.${run.state}`)}
          </Tag>
        );
        return run.error ? <Tooltip title={run.error.message}>{tag}</Tooltip> : tag;
      },
    },
    {
      key: 'progress',
      title: t('leaderboard.judge.runs.columns.progress'),
      render: (_, run) => (
        <Flex vertical style={{ minWidth: 180 }}>
          <Progress
            size="small"
            percent={Math.round((run.pairs.judged / Math.max(1, run.pairs.planned)) * 100)}
            status={run.state === 'failed' ? 'exception' : run.state === 'running' ? 'active' : undefined}
          />
          <Typography.Text type="secondary" data-testid="judge-run-progress">
            {t('leaderboard.judge.runs.progress', run.pairs)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'outcomes',
      title: t('leaderboard.judge.runs.columns.outcomes'),
      render: (_, run) => (
        <span data-testid="judge-run-outcomes">{t('leaderboard.judge.runs.outcomes', run.pairs)}</span>
      ),
    },
    {
      key: 'cost',
      title: t('leaderboard.judge.runs.columns.cost'),
      align: 'right',
      render: (_, run) => formatCost(run.costUsd, language),
    },
  ];
  return (
    <Table<JudgeRun>
      data-testid="judge-runs"
      rowKey="id"
      columns={columns}
      dataSource={runs}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('leaderboard.judge.runs.empty') }}
      onRow={(run) =>
        ({
          'data-testid': 'judge-run',
          'data-id': run.id,
          'data-state': run.state,
        }) as React.HTMLAttributes<HTMLElement>
      }
    />
  );
}
