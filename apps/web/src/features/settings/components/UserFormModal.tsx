import type { Role, User } from '@draftbench/contracts';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCreateUser, useUpdateUser } from '../hooks';
import { RoleSelect } from './RoleSelect';
import { showServerErrors } from './serverErrors';

interface UserFormValues {
  email: string;
  displayName: string;
  password: string;
  roles: Role[];
  hourlyRateUsd?: number | null;
}

const FIELDS = ['email', 'displayName', 'password', 'roles', 'hourlyRateUsd'] as const;
export const MIN_PASSWORD = 10;

/** Creates a user (`user` undefined) or edits one's name, roles and hourly rate. */
export function UserFormModal({ user, open, onClose }: { user?: User; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserFormValues>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const editing = user !== undefined;
  const mutation = editing ? update : create;
  const roles = Form.useWatch('roles', form) ?? [];
  // Editors' minutes are costed (PGC and AI-assisted drafts); the other roles need no rate.
  const needsRate = roles.includes('editor');

  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };

  const submit = (values: UserFormValues) => {
    const rate = needsRate ? (values.hourlyRateUsd ?? undefined) : undefined;
    const onError = (error: Error) => void showServerErrors(form, error, FIELDS);
    if (editing) {
      update.mutate(
        {
          id: user.id,
          input: {
            displayName: values.displayName.trim(),
            roles: values.roles,
            // Cleared on purpose: no rate; no editor role: leave whatever was there.
            ...(needsRate ? { hourlyRateUsd: rate ?? null } : {}),
          },
        },
        {
          onSuccess: () => {
            void message.success(t('settings.users.saved'));
            close();
          },
          onError,
        },
      );
    } else {
      create.mutate(
        {
          email: values.email.trim(),
          displayName: values.displayName.trim(),
          password: values.password,
          roles: values.roles,
          hourlyRateUsd: rate,
        },
        {
          onSuccess: (created) => {
            void message.success(t('settings.users.created', { name: created.displayName }));
            close();
          },
          onError,
        },
      );
    }
  };

  return (
    <Modal
      open={open}
      title={
        editing ? t('settings.users.editTitle', { name: user.displayName }) : t('settings.users.createTitle')
      }
      okText={editing ? t('common.save') : t('settings.users.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={mutation.isPending}
      okButtonProps={{ type: 'primary', ...{ 'data-testid': 'user-form-submit' } }}
      destroyOnHidden
      modalRender={(node) => (
        <Form<UserFormValues>
          form={form}
          layout="vertical"
          clearOnDestroy
          initialValues={
            user
              ? { displayName: user.displayName, roles: user.roles, hourlyRateUsd: user.hourlyRateUsd }
              : { roles: [] }
          }
          onFinish={submit}
          data-testid="user-form"
        >
          {node}
        </Form>
      )}
    >
      <Form.Item
        name="displayName"
        label={t('settings.users.fields.displayName')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          { max: 80, message: t('validation.tooLong', { maximum: 80 }) },
        ]}
      >
        <Input data-testid="user-display-name" autoComplete="off" />
      </Form.Item>
      {!editing && (
        <>
          <Form.Item
            name="email"
            label={t('settings.users.fields.email')}
            rules={[
              { required: true, message: t('validation.required') },
              { type: 'email', message: t('validation.email') },
            ]}
          >
            <Input data-testid="user-email" autoComplete="off" inputMode="email" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('settings.users.fields.password')}
            extra={t('settings.users.passwordHint', { minimum: MIN_PASSWORD })}
            rules={[
              { required: true, message: t('validation.required') },
              { min: MIN_PASSWORD, message: t('validation.tooShort', { minimum: MIN_PASSWORD }) },
              { max: 200, message: t('validation.tooLong', { maximum: 200 }) },
            ]}
          >
            <Input.Password data-testid="user-password" autoComplete="new-password" />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="roles"
        label={t('settings.users.fields.roles')}
        rules={[{ required: true, type: 'array', min: 1, message: t('settings.users.rolesRequired') }]}
      >
        <RoleSelect data-testid="user-roles" placeholder={t('settings.users.rolesPlaceholder')} />
      </Form.Item>
      {needsRate && (
        <Form.Item
          name="hourlyRateUsd"
          label={t('settings.users.fields.hourlyRate')}
          extra={t('settings.users.hourlyRateHint')}
        >
          <InputNumber<number>
            data-testid="user-hourly-rate"
            min={0}
            max={10_000}
            step={1}
            prefix="$"
            suffix={t('settings.users.perHour')}
            style={{ width: 200 }}
          />
        </Form.Item>
      )}
      {mutation.error && <ErrorAlert error={mutation.error} />}
    </Modal>
  );
}
