import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

const SECTIONS = ['briefs', 'jobs'] as const;

export function TopNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = SECTIONS.find((section) => pathname.startsWith(`/${section}`));
  return (
    <nav aria-label={t('nav.label')} style={{ flex: 1, minWidth: 0 }}>
      <Menu
        theme="dark"
        mode="horizontal"
        selectedKeys={current ? [current] : []}
        items={SECTIONS.map((section) => ({
          key: section,
          label: (
            <Link to={`/${section}`} data-testid={`nav-${section}`}>
              {t(`nav.${section}`)}
            </Link>
          ),
        }))}
      />
    </nav>
  );
}
