import { Card, Flex, Spin, Tabs, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatNumber } from '../../../components/format';
import { useCan } from '../../auth/hooks';
import { SafetyRatesSection } from '../../safety/components/SafetyRatesSection';
import { EconomicsSection } from '../components/EconomicsSection';
import { IntegritySection } from '../components/IntegritySection';
import { JudgeSection } from '../components/JudgeSection';
import { LeaderboardEmpty } from '../components/LeaderboardEmpty';
import { LeaderboardFilters } from '../components/LeaderboardFilters';
import { LeaderboardTable } from '../components/LeaderboardTable';
import { LengthEffectCard } from '../components/LengthEffectCard';
import { PositionBiasCard } from '../components/PositionBiasCard';
import { RaterGroupSwitch } from '../components/RaterGroupSwitch';
import { useLeaderboard } from '../hooks';
import {
  filtersFromParams,
  hasNarrowingFilters,
  paramsFromFilters,
  tabFromParams,
  type LeaderboardFilters as Filters,
  type LeaderboardTab,
} from '../model';

// ECharts is large: the chart is its own chunk, fetched once there is something to draw.
const EloIntervalChart = lazy(() => import('../components/EloIntervalChart'));

/**
 * Filters and the tab live in the URL so a filtered leaderboard can be shared and survives a reload;
 * the default tab (ranking) is left out.
 */
function useFilterParams(): [
  Filters,
  (filters: Filters) => void,
  LeaderboardTab,
  (tab: LeaderboardTab) => void,
] {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const tab = tabFromParams(params);
  const write = (next: Filters, nextTab: LeaderboardTab) => {
    const query = paramsFromFilters(next);
    if (nextTab !== 'ranking') query.set('tab', nextTab);
    setParams(query, { replace: true });
  };
  return [filters, (next) => write(next, tab), tab, (next) => write(filters, next)];
}

export default function LeaderboardPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [filters, setFilters, requestedTab, setTab] = useFilterParams();
  const showIntegrity = can('viewRatingIntegrity');
  const tab = requestedTab === 'integrity' && !showIntegrity ? 'ranking' : requestedTab;

  return (
    <Flex vertical gap={16} data-testid="leaderboard-page">
      <Flex vertical gap={4}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('leaderboard.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('leaderboard.blindOnly')}</Typography.Text>
      </Flex>
      <LeaderboardFilters value={filters} onChange={setFilters} />
      {/* Only the open tab is mounted, so each fetches its data (and ECharts) when first shown. */}
      <Tabs
        data-testid="leaderboard-tabs"
        activeKey={tab}
        onChange={(key) => setTab(key as LeaderboardTab)}
        destroyOnHidden
        items={[
          {
            key: 'ranking',
            label: <span data-testid="leaderboard-tab-ranking">{t('leaderboard.tabs.ranking')}</span>,
            children: <RankingSection filters={filters} onFiltersChange={setFilters} />,
          },
          {
            key: 'economics',
            label: <span data-testid="leaderboard-tab-economics">{t('leaderboard.tabs.economics')}</span>,
            children: <EconomicsSection filters={filters} />,
          },
          {
            key: 'judge',
            label: <span data-testid="leaderboard-tab-judge">{t('leaderboard.tabs.judge')}</span>,
            children: <JudgeSection filters={filters} />,
          },
          {
            key: 'safety',
            label: <span data-testid="leaderboard-tab-safety">{t('leaderboard.tabs.safety')}</span>,
            children: <SafetyRatesSection filters={filters} />,
          },
          ...(showIntegrity
            ? [
                {
                  key: 'integrity',
                  label: (
                    <span data-testid="leaderboard-tab-integrity">{t('leaderboard.tabs.integrity')}</span>
                  ),
                  children: <IntegritySection />,
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}

/**
 * The Elo ranking of the competitors — from people's blind votes or from the AI judge's verdicts — its
 * chart, the length effect and the position-bias audit.
 */
function RankingSection({
  filters,
  onFiltersChange,
}: {
  filters: Filters;
  onFiltersChange: (filters: Filters) => void;
}) {
  const { t, i18n } = useTranslation();
  const board = useLeaderboard(filters);
  const data = board.data;
  const stale = board.isPlaceholderData;
  const setFilters = onFiltersChange;
  const raterGroup = filters.raterGroup ?? 'human';

  return (
    <Flex vertical gap={16}>
      <RaterGroupSwitch
        value={raterGroup}
        onChange={(group) => setFilters({ ...filters, raterGroup: group === 'judge' ? group : undefined })}
      />
      {board.error && <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />}
      {board.isLoading && (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin description={t('common.loading')} />
        </Flex>
      )}
      {data && data.entries.length === 0 && (
        <LeaderboardEmpty
          filtered={hasNarrowingFilters(filters)}
          raterGroup={raterGroup}
          onClear={() =>
            setFilters({
              competitor: filters.competitor,
              raterGroup: filters.raterGroup,
              lengthControl: filters.lengthControl,
            })
          }
        />
      )}
      {data && data.entries.length > 0 && (
        <Flex
          vertical
          gap={16}
          data-testid="leaderboard-results"
          data-competitor={data.competitor}
          data-rater-group={data.raterGroup}
          data-state={stale ? 'loading' : 'ready'}
        >
          <Typography.Text data-testid="leaderboard-summary">
            {t(data.raterGroup === 'judge' ? 'leaderboard.summaryJudge' : 'leaderboard.summary', {
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
          {filters.lengthControl && <LengthEffectCard effect={data.lengthEffect} />}
          <PositionBiasCard board={data} />
        </Flex>
      )}
    </Flex>
  );
}
