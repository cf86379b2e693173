import { isTerminal } from '@draftbench/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { client } from '../../api/client';
import { briefKeys } from '../briefs/hooks';
import { jobKeys } from './hooks';
import { applyJobEvent, EMPTY_LIVE_JOB, type LiveJob } from './liveJob';

export interface JobStream extends LiveJob {
  /** Set when the connection failed or closed before the job finished. */
  lost: boolean;
  reconnect: () => void;
}

/** Follows a job's SSE stream and refreshes the brief's drafts and the job lists as results land. */
export function useJobStream(jobId: string, briefId: string): JobStream {
  const queryClient = useQueryClient();
  const [live, setLive] = useState<LiveJob>(EMPTY_LIVE_JOB);
  const [lost, setLost] = useState(false);
  const [connection, setConnection] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLost(false);
    void (async () => {
      let current = EMPTY_LIVE_JOB;
      try {
        for await (const event of client.jobs.stream(jobId, { signal: controller.signal })) {
          current = applyJobEvent(current, event);
          setLive(current);
          if (event.type === 'draft' || event.type === 'result') {
            void queryClient.invalidateQueries({ queryKey: briefKeys.drafts(briefId) });
          }
          if (event.type === 'state' || event.type === 'result') {
            void queryClient.invalidateQueries({ queryKey: jobKeys.lists });
          }
        }
        if (!current.job || !isTerminal(current.job.state)) setLost(true);
      } catch {
        // Unmounting or switching jobs aborts on purpose; anything else is a lost connection.
        if (!controller.signal.aborted) setLost(true);
      }
    })();
    return () => controller.abort();
  }, [jobId, briefId, connection, queryClient]);

  return { ...live, lost, reconnect: () => setConnection((n) => n + 1) };
}
