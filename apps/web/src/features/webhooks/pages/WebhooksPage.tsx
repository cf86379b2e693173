import { PlusOutlined } from '@ant-design/icons';
import {
  WebhookDeliveryState,
  type WebhookDelivery,
  type WebhookEndpoint,
  type WebhookEndpointCreated,
} from '@draftbench/contracts';
import { App, Button, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useApiKeyList } from '../../api-keys/hooks';
import { CreateEndpointModal } from '../components/CreateEndpointModal';
import { DeliveryTable } from '../components/DeliveryTable';
import { EndpointSecretModal } from '../components/EndpointSecretModal';
import { EndpointTable } from '../components/EndpointTable';
import {
  useDisableWebhookEndpoint,
  useRedeliverWebhook,
  useWebhookDeliveries,
  useWebhookEndpoints,
} from '../hooks';

/** Settings → Webhooks: endpoints that hear when jobs end, and the log of every delivery. */
export default function WebhooksPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const endpoints = useWebhookEndpoints();
  const keys = useApiKeyList();
  const disable = useDisableWebhookEndpoint();
  const redeliver = useRedeliverWebhook();
  const [state, setState] = useState<WebhookDeliveryState | undefined>(undefined);
  const deliveries = useWebhookDeliveries(state);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<WebhookEndpointCreated | undefined>(undefined);
  const liveKeys = (keys.data ?? []).filter((key) => key.revokedAt === null);

  const disableEndpoint = (endpoint: WebhookEndpoint) =>
    disable.mutate(endpoint.id, {
      onSuccess: () => void message.success(t('webhooks.disabled')),
      onError: (error) => void message.error(error.message),
    });
  const redeliverOne = (delivery: WebhookDelivery) =>
    redeliver.mutate(delivery.id, {
      onSuccess: () => void message.success(t('webhooks.deliveries.redelivered')),
      onError: (error) => void message.error(error.message),
    });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('webhooks.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="new-webhook-button"
        >
          {t('webhooks.new')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('webhooks.intro')}
      </Typography.Paragraph>
      {endpoints.error && <ErrorAlert error={endpoints.error} onRetry={() => void endpoints.refetch()} />}
      <EndpointTable
        endpoints={endpoints.data ?? []}
        keys={keys.data ?? []}
        loading={endpoints.isLoading}
        onDisable={disableEndpoint}
        disablingId={disable.isPending ? disable.variables : undefined}
      />

      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('webhooks.deliveries.title')}
        </Typography.Title>
        <Select
          data-testid="webhook-delivery-filter"
          aria-label={t('webhooks.deliveries.state')}
          placeholder={t('webhooks.deliveries.state')}
          allowClear
          style={{ width: 200 }}
          value={state}
          onChange={setState}
          options={WebhookDeliveryState.options.map((option) => ({
            value: option,
            label: t(`webhooks.deliveryState.${option}`),
          }))}
        />
      </Flex>
      {deliveries.error && <ErrorAlert error={deliveries.error} onRetry={() => void deliveries.refetch()} />}
      <DeliveryTable
        deliveries={deliveries.data?.pages.flatMap((page) => page.items) ?? []}
        loading={deliveries.isLoading}
        onRedeliver={redeliverOne}
        redeliveringId={redeliver.isPending ? redeliver.variables : undefined}
      />
      {deliveries.hasNextPage && (
        <Button
          onClick={() => void deliveries.fetchNextPage()}
          loading={deliveries.isFetchingNextPage}
          style={{ alignSelf: 'center' }}
        >
          {t('common.loadMore')}
        </Button>
      )}
      <CreateEndpointModal
        open={creating}
        keys={liveKeys}
        onClose={() => setCreating(false)}
        onCreated={setCreated}
      />
      <EndpointSecretModal created={created} onClose={() => setCreated(undefined)} />
    </Flex>
  );
}
