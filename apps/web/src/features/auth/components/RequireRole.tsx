import { lazy } from 'react';
import { Outlet } from 'react-router';
import type { Permission } from '../access';
import { useCan } from '../hooks';

// antd's Result carries large illustrations: loaded only when a page is actually refused.
const Forbidden = lazy(() => import('./Forbidden'));

/**
 * Renders the routes below only when the user's roles allow `permission`; otherwise explains why,
 * without asking the API for what it would refuse.
 */
export function RequireRole({ permission }: { permission: Permission }) {
  const allowed = useCan()(permission);
  return allowed ? <Outlet /> : <Forbidden permission={permission} />;
}
