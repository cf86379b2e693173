import { Alert, Button, Flex, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The secret to show; the modal is open while it is set. */
  secret?: string;
  title: string;
  /** The warning that this is the only time the secret is shown. */
  once: string;
  done: string;
  /** Prefix of the test ids: `<prefix>-secret-modal`, `<prefix>-secret`, `<prefix>-secret-done`. */
  testId: string;
  onClose: () => void;
  /** How to use the secret, shown under it. */
  children: ReactNode;
}

/** The one time a secret is shown: copy it now, it cannot be shown again. */
export function OneTimeSecretModal({ secret, title, once, done, testId, onClose, children }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open={secret !== undefined}
      title={title}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose} data-testid={`${testId}-secret-done`}>
          {done}
        </Button>
      }
      destroyOnHidden
    >
      {secret !== undefined && (
        <Flex vertical gap={12} data-testid={`${testId}-secret-modal`}>
          <Alert type="warning" showIcon title={once} />
          <Typography.Paragraph
            code
            copyable={{ tooltips: [t('apiKeys.copy'), t('apiKeys.copied')] }}
            style={{ wordBreak: 'break-all', margin: 0 }}
            data-testid={`${testId}-secret`}
          >
            {secret}
          </Typography.Paragraph>
          {children}
        </Flex>
      )}
    </Modal>
  );
}
