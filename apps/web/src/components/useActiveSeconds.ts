import { useCallback, useEffect, useRef } from 'react';

/** A second counts as active when the editor saw input (keys, mouse, typing) within this window. */
const ACTIVE_WINDOW_MS = 30_000;
/** The API accepts at most an hour of activity per save. */
const MAX_SECONDS_PER_SAVE = 3600;

export interface ActiveSeconds {
  /** Call from the editor's keyboard, mouse and input handlers. */
  markActive: () => void;
  /** The active seconds since the last take, resetting the count. */
  take: () => number;
  /** Gives back seconds a failed save did not record, so the next save sends them. */
  giveBack: (seconds: number) => void;
}

/**
 * Measures active editing time. Rule: once a second, that second counts as active if the editor
 * had keyboard or mouse input within the last 30 seconds; seconds with no input in the last 30 s
 * (reading elsewhere, away from the desk) do not count. Each save sends what accumulated since the
 * previous save as `activeSeconds`.
 */
export function useActiveSeconds(enabled: boolean): ActiveSeconds {
  const lastInput = useRef(Number.NEGATIVE_INFINITY);
  const pending = useRef(0);

  useEffect(() => {
    if (!enabled) return;
    const tick = window.setInterval(() => {
      if (Date.now() - lastInput.current <= ACTIVE_WINDOW_MS) pending.current += 1;
    }, 1000);
    return () => window.clearInterval(tick);
  }, [enabled]);

  const markActive = useCallback(() => {
    lastInput.current = Date.now();
  }, []);
  const take = useCallback(() => {
    const seconds = Math.min(pending.current, MAX_SECONDS_PER_SAVE);
    pending.current -= seconds;
    return seconds;
  }, []);
  const giveBack = useCallback((seconds: number) => {
    pending.current += seconds;
  }, []);
  return { markActive, take, giveBack };
}
