import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLanguage } from '../i18n';

/** antd's own texts (pagination, empty states, pickers) follow the language of the i18n resources. */
export function LocalizedConfig({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = uiLanguage(i18n.resolvedLanguage) === 'zh-CN' ? zhCN : enUS;
  return <ConfigProvider locale={locale}>{children}</ConfigProvider>;
}
