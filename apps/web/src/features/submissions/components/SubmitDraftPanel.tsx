import { Button, Card, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSubmitDraft } from '../hooks';
import { SubmissionResult } from './SubmissionResult';

interface Values {
  body?: string;
  minutesSpent?: number | null;
}

/** Contributor, on an open brief: submits a UGC draft and sees whether it was published or held. */
export function SubmitDraftPanel({ briefId }: { briefId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const submit = useSubmitDraft(briefId);
  const onFinish = ({ body, minutesSpent }: Values) => {
    if (!body?.trim()) return;
    submit.mutate(
      { body: body.trim(), minutesSpent: minutesSpent ?? undefined },
      { onSuccess: () => form.resetFields() },
    );
  };
  return (
    <Card title={t('workflows.submit.title')} data-testid="submit-draft-panel">
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="body"
          label={t('workflows.submit.body')}
          rules={[{ required: true, whitespace: true, message: t('workflows.submit.bodyRequired') }]}
        >
          <Input.TextArea
            data-testid="submit-body"
            autoSize={{ minRows: 6, maxRows: 20 }}
            maxLength={100_000}
          />
        </Form.Item>
        <Form.Item name="minutesSpent" label={t('workflows.submit.minutes')}>
          <InputNumber data-testid="submit-minutes" min={0} max={24 * 60} style={{ width: 160 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.isPending} data-testid="submit-draft">
          {t('workflows.submit.submit')}
        </Button>
      </Form>
      {submit.error && <ErrorAlert error={submit.error} />}
      {submit.data && <SubmissionResult draft={submit.data} />}
    </Card>
  );
}
