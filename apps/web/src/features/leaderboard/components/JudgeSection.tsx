import { Alert, Card, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCan } from '../../auth/hooks';
import {
  anyJudgeRunActive,
  useJudgeAgreement,
  useJudgeRuns,
  useJudgeStatus,
  useStartJudgeRun,
} from '../hooks';
import type { LeaderboardFilters } from '../model';
import { JudgeAgreementTable } from './JudgeAgreementTable';
import { JudgeRunForm } from './JudgeRunForm';
import { JudgeRunsTable } from './JudgeRunsTable';

/**
 * The AI judge: whether it can run (with only the rule-based template engine it cannot, and says what
 * to configure), starting a run, the runs with their progress, and how the judge agrees with people.
 */
export function JudgeSection({ filters }: { filters: LeaderboardFilters }) {
  const { t } = useTranslation();
  const can = useCan();
  const status = useJudgeStatus();
  const runs = useJudgeRuns();
  const active = anyJudgeRunActive(runs.data);
  const agreement = useJudgeAgreement(
    { contentType: filters.contentType, language: filters.language },
    active,
  );
  const start = useStartJudgeRun();

  if (status.error) return <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data)
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description={t('common.loading')} />
      </Flex>
    );
  return (
    <Flex vertical gap={16} data-testid="judge" data-available={String(status.data.available)}>
      <Typography.Text type="secondary">{t('leaderboard.judge.intro')}</Typography.Text>
      {!status.data.available && (
        <Alert
          type="warning"
          showIcon
          data-testid="judge-needs-llm"
          title={t('leaderboard.judge.needsLlmTitle')}
          description={t('leaderboard.judge.needsLlm')}
        />
      )}
      {status.data.available && can('runJudge') && (
        <Card title={t('leaderboard.judge.start.title')} size="small">
          <Flex vertical gap={12}>
            <JudgeRunForm
              providers={status.data.providers}
              filters={filters}
              starting={start.isPending}
              onStart={(input) => start.mutate(input)}
            />
            {start.error && <ErrorAlert error={start.error} />}
          </Flex>
        </Card>
      )}
      <Card title={t('leaderboard.judge.runs.title')} size="small">
        {runs.error ? (
          <ErrorAlert error={runs.error} onRetry={() => void runs.refetch()} />
        ) : (
          <JudgeRunsTable runs={runs.data ?? []} loading={runs.isLoading} />
        )}
      </Card>
      <Card title={t('leaderboard.judge.agreement.title')} size="small">
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('leaderboard.judge.agreement.scope')}</Typography.Text>
          {agreement.error ? (
            <ErrorAlert error={agreement.error} onRetry={() => void agreement.refetch()} />
          ) : (
            <JudgeAgreementTable items={agreement.data ?? []} loading={agreement.isLoading} />
          )}
          <Typography.Text type="secondary">{t('leaderboard.judge.agreement.kappaHint')}</Typography.Text>
        </Flex>
      </Card>
    </Flex>
  );
}
