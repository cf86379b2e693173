import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'error';

export interface Autosave {
  state: SaveState;
  /** Records a change; it is saved `delayMs` after the typing stops. */
  change: (text: string) => void;
  /** Saves any unsaved change now (on blur, before submitting); resolves once it is stored. */
  flush: () => Promise<void>;
}

/**
 * Debounced saving of one text: one save at a time, the latest text wins, and an unsaved change is
 * flushed when the editor unmounts. `save` rejects to keep the text unsaved (state `error`).
 */
export function useAutosave(save: (text: string) => Promise<unknown>, delayMs = 2000): Autosave {
  const [state, setState] = useState<SaveState>('idle');
  const unsaved = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    while (running.current) await running.current;
    const text = unsaved.current;
    if (text === null) return;
    unsaved.current = null;
    setState('saving');
    const attempt = (async () => {
      try {
        await saveRef.current(text);
        setState(unsaved.current === null ? 'saved' : 'dirty');
      } catch (error) {
        unsaved.current ??= text;
        setState('error');
        throw error;
      } finally {
        running.current = null;
      }
    })();
    running.current = attempt.catch(() => undefined);
    return attempt;
  }, []);

  const change = useCallback(
    (text: string) => {
      unsaved.current = text;
      setState('dirty');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush().catch(() => undefined), delayMs);
    },
    [delayMs, flush],
  );

  // Leaving the page with unsaved text still saves it.
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      if (unsaved.current !== null) void saveRef.current(unsaved.current).catch(() => undefined);
    },
    [],
  );

  return { state, change, flush };
}
