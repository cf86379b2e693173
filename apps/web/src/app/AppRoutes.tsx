import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './AppLayout';

// Each page is its own chunk, so the first screen only loads the shell and the page it shows.
const BriefListPage = lazy(() => import('../features/briefs/pages/BriefListPage'));
const BriefCreatePage = lazy(() => import('../features/briefs/pages/BriefCreatePage'));
const BriefDetailPage = lazy(() => import('../features/briefs/pages/BriefDetailPage'));
const JobListPage = lazy(() => import('../features/jobs/pages/JobListPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/briefs" replace />} />
        <Route path="briefs" element={<BriefListPage />} />
        <Route path="briefs/new" element={<BriefCreatePage />} />
        <Route path="briefs/:id" element={<BriefDetailPage />} />
        <Route path="jobs" element={<JobListPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
