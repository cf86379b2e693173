import { useQueryClient } from '@tanstack/react-query';
import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CurrentUserContext, useSessionQuery } from '../hooks';
import { loginPath, signedOutKey } from '../session';

/** Renders the routes below only for a signed-in user; anyone else goes to /login and comes back. */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const queryClient = useQueryClient();
  const session = useSessionQuery();

  if (session.data === null) {
    const deliberate = queryClient.getQueryData<boolean>(signedOutKey) === true;
    return <Navigate to={deliberate ? '/login' : loginPath(location.pathname + location.search)} replace />;
  }
  if (session.data)
    return (
      <CurrentUserContext value={session.data.user}>
        <Outlet />
      </CurrentUserContext>
    );
  if (session.error)
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      </Flex>
    );
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin description={t('common.loading')} />
    </Flex>
  );
}
