import { Card, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { LeaderboardFilters } from '../../leaderboard/model';
import { useSafetyRates } from '../hooks';
import { SafetyRatesTable } from './SafetyRatesTable';

/** How often the safety gate stops each provider's work, under the leaderboard's filters. */
export function SafetyRatesSection({ filters }: { filters: LeaderboardFilters }) {
  const { t } = useTranslation();
  const { contentType, language, from, to } = filters;
  const rates = useSafetyRates({ contentType, language, from, to });
  const data = rates.data;
  return (
    <Flex
      vertical
      gap={16}
      data-testid="safety-rates"
      data-state={!data || rates.isPlaceholderData ? 'loading' : 'ready'}
    >
      <Typography.Text type="secondary">{t('safety.rates.scope')}</Typography.Text>
      {rates.error && <ErrorAlert error={rates.error} onRetry={() => void rates.refetch()} />}
      {rates.isLoading && (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin description={t('common.loading')} />
        </Flex>
      )}
      {data && (
        <Card title={t('safety.rates.title')} size="small">
          <SafetyRatesTable rows={data.rows} loading={rates.isPlaceholderData} />
        </Card>
      )}
    </Flex>
  );
}
