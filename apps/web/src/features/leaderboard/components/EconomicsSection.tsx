import { Card, Flex, Spin, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useEconomics } from '../hooks';
import type { LeaderboardFilters } from '../model';
import { EconomicsTable } from './EconomicsTable';

// ECharts is large: the chart is its own chunk, fetched once there is something to draw.
const EconomicsChart = lazy(() => import('./EconomicsChart'));

/** Cost, effort and quality per origin, under the content type and language filters. */
export function EconomicsSection({ filters }: { filters: LeaderboardFilters }) {
  const { t } = useTranslation();
  const economics = useEconomics({ contentType: filters.contentType, language: filters.language });
  const data = economics.data;
  const stale = economics.isPlaceholderData;
  return (
    <Flex vertical gap={16} data-testid="economics" data-state={!data || stale ? 'loading' : 'ready'}>
      <Typography.Text type="secondary">{t('leaderboard.economics.scope')}</Typography.Text>
      {economics.error && <ErrorAlert error={economics.error} onRetry={() => void economics.refetch()} />}
      {economics.isLoading && (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin description={t('common.loading')} />
        </Flex>
      )}
      {data && (
        <>
          <Card title={t('leaderboard.economics.title')} size="small">
            <EconomicsTable rows={data.rows} loading={stale} />
          </Card>
          {data.rows.length > 0 && (
            <Card title={t('leaderboard.economics.chart.title')} size="small">
              <Suspense
                fallback={
                  <Flex justify="center" style={{ padding: 32 }}>
                    <Spin description={t('leaderboard.economics.chart.loading')} />
                  </Flex>
                }
              >
                <Flex vertical gap={8}>
                  <EconomicsChart rows={data.rows} />
                </Flex>
              </Suspense>
            </Card>
          )}
        </>
      )}
    </Flex>
  );
}
