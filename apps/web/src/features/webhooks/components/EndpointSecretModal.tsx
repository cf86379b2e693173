import type { WebhookEndpointCreated } from '@draftbench/contracts';
import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

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
    <Modal
      open={created !== undefined}
      title={t('webhooks.secretTitle')}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose} data-testid="webhook-secret-done">
          {t('webhooks.secretDone')}
        </Button>
      }
      destroyOnHidden
    >
      {created && (
        <Flex vertical gap={12} data-testid="webhook-secret-modal">
          <Alert type="warning" showIcon title={t('webhooks.secretOnce')} />
          <Typography.Paragraph
            code
            copyable={{ tooltips: [t('apiKeys.copy'), t('apiKeys.copied')] }}
            style={{ wordBreak: 'break-all', margin: 0 }}
            data-testid="webhook-secret"
          >
            {created.secret}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('webhooks.verifyHint')}</Typography.Text>
          <pre style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 12 }}>{VERIFY_SNIPPET}</pre>
        </Flex>
      )}
    </Modal>
  );
}
