import type { WebhookAttempt } from '@draftbench/contracts';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime, formatLatency } from '../../../components/format';
import { useWebhookDelivery } from '../hooks';

/** Every attempt of one delivery: when, the answer's status, how long it took, and what went wrong. */
export function AttemptLog({ deliveryId }: { deliveryId: string }) {
  const { t, i18n } = useTranslation();
  const delivery = useWebhookDelivery(deliveryId);
  const columns: TableColumnsType<WebhookAttempt> = [
    { key: 'attempt', title: t('webhooks.attempts.attempt'), render: (_, a) => a.attempt },
    {
      key: 'at',
      title: t('webhooks.attempts.at'),
      render: (_, a) => formatDateTime(a.at, i18n.language),
    },
    {
      key: 'status',
      title: t('webhooks.attempts.status'),
      render: (_, a) => (
        <span data-testid="webhook-attempt-status">{a.statusCode ?? t('webhooks.attempts.noAnswer')}</span>
      ),
    },
    {
      key: 'latency',
      title: t('webhooks.attempts.latency'),
      render: (_, a) => (
        <span data-testid="webhook-attempt-latency">{formatLatency(a.latencyMs, i18n.language)}</span>
      ),
    },
    {
      key: 'error',
      title: t('webhooks.attempts.error'),
      render: (_, a) =>
        a.error ? <Typography.Text type="danger">{a.error}</Typography.Text> : t('common.none'),
    },
  ];
  if (delivery.error) return <ErrorAlert error={delivery.error} onRetry={() => void delivery.refetch()} />;
  return (
    <Table<WebhookAttempt>
      data-testid="webhook-attempt-log"
      rowKey="attempt"
      size="small"
      columns={columns}
      dataSource={delivery.data?.attemptLog ?? []}
      loading={delivery.isLoading}
      pagination={false}
      onRow={() => ({ 'data-testid': 'webhook-attempt-row' }) as object}
      locale={{ emptyText: t('webhooks.attempts.none') }}
    />
  );
}
