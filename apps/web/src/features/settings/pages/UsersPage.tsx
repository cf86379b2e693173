import { PlusOutlined } from '@ant-design/icons';
import { Role, type User } from '@draftbench/contracts';
import { Alert, App, Button, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCan, useCurrentUser } from '../../auth/hooks';
import { PasswordModal } from '../components/PasswordModal';
import { UserFormModal } from '../components/UserFormModal';
import { UserTable } from '../components/UserTable';
import { useUpdateUser, useUserList } from '../hooks';

/** Settings → Users: admins manage the accounts; leads see who is on the team. */
export default function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const manage = useCan()('manageUsers');
  const [params, setParams] = useSearchParams();
  const role = Role.safeParse(params.get('role')).data;
  const users = useUserList(role);
  const update = useUpdateUser();
  // `null`: the create form; a user: editing that user.
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const [passwordFor, setPasswordFor] = useState<User | undefined>(undefined);

  const toggleDisabled = (user: User) =>
    update.mutate(
      { id: user.id, input: { disabled: !user.disabled } },
      {
        onSuccess: (saved) =>
          void message.success(
            t(saved.disabled ? 'settings.users.disabledDone' : 'settings.users.enabledDone', {
              name: saved.displayName,
            }),
          ),
        onError: (error) => void message.error(error.message),
      },
    );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('settings.users.title')}
        </Typography.Title>
        {manage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing(null)}
            data-testid="new-user-button"
          >
            {t('settings.users.new')}
          </Button>
        )}
      </Flex>
      {!manage && (
        <Alert type="info" showIcon data-testid="users-read-only" title={t('settings.users.readOnly')} />
      )}
      <Select<Role>
        data-testid="user-filter-role"
        aria-label={t('settings.users.filterRole')}
        placeholder={t('settings.users.filterRole')}
        allowClear
        style={{ width: 200 }}
        value={role}
        onChange={(next?: Role) => setParams(next ? { role: next } : {}, { replace: true })}
        options={Role.options.map((option) => ({ value: option, label: t(`roles.${option}`) }))}
      />
      {users.error && <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
      <UserTable
        users={users.data ?? []}
        loading={users.isLoading}
        meId={me.id}
        busyId={update.isPending ? update.variables.id : undefined}
        actions={
          manage
            ? { onEdit: setEditing, onSetPassword: setPasswordFor, onToggleDisabled: toggleDisabled }
            : undefined
        }
      />
      {manage && (
        <>
          <UserFormModal
            key={editing?.id ?? 'new'}
            user={editing ?? undefined}
            open={editing !== undefined}
            onClose={() => setEditing(undefined)}
          />
          <PasswordModal key={passwordFor?.id} user={passwordFor} onClose={() => setPasswordFor(undefined)} />
        </>
      )}
    </Flex>
  );
}
