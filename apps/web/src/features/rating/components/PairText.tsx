import type { RatingTask } from '@draftbench/contracts';
import { Typography } from 'antd';
import { SceneTable } from '../../briefs/components/SceneTable';

/** One text of the pair: a video script as its scene table, anything else as written. */
export function PairText({ draft }: { draft: RatingTask['left'] }) {
  if (draft.scenes && draft.scenes.length > 0) return <SceneTable scenes={draft.scenes} />;
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="pair-body">
      {draft.body}
    </Typography.Paragraph>
  );
}
