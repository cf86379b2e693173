import type { ApiKeyCreated } from '@draftbench/contracts';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OneTimeSecretModal } from '../../../components/OneTimeSecretModal';

/** The one time a key's secret is shown, with how to send it. */
export function NewSecretModal({ created, onClose }: { created?: ApiKeyCreated; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <OneTimeSecretModal
      secret={created?.secret}
      title={t('apiKeys.secretTitle', { name: created?.name ?? '' })}
      once={t('apiKeys.secretOnce')}
      done={t('apiKeys.secretDone')}
      testId="api-key"
      onClose={onClose}
    >
      <Typography.Text type="secondary">{t('apiKeys.usage')}</Typography.Text>
      <Typography.Paragraph code style={{ margin: 0 }}>
        {'Authorization: Bearer <key>'}
      </Typography.Paragraph>
    </OneTimeSecretModal>
  );
}
