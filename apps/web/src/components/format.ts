/** Number and date formatting in the interface language, shared by every page. */
export const formatDateTime = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

export const formatNumber = (value: number, language: string): string =>
  new Intl.NumberFormat(language).format(value);

export const formatCost = (usd: number, language: string): string =>
  new Intl.NumberFormat(language, { style: 'currency', currency: 'USD', maximumSignificantDigits: 3 }).format(
    usd,
  );

export const formatLatency = (ms: number, language: string): string =>
  ms < 1000
    ? new Intl.NumberFormat(language, { style: 'unit', unit: 'millisecond' }).format(ms)
    : new Intl.NumberFormat(language, { style: 'unit', unit: 'second', maximumFractionDigits: 1 }).format(
        ms / 1000,
      );

export const shortId = (id: string): string => id.slice(0, 8);
