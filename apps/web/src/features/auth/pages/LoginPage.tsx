import { DraftbenchApiError } from '@draftbench/client';
import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Card, Flex, Form, Input, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../../app/LanguageSwitch';
import { useLogin, useSessionQuery } from '../hooks';
import { safeReturnPath } from '../session';

interface LoginValues {
  email: string;
  password: string;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get('from'));
  const session = useSessionQuery();
  const login = useLogin();

  // Signed in just now, or already (a bookmarked /login, the back button): back to where the user was.
  if (session.data) return <Navigate to={returnTo} replace />;

  const submit = (values: LoginValues) =>
    login.mutate({ email: values.email.trim(), password: values.password });

  const problem =
    login.error instanceof DraftbenchApiError ? login.error.message : login.error && t('common.unknownError');

  return (
    <AntApp>
      <Layout style={{ minHeight: '100vh' }}>
        <Flex justify="end" style={{ padding: 16 }}>
          <LanguageSwitch />
        </Flex>
        <Flex justify="center" align="start" style={{ padding: '48px 16px' }}>
          <Card style={{ width: '100%', maxWidth: 400 }}>
            <Typography.Title level={2} style={{ marginTop: 0 }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('auth.login.intro')}</Typography.Paragraph>
            <Form<LoginValues>
              layout="vertical"
              onFinish={submit}
              requiredMark={false}
              disabled={login.isPending}
              data-testid="login-form"
            >
              <Form.Item
                name="email"
                label={t('auth.login.email')}
                rules={[
                  { required: true, message: t('validation.required') },
                  { type: 'email', message: t('validation.email') },
                ]}
              >
                <Input
                  prefix={<MailOutlined />}
                  autoComplete="username"
                  autoFocus
                  inputMode="email"
                  data-testid="login-email"
                />
              </Form.Item>
              <Form.Item
                name="password"
                label={t('auth.login.password')}
                rules={[{ required: true, message: t('validation.required') }]}
              >
                <Input.Password
                  prefix={<LockOutlined />}
                  autoComplete="current-password"
                  data-testid="login-password"
                />
              </Form.Item>
              {problem && (
                <Alert
                  type="error"
                  showIcon
                  data-testid="login-error"
                  title={t('auth.login.failed')}
                  description={problem}
                  style={{ marginBottom: 16 }}
                />
              )}
              <Button
                type="primary"
                htmlType="submit"
                block
                loading={login.isPending}
                data-testid="login-submit"
              >
                {t('auth.login.submit')}
              </Button>
            </Form>
          </Card>
        </Flex>
      </Layout>
    </AntApp>
  );
}
