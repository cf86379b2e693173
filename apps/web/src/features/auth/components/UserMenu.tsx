import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, useLogout } from '../hooks';
import { RoleTags } from './RoleTags';

/** The signed-in user's name and roles, and the way out. */
export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  return (
    <Flex align="center" gap={8} data-testid="user-menu" style={{ minWidth: 0 }}>
      <UserOutlined style={{ color: '#fff' }} />
      <Typography.Text
        data-testid="current-user-name"
        title={user.email}
        ellipsis
        style={{ color: '#fff', maxWidth: 200 }}
      >
        {user.displayName}
      </Typography.Text>
      <RoleTags roles={user.roles} testId="current-user-roles" />
      <Button
        size="small"
        icon={<LogoutOutlined />}
        loading={logout.isPending}
        onClick={() => logout.mutate()}
        data-testid="sign-out"
      >
        {t('auth.signOut')}
      </Button>
    </Flex>
  );
}
