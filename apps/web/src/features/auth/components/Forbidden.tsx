import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { rolesFor, type Permission } from '../access';
import { useCurrentUser } from '../hooks';

/** Why a page is refused: the roles it needs and the ones the user has. */
export default function Forbidden({ permission }: { permission: Permission }) {
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
