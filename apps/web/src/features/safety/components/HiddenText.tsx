import { Button, Flex, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Text the gate holds stays behind a warning until the reader asks to see it. */
export function HiddenText({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <Flex vertical gap={8} align="start" data-testid="hidden-text" data-shown={String(shown)}>
      {shown ? children : <Typography.Text type="secondary">{t('safety.hidden')}</Typography.Text>}
      <Button size="small" data-testid="hidden-text-toggle" onClick={() => setShown((s) => !s)}>
        {t(shown ? 'safety.hide' : 'safety.show')}
      </Button>
    </Flex>
  );
}
