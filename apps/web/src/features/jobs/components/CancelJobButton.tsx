import { StopOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCancelJob } from '../hooks';

export function CancelJobButton({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cancel = useCancelJob();
  return (
    <Button
      danger
      size="small"
      icon={<StopOutlined />}
      loading={cancel.isPending}
      data-testid="job-cancel"
      // A 409 means the job finished meanwhile; the stream will show its final state, the detail says why.
      onClick={() => cancel.mutate(jobId, { onError: (error) => void message.error(error.message) })}
    >
      {t('jobs.live.cancel')}
    </Button>
  );
}
