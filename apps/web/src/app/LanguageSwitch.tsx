import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, uiLanguage, type UiLanguage } from '../i18n';

/** The detector caches the choice in localStorage, so it survives reloads. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<UiLanguage>
      aria-label={t('language.label')}
      data-testid="language-switch"
      value={uiLanguage(i18n.resolvedLanguage)}
      onChange={(language) => void i18n.changeLanguage(language)}
      options={LANGUAGES.map((language) => ({
        value: language,
        label: <span data-testid={`language-${language}`}>{t(`language.${language}`)}</span>,
      }))}
    />
  );
}
