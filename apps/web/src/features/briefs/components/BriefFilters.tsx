import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BriefFilters as Filters } from '../hooks';
import { BRIEF_LANGUAGES, BRIEF_STATUSES, CONTENT_TYPES } from '../options';

interface Props {
  value: Filters;
  onChange: (filters: Filters) => void;
}

export function BriefFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap>
      <Select
        data-testid="brief-filter-content-type"
        aria-label={t('briefs.list.columns.contentType')}
        placeholder={t('briefs.list.columns.contentType')}
        allowClear
        style={{ minWidth: 180 }}
        value={value.contentType}
        onChange={(contentType) => onChange({ ...value, contentType })}
        options={CONTENT_TYPES.map((type) => ({ value: type, label: t(`contentType.${type}`) }))}
      />
      <Select
        data-testid="brief-filter-language"
        aria-label={t('briefs.list.columns.language')}
        placeholder={t('briefs.list.columns.language')}
        allowClear
        style={{ minWidth: 140 }}
        value={value.language}
        onChange={(language) => onChange({ ...value, language })}
        options={BRIEF_LANGUAGES.map((language) => ({
          value: language,
          label: t(`briefLanguage.${language}`),
        }))}
      />
      <Select
        data-testid="brief-filter-status"
        aria-label={t('briefs.list.columns.status')}
        placeholder={t('briefs.list.columns.status')}
        allowClear
        style={{ minWidth: 140 }}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={BRIEF_STATUSES.map((status) => ({ value: status, label: t(`briefStatus.${status}`) }))}
      />
    </Flex>
  );
}
