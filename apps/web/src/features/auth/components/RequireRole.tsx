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
  const roleNames = (roles: readonly string[]) =>
    roles.map((role) => t(`roles.${role as keyof typeof ROLE_KEYS}`)).join(t('auth.forbidden.or'));
  return (
    <Result
      status="403"
      data-testid="forbidden"
      title={t('auth.forbidden.title')}
      subTitle={t('auth.forbidden.needs', {
        needed: roleNames(rolesFor(permission)),
        have: user.roles.map((role) => t(`roles.${role}`)).join(', '),
      })}
    />
  );
}

const ROLE_KEYS = { admin: 0, lead: 0, editor: 0, contributor: 0, rater: 0 };
