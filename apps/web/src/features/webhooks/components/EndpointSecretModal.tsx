import type { WebhookEndpointCreated } from '@draftbench/contracts';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OneTimeSecretModal } from '../../../components/OneTimeSecretModal';

const VERIFY_SNIPPET = `import { verifyWebhook } from '@draftbench/client';
// rawBody: the request body exactly as received, before JSON parsing
const event = await verifyWebhook(rawBody, request.headers['draftbench-signature'], secret);`;

/** The one time an endpoint's signing secret is shown, with how to check a delivery. */
export function EndpointSecretModal({
  created,
  onClose,
}: {
  created?: WebhookEndpointCreated;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <OneTimeSecretModal
      secret={created?.secret}
      title={t('webhooks.secretTitle')}
      once={t('webhooks.secretOnce')}
      done={t('webhooks.secretDone')}
      testId="webhook"
      onClose={onClose}
    >
      <Typography.Text type="secondary">{t('webhooks.verifyHint')}</Typography.Text>
      <pre style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 12 }}>{VERIFY_SNIPPET}</pre>
    </OneTimeSecretModal>
  );
}
