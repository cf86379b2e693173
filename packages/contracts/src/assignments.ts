import { z } from 'zod';
import { Id, PageQuery, Timestamp, page, text } from './common.js';
import { Draft } from './drafts.js';

export const AssignmentState = z.enum(['assigned', 'in_progress', 'submitted', 'returned', 'approved']);
export type AssignmentState = z.infer<typeof AssignmentState>;

export const AssignmentCreate = z.object({
  briefId: Id,
  editorId: Id,
  dueAt: Timestamp.optional(),
  note: z.string().trim().max(2000).optional(),
});
export type AssignmentCreate = z.infer<typeof AssignmentCreate>;

export const Review = z.object({
  id: Id,
  reviewerId: Id,
  decision: z.enum(['approve', 'return']),
  comments: z.string().nullable(),
  createdAt: Timestamp,
});
export type Review = z.infer<typeof Review>;

export const ReviewCreate = z
  .object({ decision: z.enum(['approve', 'return']), comments: z.string().trim().max(5000).optional() })
  .refine((r) => r.decision === 'approve' || !!r.comments, {
    message: 'Say what to change when returning a draft',
    path: ['comments'],
  });
export type ReviewCreate = z.infer<typeof ReviewCreate>;

export const MinutesCorrection = z.object({
  minutes: z
    .number()
    .min(0)
    .max(24 * 60 * 7),
  reason: text(500),
});
export type MinutesCorrection = z.infer<typeof MinutesCorrection>;

export const Assignment = z.object({
  id: Id,
  briefId: Id,
  editorId: Id,
  assignedBy: Id,
  state: AssignmentState,
  note: z.string().nullable(),
  dueAt: Timestamp.nullable(),
  trackedMinutes: z.number().min(0).describe('Active editing time measured by the editor'),
  correctedMinutes: z.number().min(0).nullable(),
  minutes: z.number().min(0).describe('correctedMinutes when set, else trackedMinutes'),
  costUsd: z.number().min(0).nullable().describe('minutes × the editor hourly rate, fixed at approval'),
  turnaroundMinutes: z.number().min(0).nullable().describe('Assignment to approval'),
  draft: Draft.nullable(),
  reviews: z.array(Review),
  createdAt: Timestamp,
  submittedAt: Timestamp.nullable(),
  approvedAt: Timestamp.nullable(),
});
export type Assignment = z.infer<typeof Assignment>;

export const AssignmentPage = page(Assignment);
export const AssignmentListQuery = PageQuery.extend({
  briefId: Id.optional().describe('Only assignments of this brief'),
  state: AssignmentState.optional().describe('Only assignments in this workflow state'),
  mine: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      'Only assignments of the signed-in editor; editors who are not leads always get only their own',
    ),
});
export type AssignmentListQuery = z.infer<typeof AssignmentListQuery>;
