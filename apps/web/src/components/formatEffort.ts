/** Human effort and ratios in the interface language (minutes, percentages). */
export const formatMinutes = (minutes: number, language: string): string =>
  new Intl.NumberFormat(language, { style: 'unit', unit: 'minute', maximumFractionDigits: 1 }).format(
    minutes,
  );

export const formatPercent = (ratio: number, language: string): string =>
  new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
