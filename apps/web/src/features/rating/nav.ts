import { useTranslation } from 'react-i18next';
import type { Permission } from '../auth/access';
import { useCurrentUser } from '../auth/hooks';

/**
 * The Rate entry of the top navigation, for raters. Admins may open /rate too, but their votes are not
 * blind (they can see origins elsewhere), so the entry is not offered to them.
 */
export function useRatingNavItems(): { key: string; path: string; label: string; permission?: Permission }[] {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return user.roles.includes('rater') ? [{ key: 'rate', path: '/rate', label: t('rating.nav') }] : [];
}
