import type { LeaderboardEntry } from '@draftbench/contracts';
import { Table, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../components/format';
import { formatElo, formatShare, sortEntries } from '../model';
import { CompetitorLabel } from './CompetitorLabel';

export function LeaderboardTable({ entries, loading }: { entries: LeaderboardEntry[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const count = (value: number) => formatNumber(value, language);
  const columns: TableColumnsType<LeaderboardEntry> = [
    {
      key: 'rank',
      title: t('leaderboard.columns.rank'),
      width: 80,
      render: (_, entry) => <span data-testid="leaderboard-rank">{count(entry.rank)}</span>,
    },
    {
      key: 'competitor',
      title: t('leaderboard.columns.competitor'),
      render: (_, entry) => <CompetitorLabel entry={entry} />,
    },
    {
      key: 'elo',
      title: t('leaderboard.columns.elo'),
      render: (_, { elo }) => (
        <span
          data-testid="leaderboard-elo"
          data-estimate={elo.estimate}
          data-lower={elo.lower}
          data-upper={elo.upper}
          style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
        >
          {t('leaderboard.interval', {
            estimate: formatElo(elo.estimate, language),
            lower: formatElo(elo.lower, language),
            upper: formatElo(elo.upper, language),
          })}
        </span>
      ),
    },
    {
      key: 'votes',
      title: t('leaderboard.columns.votes'),
      align: 'right',
      render: (_, entry) => <span data-testid="leaderboard-votes">{count(entry.votes)}</span>,
    },
    {
      key: 'winRate',
      title: t('leaderboard.columns.winRate'),
      align: 'right',
      render: (_, entry) => (
        <Tooltip title={t('leaderboard.record', { wins: count(entry.wins), losses: count(entry.losses) })}>
          <span data-testid="leaderboard-win-rate">{formatShare(entry.winRate, language)}</span>
        </Tooltip>
      ),
    },
    {
      key: 'ties',
      title: t('leaderboard.columns.ties'),
      align: 'right',
      render: (_, entry) => count(entry.ties),
    },
    {
      key: 'bothBad',
      title: t('leaderboard.columns.bothBad'),
      align: 'right',
      render: (_, entry) => count(entry.bothBad),
    },
  ];
  return (
    <Table<LeaderboardEntry>
      data-testid="leaderboard-table"
      rowKey="id"
      columns={columns}
      dataSource={sortEntries(entries)}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 'max-content' }}
      onRow={(entry) =>
        ({
          'data-testid': 'leaderboard-row',
          'data-id': entry.id,
          'data-origin': entry.origin,
          'data-rank': entry.rank,
        }) as React.HTMLAttributes<HTMLElement>
      }
    />
  );
}
