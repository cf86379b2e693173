import type { User } from '@draftbench/contracts';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCurrentUser } from '../../auth/hooks';
import { useUpdateUser } from '../hooks';
import { MIN_PASSWORD } from './UserFormModal';
import { showServerErrors } from './serverErrors';

interface PasswordValues {
  password: string;
  confirm: string;
}

/** Sets a new password; the API then ends every open session of that user. */
export function PasswordModal({ user, onClose }: { user: User | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<PasswordValues>();
  const update = useUpdateUser();

  const close = () => {
    update.reset();
    onClose();
  };

  const submit = ({ password }: PasswordValues) => {
    if (!user) return;
    update.mutate(
      { id: user.id, input: { password } },
      {
        onSuccess: () => {
          void message.success(t('settings.users.passwordSet', { name: user.displayName }));
          close();
        },
        onError: (error) => void showServerErrors(form, error, ['password']),
      },
    );
  };

  return (
    <Modal
      open={user !== undefined}
      title={user && t('settings.users.passwordTitle', { name: user.displayName })}
      okText={t('settings.users.setPassword')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={update.isPending}
      okButtonProps={{ type: 'primary', ...{ 'data-testid': 'password-submit' } }}
      destroyOnHidden
      modalRender={(node) => (
        <Form<PasswordValues> form={form} layout="vertical" clearOnDestroy onFinish={submit}>
          {node}
        </Form>
      )}
    >
      <Typography.Paragraph type="secondary">
        {user?.id === me.id ? t('settings.users.passwordSelfHint') : t('settings.users.passwordOthersHint')}
      </Typography.Paragraph>
      <Form.Item
        name="password"
        label={t('settings.users.fields.newPassword')}
        rules={[
          { required: true, message: t('validation.required') },
          { min: MIN_PASSWORD, message: t('validation.tooShort', { minimum: MIN_PASSWORD }) },
          { max: 200, message: t('validation.tooLong', { maximum: 200 }) },
        ]}
      >
        <Input.Password data-testid="password-new" autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('settings.users.fields.confirmPassword')}
        dependencies={['password']}
        rules={[
          { required: true, message: t('validation.required') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('password')
                ? Promise.resolve()
                : Promise.reject(new Error(t('settings.users.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password data-testid="password-confirm" autoComplete="new-password" />
      </Form.Item>
      {update.error && <ErrorAlert error={update.error} />}
    </Modal>
  );
}
