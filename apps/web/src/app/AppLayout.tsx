import { App as AntApp, Flex, Layout, Spin, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { UserMenu } from '../features/auth/components/UserMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { TopNav } from './TopNav';

export default function AppLayout() {
  const { t } = useTranslation();
  return (
    <AntApp>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
          <Link to="/briefs" data-testid="brand">
            <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
              {t('app.name')}
            </Typography.Text>
          </Link>
          <TopNav />
          <LanguageSwitch />
          <UserMenu />
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Suspense
            fallback={
              <Flex justify="center" style={{ padding: 48 }}>
                <Spin description={t('common.loading')} />
              </Flex>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </AntApp>
  );
}
