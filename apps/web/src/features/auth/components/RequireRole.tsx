import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { rolesFor, type Permission } from '../access';
import { useCan, useCurrentUser } from '../hooks';

/**
 * Renders the routes below only when the user's roles allow `permission`; otherwise explains why,
 * without asking the API for what it would refuse.
 */
export function RequireRole({ permission }: { permission: Permission }) {
  const allowed = useCan()(permission);
  return allowed ? <Outlet /> : <Forbidden permission={permission} />;
}

export function Forbidden({ permission }: { permission: Permission }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Result
      status="403"
      data-testid="forbidden"
      title={t('auth.forbidden.title')}
      subTitle={t('auth.forbidden.needs', {
        needed: rolesFor(permission)
          .map((role) => t(`roles.${role}`))
          .join(t('auth.forbidden.or')),
        have: user.roles.map((role) => t(`roles.${role}`)).join(t('common.listSeparator')),
      })}
    />
  );
}
