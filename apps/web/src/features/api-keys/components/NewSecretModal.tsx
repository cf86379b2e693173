import type { ApiKeyCreated } from '@draftbench/contracts';
import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The one time a key's secret is shown: copy it now, it cannot be shown again. */
export function NewSecretModal({ created, onClose }: { created?: ApiKeyCreated; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={created !== undefined}
      title={t('apiKeys.secretTitle', { name: created?.name ?? '' })}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose} data-testid="api-key-secret-done">
          {t('apiKeys.secretDone')}
        </Button>
      }
      destroyOnHidden
    >
      {created && (
        <Flex vertical gap={12} data-testid="api-key-secret-modal">
          <Alert type="warning" showIcon title={t('apiKeys.secretOnce')} />
          <Typography.Paragraph
            code
            copyable={{ tooltips: [t('apiKeys.copy'), t('apiKeys.copied')] }}
            style={{ wordBreak: 'break-all', margin: 0 }}
            data-testid="api-key-secret"
          >
            {created.secret}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('apiKeys.usage')}</Typography.Text>
          <Typography.Paragraph code style={{ margin: 0 }}>
            {'Authorization: Bearer <key>'}
          </Typography.Paragraph>
        </Flex>
      )}
    </Modal>
  );
}
