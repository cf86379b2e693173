import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useReviewAssignment } from '../hooks';

/** Lead: approve the submitted draft, or return it with comments (required to return). */
export function ReviewActions({ assignmentId }: { assignmentId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ comments?: string }>();
  const review = useReviewAssignment(assignmentId);

  const onReturn = async () => {
    const { comments } = await form.validateFields();
    review.mutate(
      { decision: 'return', comments: comments?.trim() },
      { onSuccess: () => form.resetFields() },
    );
  };

  return (
    <Form form={form} layout="vertical" data-testid="review-form">
      <Form.Item
        name="comments"
        label={t('workflows.review.comments')}
        rules={[{ required: true, whitespace: true, message: t('workflows.review.commentsRequired') }]}
      >
        <Input.TextArea
          data-testid="review-comments"
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={5000}
        />
      </Form.Item>
      <Flex gap={8} wrap>
        <Button
          type="primary"
          data-testid="review-approve"
          loading={review.isPending && review.variables.decision === 'approve'}
          onClick={() => review.mutate({ decision: 'approve' })}
        >
          {t('workflows.review.approve')}
        </Button>
        <Button
          danger
          data-testid="review-return"
          loading={review.isPending && review.variables.decision === 'return'}
          onClick={() => void onReturn().catch(() => undefined)}
        >
          {t('workflows.review.return')}
        </Button>
      </Flex>
      {review.error && <ErrorAlert error={review.error} />}
    </Form>
  );
}
