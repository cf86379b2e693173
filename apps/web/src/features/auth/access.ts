import type { Role } from '@draftbench/contracts';

/**
 * What each role may do, mirroring the API's access policy (apps/api/src/auth/access-policy.ts), so
 * the app hides what the server would refuse. The server stays the authority: a 403 still shows.
 * Admins may do everything.
 */
export const ACCESS = {
  createBrief: ['lead'],
  generate: ['lead'],
  cancelJob: ['lead'],
  viewDrafts: ['lead', 'editor'],
  viewJobs: ['lead', 'editor'],
  listUsers: ['admin', 'lead'],
  manageUsers: ['admin'],
  // Workflows: PGC (leads assign and review, editors draft), UGC (contributors submit, leads
  // moderate), AI-assisted edits (leads and editors).
  assignBrief: ['lead'],
  draftAssignments: ['editor'],
  reviewAssignments: ['lead'],
  moderate: ['lead'],
  submitUgc: ['contributor'],
  // Blind rating: raters only see the brief and two texts until their vote is saved.
  rate: ['rater'],
  assistedEdit: ['lead', 'editor'],
  viewTemplates: ['lead', 'editor'],
  manageTemplates: ['lead'],
  manageBatches: ['lead'],
  // The leaderboard shows origins, so only people who may already see them.
  viewLeaderboard: ['lead', 'editor'],
  // The AI judge spends model tokens: leads start its runs; its results read like the leaderboard.
  runJudge: ['lead'],
  // The rating audit names raters and how often they agree, so only leads.
  viewRatingIntegrity: ['lead'],
  // Keys let other services call the job API as this user.
  manageApiKeys: ['lead', 'editor'],
  // Webhooks tell other services when the jobs they (or you) created end: whoever creates jobs.
  manageWebhooks: ['lead'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof ACCESS;

export const can = (roles: readonly Role[], permission: Permission): boolean =>
  roles.includes('admin') || ACCESS[permission].some((role) => roles.includes(role));

/** The roles that grant a permission, as the API names them in its 403 detail. */
export const rolesFor = (permission: Permission): readonly Role[] => ACCESS[permission];
