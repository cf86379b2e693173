import type { User } from '@draftbench/contracts';
import { Button, Popconfirm, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCost, formatDateTime } from '../../../components/format';
import { RoleTags } from '../../auth/components/RoleTags';

export interface UserActions {
  onEdit: (user: User) => void;
  onSetPassword: (user: User) => void;
  onToggleDisabled: (user: User) => void;
}

/** The users; `actions` only for those who may change them (admins), `meId` to keep admins in. */
export function UserTable({
  users,
  loading,
  meId,
  actions,
  busyId,
}: {
  users: User[];
  loading: boolean;
  meId: string;
  actions?: UserActions;
  busyId?: string;
}) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<User> = [
    {
      key: 'displayName',
      title: t('settings.users.columns.name'),
      render: (_, user) => (
        <span data-testid="user-name">
          {user.displayName}
          {user.id === meId && <Tag style={{ marginInlineStart: 8 }}>{t('settings.users.you')}</Tag>}
        </span>
      ),
    },
    {
      key: 'email',
      title: t('settings.users.columns.email'),
      render: (_, user) => <span data-testid="user-row-email">{user.email}</span>,
    },
    {
      key: 'roles',
      title: t('settings.users.columns.roles'),
      render: (_, user) => <RoleTags roles={user.roles} testId="user-roles-cell" />,
    },
    {
      key: 'hourlyRate',
      title: t('settings.users.columns.hourlyRate'),
      render: (_, user) =>
        user.hourlyRateUsd === null
          ? t('common.none')
          : t('settings.users.ratePerHour', { rate: formatCost(user.hourlyRateUsd, i18n.language) }),
    },
    {
      key: 'status',
      title: t('settings.users.columns.status'),
      render: (_, user) => (
        <Tag color={user.disabled ? 'default' : 'green'} data-testid="user-status">
          {user.disabled ? t('settings.users.status.disabled') : t('settings.users.status.active')}
        </Tag>
      ),
    },
    {
      key: 'createdAt',
      title: t('settings.users.columns.createdAt'),
      render: (_, user) => formatDateTime(user.createdAt, i18n.language),
    },
  ];
  if (actions)
    columns.push({
      key: 'actions',
      title: t('settings.users.columns.actions'),
      render: (_, user) => (
        <Space size={4} wrap>
          <Button size="small" onClick={() => actions.onEdit(user)} data-testid="user-edit">
            {t('settings.users.edit')}
          </Button>
          <Button size="small" onClick={() => actions.onSetPassword(user)} data-testid="user-set-password">
            {t('settings.users.setPassword')}
          </Button>
          {user.disabled ? (
            <Button
              size="small"
              loading={busyId === user.id}
              onClick={() => actions.onToggleDisabled(user)}
              data-testid="user-enable"
            >
              {t('settings.users.enable')}
            </Button>
          ) : (
            // Disabling yourself would lock you out of this very page.
            <Tooltip title={user.id === meId ? t('settings.users.cannotDisableSelf') : undefined}>
              <Popconfirm
                title={t('settings.users.disableConfirm', { name: user.displayName })}
                okText={t('settings.users.disable')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => actions.onToggleDisabled(user)}
                disabled={user.id === meId}
              >
                <Button
                  size="small"
                  danger
                  disabled={user.id === meId}
                  loading={busyId === user.id}
                  data-testid="user-disable"
                >
                  {t('settings.users.disable')}
                </Button>
              </Popconfirm>
            </Tooltip>
          )}
        </Space>
      ),
    });
  return (
    <Table<User>
      data-testid="user-table"
      rowKey="id"
      columns={columns}
      dataSource={users}
      loading={loading}
      pagination={false}
      onRow={(user) => ({ 'data-email': user.email, 'data-testid': 'user-row' }) as object}
      locale={{ emptyText: t('settings.users.empty') }}
      scroll={{ x: 'max-content' }}
    />
  );
}
