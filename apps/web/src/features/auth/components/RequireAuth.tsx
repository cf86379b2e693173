import { useQueryClient } from '@tanstack/react-query';
import { Flex, Spin } from 'antd';
import { lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { CurrentUserContext, useSessionQuery } from '../hooks';
import { loginPath, signedOutKey } from '../session';

// Shown only when the session cannot be asked for: antd's Alert and Button stay out of the entry chunk.
const ErrorAlert = lazy(() =>
  import('../../../components/ErrorAlert').then((module) => ({ default: module.ErrorAlert })),
);

/**
 * Renders the routes below only for a signed-in user; anyone else goes to /login and comes back.
 * `preload` starts fetching the code of what it guards while the session is being asked for.
 */
export function RequireAuth({ preload }: { preload?: () => Promise<unknown> }) {
  const { t } = useTranslation();
  useEffect(() => {
    void preload?.();
  }, [preload]);
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
