import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Permission } from '../features/auth/access';
import { useCan } from '../features/auth/hooks';

/** The areas of the app, each shown only to the roles that can use it. */
const SECTIONS: { key: 'briefs' | 'jobs' | 'settings'; path: string; permission?: Permission }[] = [
  { key: 'briefs', path: '/briefs' },
  { key: 'jobs', path: '/jobs', permission: 'viewJobs' },
  { key: 'settings', path: '/settings/users', permission: 'listUsers' },
];

export function TopNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const can = useCan();
  const sections = SECTIONS.filter((section) => !section.permission || can(section.permission));
  const current = sections.find((section) => pathname.startsWith(`/${section.key}`));
  return (
    <nav aria-label={t('nav.label')} style={{ flex: 1, minWidth: 0 }}>
      <Menu
        theme="dark"
        mode="horizontal"
        selectedKeys={current ? [current.key] : []}
        items={sections.map((section) => ({
          key: section.key,
          label: (
            <Link to={section.path} data-testid={`nav-${section.key}`}>
              {t(`nav.${section.key}`)}
            </Link>
          ),
        }))}
      />
    </nav>
  );
}
