import type { WebhookDeliveryState } from '@draftbench/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<WebhookDeliveryState, string> = {
  pending: 'processing',
  succeeded: 'green',
  failed: 'red',
};

export function DeliveryStateTag({ state }: { state: WebhookDeliveryState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[state]} data-testid="webhook-delivery-state" data-state={state}>
      {t(`webhooks.deliveryState.${state}`)}
    </Tag>
  );
}
