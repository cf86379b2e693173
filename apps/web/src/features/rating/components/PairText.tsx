import type { RatingTask } from '@draftbench/contracts';
import { FactFlagList, FlaggedBody } from '../../briefs/components/FlaggedBody';
import { SceneTable } from '../../briefs/components/SceneTable';

/** One text of the pair: a video script as its scene table, anything else as written; claims to check marked. */
export function PairText({ draft }: { draft: RatingTask['left'] }) {
  if (draft.scenes && draft.scenes.length > 0)
    return (
      <>
        <SceneTable scenes={draft.scenes} />
        <FactFlagList flags={draft.factFlags} />
      </>
    );
  return <FlaggedBody body={draft.body} flags={draft.factFlags} testId="pair-body" />;
}
