import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Permission } from '../features/auth/access';
import type { Role } from '@draftbench/contracts';
import { useCan, useCurrentUser } from '../features/auth/hooks';
import { useRatingNavItems } from '../features/rating/nav';

/** The areas of the app, each shown only to the roles that can use it. */
const SECTIONS: { key: 'briefs' | 'jobs' | 'settings'; path: string; permission?: Permission }[] = [
  { key: 'briefs', path: '/briefs' },
  { key: 'jobs', path: '/jobs', permission: 'viewJobs' },
];

/** The pages under Settings, labelled from the `setup` translations; Settings opens the first allowed. */
const SETTINGS_PAGES: {
  key: 'users' | 'templates' | 'apiKeys' | 'webhooks';
  path: string;
  permission: Permission;
}[] = [
  { key: 'users', path: '/settings/users', permission: 'listUsers' },
  { key: 'templates', path: '/settings/templates', permission: 'viewTemplates' },
  { key: 'apiKeys', path: '/settings/api-keys', permission: 'manageApiKeys' },
  { key: 'webhooks', path: '/settings/webhooks', permission: 'manageWebhooks' },
];

/**
 * The workflow areas, labelled from the `workflows` translations. "My assignments" and "My submissions"
 * are someone's own work: they appear for users who hold that role, not for admins passing everywhere
 * (who would also not find anything there, and whose menu would overflow).
 */
const WORKFLOW_SECTIONS: {
  key: 'assignments' | 'review' | 'moderation' | 'submissions';
  path: string;
  permission: Permission;
  ownRole?: Role;
}[] = [
  { key: 'assignments', path: '/assignments', permission: 'draftAssignments', ownRole: 'editor' },
  { key: 'review', path: '/review', permission: 'reviewAssignments' },
  { key: 'moderation', path: '/moderation', permission: 'moderate' },
  { key: 'submissions', path: '/submissions', permission: 'submitUgc', ownRole: 'contributor' },
];

export function TopNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const can = useCan();
  const ratingNavItems = useRatingNavItems();
  const { roles } = useCurrentUser();
  const settingsPages = SETTINGS_PAGES.filter((page) => can(page.permission));
  const settingsPage = settingsPages.find((page) => pathname.startsWith(page.path));
  const sections = [
    ...SECTIONS.map((section) => ({ ...section, label: t(`nav.${section.key}`) })),
    ...WORKFLOW_SECTIONS.filter((section) => !section.ownRole || roles.includes(section.ownRole)).map(
      (section) => ({ ...section, label: t(`workflows.nav.${section.key}`) }),
    ),
    ...ratingNavItems,
    {
      key: 'batches',
      path: '/batches',
      permission: 'manageBatches' as Permission,
      label: t('setup.nav.batches'),
    },
    {
      key: 'leaderboard',
      path: '/leaderboard',
      permission: 'viewLeaderboard' as Permission,
      label: t('leaderboard.nav'),
    },
    ...settingsPages.slice(0, 1).map(({ path, permission }) => ({
      key: 'settings',
      path,
      permission,
      label: t('nav.settings'),
    })),
  ].filter((section) => !section.permission || can(section.permission));
  const current = sections.find((section) => pathname.startsWith(`/${section.key}`));
  return (
    <nav aria-label={t('nav.label')} style={{ flex: 1, minWidth: 0 }}>
      <Menu
        theme="dark"
        mode="horizontal"
        selectedKeys={[
          ...(current ? [current.key] : []),
          ...(settingsPage ? [`settings/${settingsPage.key}`] : []),
        ]}
        items={sections.map((section) => ({
          key: section.key,
          label: (
            <Link to={section.path} data-testid={`nav-${section.key}`} style={{ color: 'inherit' }}>
              {section.label}
            </Link>
          ),
          // Settings opens a list of its pages when the user may see more than one.
          ...(section.key === 'settings' && settingsPages.length > 1
            ? {
                children: settingsPages.map((page) => ({
                  key: `settings/${page.key}`,
                  label: (
                    <Link to={page.path} data-testid={`nav-settings-${page.key}`}>
                      {t(`setup.nav.${page.key}`)}
                    </Link>
                  ),
                })),
              }
            : {}),
        }))}
      />
    </nav>
  );
}
