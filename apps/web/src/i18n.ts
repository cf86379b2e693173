import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './locales/en/translation.json';
import zhCN from './locales/zh-CN/translation.json';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = 'draftbench.language';

export const resources = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
} as const;

/** Any Chinese browser locale (zh, zh-TW, zh-Hans-CN…) gets the Chinese UI; everything else English. */
const toUiLanguage = (detected: string): UiLanguage =>
  detected.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';

export const uiLanguage = (language: string | undefined): UiLanguage => toUiLanguage(language ?? 'en');

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: LANGUAGES,
    fallbackLng: 'en',
    // The resources are bundled, so there is nothing to wait for: render translated on the first paint.
    initAsync: false,
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
      convertDetectedLanguage: toUiLanguage,
    },
  });

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = uiLanguage(language);
});
document.documentElement.lang = uiLanguage(i18n.resolvedLanguage);

export default i18n;
