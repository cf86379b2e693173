import { Typography } from 'antd';
import { Link } from 'react-router';
import { shortId } from '../../../components/format';
import { useBrief } from '../hooks';

/** A brief's title linking to it, for lists that only know its id (cached per brief). */
export function BriefTitleLink({ briefId }: { briefId: string }) {
  const brief = useBrief(briefId);
  return (
    <Link to={`/briefs/${briefId}`} data-testid="brief-title-link">
      {brief.data?.title ?? <Typography.Text type="secondary">{shortId(briefId)}</Typography.Text>}
    </Link>
  );
}
