import { Card, Flex, Spin, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatNumber } from '../../../components/format';
import { LeaderboardEmpty } from '../components/LeaderboardEmpty';
import { LeaderboardFilters } from '../components/LeaderboardFilters';
import { LeaderboardTable } from '../components/LeaderboardTable';
import { PositionBiasCard } from '../components/PositionBiasCard';
import { useLeaderboard } from '../hooks';
import {
  filtersFromParams,
  hasNarrowingFilters,
  paramsFromFilters,
  type LeaderboardFilters as Filters,
} from '../model';

// ECharts is large: the chart is its own chunk, fetched once there is something to draw.
const EloIntervalChart = lazy(() => import('../components/EloIntervalChart'));

/** Filters live in the URL so a filtered leaderboard can be shared and survives a reload. */
function useFilterParams(): [Filters, (filters: Filters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const update = (next: Filters) => setParams(paramsFromFilters(next), { replace: true });
  return [filters, update];
}

export default function LeaderboardPage() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useFilterParams();
  const board = useLeaderboard(filters);
  const data = board.data;
  const stale = board.isPlaceholderData;

  return (
    <Flex vertical gap={16} data-testid="leaderboard-page">
      <Flex vertical gap={4}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('leaderboard.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('leaderboard.blindOnly')}</Typography.Text>
      </Flex>
      <LeaderboardFilters value={filters} onChange={setFilters} />
      {board.error && <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />}
      {board.isLoading && (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin description={t('common.loading')} />
        </Flex>
      )}
      {data && data.entries.length === 0 && (
        <LeaderboardEmpty
          filtered={hasNarrowingFilters(filters)}
          onClear={() => setFilters({ competitor: filters.competitor })}
        />
      )}
      {data && data.entries.length > 0 && (
        <Flex
          vertical
          gap={16}
          data-testid="leaderboard-results"
          data-competitor={data.competitor}
          data-state={stale ? 'loading' : 'ready'}
        >
          <Typography.Text data-testid="leaderboard-summary">
            {t('leaderboard.summary', {
              votes: formatNumber(data.votes, i18n.language),
              resamples: formatNumber(data.resamples, i18n.language),
            })}
          </Typography.Text>
          <LeaderboardTable entries={data.entries} loading={stale} />
          <Card title={t('leaderboard.chart.title')} size="small">
            <Suspense
              fallback={
                <Flex justify="center" style={{ padding: 32 }}>
                  <Spin description={t('leaderboard.chart.loading')} />
                </Flex>
              }
            >
              <EloIntervalChart entries={data.entries} />
            </Suspense>
          </Card>
          <PositionBiasCard bias={data.positionBias} />
        </Flex>
      )}
    </Flex>
  );
}
