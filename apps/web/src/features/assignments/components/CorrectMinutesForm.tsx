import { Button, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCorrectMinutes } from '../hooks';

interface Values {
  minutes?: number | null;
  reason?: string;
}

/** Lead: replaces the tracked minutes (and so the cost) with a corrected figure, saying why. */
export function CorrectMinutesForm({ assignmentId, minutes }: { assignmentId: string; minutes: number }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const correct = useCorrectMinutes(assignmentId);
  const onFinish = ({ minutes: value, reason }: Values) => {
    if (value === undefined || value === null || !reason) return;
    correct.mutate(
      { minutes: value, reason: reason.trim() },
      { onSuccess: () => form.resetFields(['reason']) },
    );
  };
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={onFinish}
      initialValues={{ minutes: Math.round(minutes * 10) / 10 }}
      data-testid="correct-minutes-form"
      style={{ rowGap: 8 }}
    >
      <Form.Item
        name="minutes"
        label={t('workflows.review.minutes')}
        rules={[{ required: true, message: t('workflows.review.minutesRequired') }]}
      >
        <InputNumber data-testid="correct-minutes" min={0} max={24 * 60 * 7} step={1} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('workflows.review.reason')}
        rules={[{ required: true, whitespace: true, message: t('workflows.review.reasonRequired') }]}
      >
        <Input data-testid="correct-reason" maxLength={500} style={{ minWidth: 260 }} />
      </Form.Item>
      <Form.Item>
        <Button htmlType="submit" loading={correct.isPending} data-testid="correct-submit">
          {t('workflows.review.correct')}
        </Button>
      </Form.Item>
      {correct.error && <ErrorAlert error={correct.error} />}
    </Form>
  );
}
