import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { antdLocale, uiLanguage } from '../i18n';

/** antd's own texts (pagination, empty states, pickers) follow the language of the i18n resources. */
export function LocalizedConfig({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <ConfigProvider locale={antdLocale(uiLanguage(i18n.resolvedLanguage))}>{children}</ConfigProvider>;
}
