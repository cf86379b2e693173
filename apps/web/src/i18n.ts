import type { Locale } from 'antd/es/locale';
import enUS from 'antd/es/locale/en_US';
import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './locales/en/translation.json';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = 'draftbench.language';

/** Any Chinese browser locale (zh, zh-TW, zh-Hans-CN…) gets the Chinese UI; everything else English. */
const toUiLanguage = (detected: string): UiLanguage =>
  detected.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';

export const uiLanguage = (language: string | undefined): UiLanguage => toUiLanguage(language ?? 'en');

/** antd's own texts for each language, filled in as the language loads (English is bundled). */
const antdLocales: Partial<Record<UiLanguage, Locale>> = { en: enUS };
export const antdLocale = (language: UiLanguage): Locale => antdLocales[language] ?? enUS;

/**
 * English, the fallback, is in the entry chunk; other languages are chunks of their own, loaded (with
 * antd's texts for them) when chosen or detected. i18next switches language only once they are in.
 */
const otherLanguages: Record<Exclude<UiLanguage, 'en'>, () => Promise<ResourceKey>> = {
  'zh-CN': async () => {
    const [translation, antd] = await Promise.all([
      import('./locales/zh-CN/translation.json'),
      import('antd/es/locale/zh_CN'),
    ]);
    antdLocales['zh-CN'] = antd.default;
    return translation.default;
  },
};

const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    const load = otherLanguages[language as keyof typeof otherLanguages];
    if (!load) return callback(new Error(`No translations for ${language}`), false);
    load().then(
      (resources) => callback(null, resources),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** Resolves once the detected language is loaded: main.tsx renders after it, so the first paint is translated. */
export const i18nReady = i18n
  .use(lazyLanguages)
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en } },
    // English is bundled; the backend is asked only for the languages that are not.
    partialBundledLanguages: true,
    supportedLngs: LANGUAGES,
    fallbackLng: 'en',
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
