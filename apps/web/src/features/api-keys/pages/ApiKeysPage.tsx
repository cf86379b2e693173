import { PlusOutlined } from '@ant-design/icons';
import type { ApiKey, ApiKeyCreated } from '@draftbench/contracts';
import { App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiKeyTable } from '../components/ApiKeyTable';
import { CreateApiKeyModal } from '../components/CreateApiKeyModal';
import { NewSecretModal } from '../components/NewSecretModal';
import { useApiKeyList, useRevokeApiKey } from '../hooks';

/** Settings → API keys: the keys other services use to call the job API as this user. */
export default function ApiKeysPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const keys = useApiKeyList();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ApiKeyCreated | undefined>(undefined);

  const revokeKey = (key: ApiKey) =>
    revoke.mutate(key.id, {
      onSuccess: () => void message.success(t('apiKeys.revoked', { name: key.name })),
      onError: (error) => void message.error(error.message),
    });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('apiKeys.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="new-api-key-button"
        >
          {t('apiKeys.new')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('apiKeys.intro')}
      </Typography.Paragraph>
      {keys.error && <ErrorAlert error={keys.error} onRetry={() => void keys.refetch()} />}
      <ApiKeyTable
        keys={keys.data ?? []}
        loading={keys.isLoading}
        onRevoke={revokeKey}
        revokingId={revoke.isPending ? revoke.variables : undefined}
      />
      <CreateApiKeyModal open={creating} onClose={() => setCreating(false)} onCreated={setCreated} />
      <NewSecretModal created={created} onClose={() => setCreated(undefined)} />
    </Flex>
  );
}
