import 'i18next';
import type en from './locales/en/translation.json';

// Makes `t('some.key')` a compile error when the key is missing from the English resources.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
