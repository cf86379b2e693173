import type { ApiKey, WebhookEndpoint } from '@draftbench/contracts';
import { Button, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';

/** The user's endpoints: URL, events, whose jobs they hear about, status; active ones can be disabled. */
export function EndpointTable({
  endpoints,
  keys,
  loading,
  onDisable,
  disablingId,
}: {
  endpoints: WebhookEndpoint[];
  /** The user's API keys, to name the key an endpoint listens to. */
  keys: ApiKey[];
  loading: boolean;
  onDisable: (endpoint: WebhookEndpoint) => void;
  disablingId?: string;
}) {
  const { t, i18n } = useTranslation();
  const keyName = (id: string) => {
    const key = keys.find((k) => k.id === id);
    return key ? `${key.name} (${key.prefix}…)` : id;
  };
  const columns: TableColumnsType<WebhookEndpoint> = [
    {
      key: 'url',
      title: t('webhooks.columns.url'),
      render: (_, endpoint) => (
        <Typography.Text code data-testid="webhook-endpoint-url">
          {endpoint.url}
        </Typography.Text>
      ),
    },
    {
      key: 'events',
      title: t('webhooks.columns.events'),
      render: (_, endpoint) =>
        endpoint.events.map((event) => (
          <Tag key={event} data-event={event}>
            {event}
          </Tag>
        )),
    },
    {
      key: 'source',
      title: t('webhooks.columns.source'),
      render: (_, endpoint) =>
        endpoint.apiKeyId ? keyName(endpoint.apiKeyId) : t('webhooks.source.session'),
    },
    {
      key: 'description',
      title: t('webhooks.columns.description'),
      render: (_, endpoint) => endpoint.description ?? t('common.none'),
    },
    {
      key: 'created',
      title: t('webhooks.columns.created'),
      render: (_, endpoint) => formatDateTime(endpoint.createdAt, i18n.language),
    },
    {
      key: 'status',
      title: t('webhooks.columns.status'),
      render: (_, endpoint) => {
        const status = endpoint.disabledAt ? 'disabled' : 'active';
        return (
          <Tag
            color={status === 'active' ? 'green' : 'default'}
            data-testid="webhook-endpoint-status"
            data-status={status}
          >
            {t(`webhooks.endpointStatus.${status}`)}
          </Tag>
        );
      },
    },
    {
      key: 'actions',
      title: t('webhooks.columns.actions'),
      render: (_, endpoint) =>
        endpoint.disabledAt === null && (
          <Popconfirm
            title={t('webhooks.disableConfirm')}
            okText={t('webhooks.disable')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, ...{ 'data-testid': 'webhook-endpoint-disable-confirm' } }}
            onConfirm={() => onDisable(endpoint)}
          >
            <Button
              size="small"
              danger
              loading={disablingId === endpoint.id}
              data-testid="webhook-endpoint-disable"
            >
              {t('webhooks.disable')}
            </Button>
          </Popconfirm>
        ),
    },
  ];
  return (
    <Table<WebhookEndpoint>
      data-testid="webhook-endpoint-table"
      rowKey="id"
      columns={columns}
      dataSource={endpoints}
      loading={loading}
      pagination={false}
      onRow={(endpoint) => ({ 'data-testid': 'webhook-endpoint-row', 'data-url': endpoint.url }) as object}
      locale={{ emptyText: t('webhooks.emptyEndpoints') }}
      scroll={{ x: 'max-content' }}
    />
  );
}
