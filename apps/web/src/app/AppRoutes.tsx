import { Flex, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { RequireRole } from '../features/auth/components/RequireRole';

// The signed-in shell (menu, user menu, language switch) is a chunk too: the sign-in page does without it.
// The sign-in guard starts loading it with the session, so it does not wait for the session's answer.
const loadAppLayout = () => import('./AppLayout');
const AppLayout = lazy(loadAppLayout);

// Each page is its own chunk, so the first screen only loads the shell and the page it shows.
const LoginPage = lazy(() => import('../features/auth/pages/LoginPage'));
const BriefListPage = lazy(() => import('../features/briefs/pages/BriefListPage'));
const BriefCreatePage = lazy(() => import('../features/briefs/pages/BriefCreatePage'));
const BriefDetailPage = lazy(() => import('../features/briefs/pages/BriefDetailPage'));
const JobListPage = lazy(() => import('../features/jobs/pages/JobListPage'));
const UsersPage = lazy(() => import('../features/settings/pages/UsersPage'));
const MyAssignmentsPage = lazy(() => import('../features/assignments/pages/MyAssignmentsPage'));
const AssignmentEditorPage = lazy(() => import('../features/assignments/pages/AssignmentEditorPage'));
const ReviewListPage = lazy(() => import('../features/assignments/pages/ReviewListPage'));
const ReviewDetailPage = lazy(() => import('../features/assignments/pages/ReviewDetailPage'));
const ModerationPage = lazy(() => import('../features/submissions/pages/ModerationPage'));
const MySubmissionsPage = lazy(() => import('../features/submissions/pages/MySubmissionsPage'));
const AssistedEditPage = lazy(() => import('../features/assisted/pages/AssistedEditPage'));
const TemplatesPage = lazy(() => import('../features/templates/pages/TemplatesPage'));
const ApiKeysPage = lazy(() => import('../features/api-keys/pages/ApiKeysPage'));
const WebhooksPage = lazy(() => import('../features/webhooks/pages/WebhooksPage'));
const BatchesPage = lazy(() => import('../features/batches/pages/BatchesPage'));
const BatchPage = lazy(() => import('../features/batches/pages/BatchPage'));
const LeaderboardPage = lazy(() => import('../features/leaderboard/pages/LeaderboardPage'));
const RatePage = lazy(() => import('../features/rating/pages/RatePage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

export function AppRoutes() {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin description={t('common.loading')} />
        </Flex>
      }
    >
      <Routes>
        <Route path="login" element={<LoginPage />} />
        {/* Everything else needs a session; each area also checks the roles it needs. */}
        <Route element={<RequireAuth preload={loadAppLayout} />}>
          <Route element={<AppLayout />}>
            <Route index element={<Navigate to="/briefs" replace />} />
            <Route path="briefs" element={<BriefListPage />} />
            <Route element={<RequireRole permission="createBrief" />}>
              <Route path="briefs/new" element={<BriefCreatePage />} />
            </Route>
            <Route path="briefs/:id" element={<BriefDetailPage />} />
            <Route element={<RequireRole permission="viewJobs" />}>
              <Route path="jobs" element={<JobListPage />} />
            </Route>
            <Route path="settings" element={<Navigate to="/settings/users" replace />} />
            <Route element={<RequireRole permission="listUsers" />}>
              <Route path="settings/users" element={<UsersPage />} />
            </Route>
            <Route element={<RequireRole permission="viewTemplates" />}>
              <Route path="settings/templates" element={<TemplatesPage />} />
            </Route>
            <Route element={<RequireRole permission="manageApiKeys" />}>
              <Route path="settings/api-keys" element={<ApiKeysPage />} />
            </Route>
            <Route element={<RequireRole permission="manageWebhooks" />}>
              <Route path="settings/webhooks" element={<WebhooksPage />} />
            </Route>
            <Route element={<RequireRole permission="manageBatches" />}>
              <Route path="batches" element={<BatchesPage />} />
              <Route path="batches/:id" element={<BatchPage />} />
            </Route>
            <Route element={<RequireRole permission="viewLeaderboard" />}>
              <Route path="leaderboard" element={<LeaderboardPage />} />
            </Route>
            {/* Workflows: PGC assignments and review, UGC submissions and moderation, AI-assisted edits. */}
            <Route element={<RequireRole permission="draftAssignments" />}>
              <Route path="assignments" element={<MyAssignmentsPage />} />
              <Route path="assignments/:id" element={<AssignmentEditorPage />} />
            </Route>
            <Route element={<RequireRole permission="reviewAssignments" />}>
              <Route path="review" element={<ReviewListPage />} />
              <Route path="review/:id" element={<ReviewDetailPage />} />
            </Route>
            <Route element={<RequireRole permission="moderate" />}>
              <Route path="moderation" element={<ModerationPage />} />
            </Route>
            <Route element={<RequireRole permission="submitUgc" />}>
              <Route path="submissions" element={<MySubmissionsPage />} />
            </Route>
            <Route element={<RequireRole permission="rate" />}>
              <Route path="rate" element={<RatePage />} />
            </Route>
            <Route element={<RequireRole permission="assistedEdit" />}>
              <Route path="drafts/:id/assisted" element={<AssistedEditPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
