import { createDraftbenchClient } from '@draftbench/client';

/** The one client of the app: the API serves this app, so it lives on the same origin. */
export const client = createDraftbenchClient({ baseUrl: window.location.origin });
