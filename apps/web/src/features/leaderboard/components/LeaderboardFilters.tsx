import { Button, DatePicker, Flex, Segmented, Select, Switch, type GetProps } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  COMPETITORS,
  CONTENT_TYPES,
  formatDay,
  LANGUAGES,
  lastDayOf,
  type Competitor,
  type LeaderboardFilters as Filters,
} from '../model';

type RangeValue = GetProps<typeof DatePicker.RangePicker>['value'];
type Day = NonNullable<NonNullable<RangeValue>[number]>;

/**
 * The picker's own values for the ranges picked in this session, by `from|to`. The app has no date
 * library of its own, so a range that only comes from the URL (a shared link, a reload) is shown as the
 * picker's placeholder instead.
 */
const picked = new Map<string, [Day, Day]>();

interface Props {
  value: Filters;
  onChange: (filters: Filters) => void;
}

export function LeaderboardFilters({ value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const range = value.from && value.to ? { from: value.from, to: value.to } : undefined;
  const days = range ? picked.get(`${range.from}|${range.to}`) : undefined;

  const onRange = (dates: RangeValue) => {
    const [start, end] = dates ?? [];
    if (!start || !end) {
      onChange({ ...value, from: undefined, to: undefined });
      return;
    }
    // Whole days in the browser's time zone; the API takes `to` as exclusive.
    const from = start.startOf('day').toISOString();
    const to = end.startOf('day').add(1, 'day').toISOString();
    picked.set(`${from}|${to}`, [start, end]);
    onChange({ ...value, from, to });
  };

  return (
    <Flex gap={12} wrap align="center" data-testid="leaderboard-filters">
      <Segmented<Competitor>
        aria-label={t('leaderboard.filters.competitor')}
        data-testid="leaderboard-competitor"
        value={value.competitor}
        onChange={(competitor) => onChange({ ...value, competitor })}
        options={COMPETITORS.map((competitor) => ({
          value: competitor,
          label: (
            <span data-testid={`leaderboard-competitor-${competitor}`}>
              {t(competitor === 'origin' ? 'leaderboard.filters.origins' : 'leaderboard.filters.models')}
            </span>
          ),
        }))}
      />
      <Select
        data-testid="leaderboard-filter-content-type"
        aria-label={t('leaderboard.filters.contentType')}
        placeholder={t('leaderboard.filters.contentType')}
        allowClear
        style={{ minWidth: 180 }}
        value={value.contentType}
        onChange={(contentType) => onChange({ ...value, contentType })}
        options={CONTENT_TYPES.map((type) => ({ value: type, label: t(`contentType.${type}`) }))}
      />
      <Select
        data-testid="leaderboard-filter-language"
        aria-label={t('leaderboard.filters.language')}
        placeholder={t('leaderboard.filters.language')}
        allowClear
        style={{ minWidth: 140 }}
        value={value.language}
        onChange={(language) => onChange({ ...value, language })}
        options={LANGUAGES.map((language) => ({ value: language, label: t(`briefLanguage.${language}`) }))}
      />
      <DatePicker.RangePicker
        data-testid="leaderboard-filter-dates"
        aria-label={t('leaderboard.filters.dates')}
        allowClear
        value={days ?? null}
        onChange={onRange}
        placeholder={
          range && !days
            ? [formatDay(range.from, i18n.language), formatDay(lastDayOf(range.to), i18n.language)]
            : [t('leaderboard.filters.from'), t('leaderboard.filters.to')]
        }
      />
      <Flex gap={8} align="center" component="label">
        <Switch
          data-testid="leaderboard-length-control"
          checked={Boolean(value.lengthControl)}
          onChange={(checked) => onChange({ ...value, lengthControl: checked || undefined })}
        />
        {t('leaderboard.filters.lengthControl')}
      </Flex>
      {range && !days && (
        <Button
          type="link"
          data-testid="leaderboard-clear-dates"
          onClick={() => onChange({ ...value, from: undefined, to: undefined })}
        >
          {t('leaderboard.filters.clearDates')}
        </Button>
      )}
    </Flex>
  );
}
