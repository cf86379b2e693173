import type { ApiKey } from '@draftbench/contracts';
import { Button, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';
import { apiKeyStatus, type ApiKeyStatus } from '../model';
import { ScopeTags } from './ScopeTags';

const STATUS_COLORS: Record<ApiKeyStatus, string> = { active: 'green', expired: 'default', revoked: 'red' };

/** The user's keys: prefix, scopes, last use, expiry and status; active ones can be revoked. */
export function ApiKeyTable({
  keys,
  loading,
  onRevoke,
  revokingId,
}: {
  keys: ApiKey[];
  loading: boolean;
  onRevoke: (key: ApiKey) => void;
  revokingId?: string;
}) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null, empty: string) => (iso ? formatDateTime(iso, i18n.language) : empty);
  const columns: TableColumnsType<ApiKey> = [
    { key: 'name', title: t('apiKeys.columns.name'), render: (_, key) => key.name },
    {
      key: 'prefix',
      title: t('apiKeys.columns.prefix'),
      render: (_, key) => (
        <Typography.Text code data-testid="api-key-prefix">
          {key.prefix}…
        </Typography.Text>
      ),
    },
    {
      key: 'scopes',
      title: t('apiKeys.columns.scopes'),
      render: (_, key) => <ScopeTags scopes={key.scopes} />,
    },
    {
      key: 'lastUsed',
      title: t('apiKeys.columns.lastUsed'),
      render: (_, key) => (
        <span data-testid="api-key-last-used">{when(key.lastUsedAt, t('apiKeys.neverUsed'))}</span>
      ),
    },
    {
      key: 'expires',
      title: t('apiKeys.columns.expires'),
      render: (_, key) => when(key.expiresAt, t('apiKeys.expiry.never')),
    },
    {
      key: 'status',
      title: t('apiKeys.columns.status'),
      render: (_, key) => {
        const status = apiKeyStatus(key);
        return (
          <Tag color={STATUS_COLORS[status]} data-testid="api-key-status" data-status={status}>
            {t(`apiKeys.status.${status}`)}
          </Tag>
        );
      },
    },
    {
      key: 'actions',
      title: t('apiKeys.columns.actions'),
      render: (_, key) =>
        key.revokedAt === null && (
          <Popconfirm
            title={t('apiKeys.revokeConfirm', { name: key.name })}
            okText={t('apiKeys.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, ...{ 'data-testid': 'api-key-revoke-confirm' } }}
            onConfirm={() => onRevoke(key)}
          >
            <Button size="small" danger loading={revokingId === key.id} data-testid="api-key-revoke">
              {t('apiKeys.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];
  return (
    <Table<ApiKey>
      data-testid="api-key-table"
      rowKey="id"
      columns={columns}
      dataSource={keys}
      loading={loading}
      pagination={false}
      onRow={(key) => ({ 'data-testid': 'api-key-row', 'data-name': key.name }) as object}
      locale={{ emptyText: t('apiKeys.empty') }}
      scroll={{ x: 'max-content' }}
    />
  );
}
