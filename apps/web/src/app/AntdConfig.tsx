import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrefersReducedMotion } from '../components/usePrefersReducedMotion';
import { antdLocale, uiLanguage } from '../i18n';

/**
 * antd's own texts (pagination, empty states, pickers) follow the language of the i18n resources, and its
 * animations (modals zooming, drawers sliding) stop for readers who ask their system for reduced motion.
 */
export function AntdConfig({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const reducedMotion = usePrefersReducedMotion();
  return (
    <ConfigProvider
      locale={antdLocale(uiLanguage(i18n.resolvedLanguage))}
      theme={{ token: { motion: !reducedMotion } }}
    >
      {children}
    </ConfigProvider>
  );
}
