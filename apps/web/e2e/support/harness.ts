import { createDraftbenchClient, type DraftbenchClient } from '@draftbench/client';
import type { Browser, Page } from 'playwright-core';
import { startApi, type RunningApi } from './api';
import { launchBrowser } from './browser';
import { createDatabase } from './database';
import { ADMIN, adminEnv } from './session';

/** What every e2e file runs against: its own database, API process and browser. */
export interface E2E {
  api: RunningApi;
  /** An API client signed in as ADMIN, for seeding. */
  admin: DraftbenchClient;
  browser: Browser;
  /** A signed-out page in an en-US, 1440×900 context that asks for reduced motion. */
  page: Page;
  /** Closes the browser, stops the API and drops the database. */
  close(): Promise<void>;
}

/**
 * Starts everything an e2e file needs; if a step fails, what was already started is undone. `env` adds
 * to the API's environment (a chat provider, for instance).
 */
export async function startE2E(env: Record<string, string> = {}): Promise<E2E> {
  // Undo steps, run newest first; every one runs even if an earlier one fails.
  const cleanups: (() => Promise<void>)[] = [];
  const close = async () => {
    const failures: unknown[] = [];
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        await cleanup();
      } catch (failure) {
        failures.push(failure);
      }
    }
    if (failures.length) throw new AggregateError(failures, 'Closing the e2e harness failed');
  };
  try {
    const database = await createDatabase();
    cleanups.push(() => database.drop());
    const api = await startApi({ DATABASE_URL: database.url, ...adminEnv(), ...env });
    cleanups.push(() => api.stop());
    const admin = createDraftbenchClient({ baseUrl: api.baseUrl });
    await admin.auth.login(ADMIN);
    const browser = await launchBrowser();
    cleanups.push(() => browser.close());
    // Clipboard access lets tests read what "copy" buttons put there. Reduced motion: the app then opens
    // dialogs without their zoom, so a click never lands on one still moving (see api-keys.e2e.spec.ts).
    const context = await browser.newContext({
      reducedMotion: 'reduce',
      locale: 'en-US',
      viewport: { width: 1440, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    return { api, admin, browser, page, close };
  } catch (error) {
    // The failure to start is the one to report, not any failure to undo it.
    await close().catch(() => undefined);
    throw error;
  }
}
