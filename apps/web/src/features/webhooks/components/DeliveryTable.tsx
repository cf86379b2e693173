import type { WebhookDelivery } from '@draftbench/contracts';
import { Button, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime, shortId } from '../../../components/format';
import { AttemptLog } from './AttemptLog';
import { DeliveryStateTag } from './DeliveryStateTag';

/** The delivery log, newest first; a row opens its attempts, and a finished delivery can be sent again. */
export function DeliveryTable({
  deliveries,
  loading,
  onRedeliver,
  redeliveringId,
}: {
  deliveries: WebhookDelivery[];
  loading: boolean;
  onRedeliver: (delivery: WebhookDelivery) => void;
  redeliveringId?: string;
}) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<WebhookDelivery> = [
    {
      key: 'created',
      title: t('webhooks.deliveries.created'),
      render: (_, d) => formatDateTime(d.createdAt, i18n.language),
    },
    { key: 'event', title: t('webhooks.deliveries.event'), render: (_, d) => <Tag>{d.eventType}</Tag> },
    {
      key: 'job',
      title: t('webhooks.deliveries.job'),
      render: (_, d) => <Typography.Text code>{shortId(d.jobId)}</Typography.Text>,
    },
    {
      key: 'target',
      title: t('webhooks.deliveries.target'),
      render: (_, d) => (
        <>
          <Typography.Text code>{d.url}</Typography.Text>
          {d.endpointId === null && (
            <Tag style={{ marginInlineStart: 8 }}>{t('webhooks.deliveries.ownWebhook')}</Tag>
          )}
        </>
      ),
    },
    {
      key: 'state',
      title: t('webhooks.deliveries.state'),
      render: (_, d) => <DeliveryStateTag state={d.state} />,
    },
    {
      key: 'attempts',
      title: t('webhooks.deliveries.attempts'),
      render: (_, d) => <span data-testid="webhook-delivery-attempts">{d.attempts}</span>,
    },
    {
      key: 'lastStatus',
      title: t('webhooks.deliveries.lastStatus'),
      render: (_, d) => d.lastStatus ?? t('common.none'),
    },
    {
      key: 'actions',
      title: t('webhooks.columns.actions'),
      render: (_, d) => (
        <Button
          size="small"
          disabled={d.state === 'pending'}
          loading={redeliveringId === d.id}
          onClick={() => onRedeliver(d)}
          data-testid="webhook-redeliver"
        >
          {t('webhooks.deliveries.redeliver')}
        </Button>
      ),
    },
  ];
  return (
    <Table<WebhookDelivery>
      data-testid="webhook-delivery-table"
      rowKey="id"
      columns={columns}
      dataSource={deliveries}
      loading={loading}
      pagination={false}
      expandable={{ expandedRowRender: (d) => <AttemptLog deliveryId={d.id} /> }}
      onRow={(d) => ({ 'data-testid': 'webhook-delivery-row', 'data-job': d.jobId }) as object}
      locale={{ emptyText: t('webhooks.deliveries.empty') }}
      scroll={{ x: 'max-content' }}
    />
  );
}
