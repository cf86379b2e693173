import type { DraftOrigin, LeaderboardEntry } from '@draftbench/contracts';
import type { CustomSeriesRenderItem } from 'echarts';
import { CustomChart, type CustomSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { use, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatElo, modelParts, sortEntries } from '../model';
import { EChart } from './EChart';

use([CustomChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<CustomSeriesOption | GridComponentOption | TooltipComponentOption>;

/** The colours of the origin badges (antd's blue, green, purple and gold). */
const COLORS: Record<DraftOrigin, string> = {
  pgc: '#1677ff',
  ugc: '#52c41a',
  aigc: '#722ed1',
  ai_assisted: '#faad14',
};

const ROW_HEIGHT = 44;

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * A horizontal error bar from the lower to the upper bound, with caps, and a point at the estimate, in
 * the row's colour. Values: [row, lower, upper, estimate].
 */
const renderInterval: CustomSeriesRenderItem = (_params, api) => {
  const row = api.value(0);
  const [x1 = 0, y = 0] = api.coord([api.value(1), row]);
  const [x2 = 0] = api.coord([api.value(2), row]);
  const [cx = 0] = api.coord([api.value(3), row]);
  const cap = 7;
  const color = String(api.visual('color'));
  const style = { stroke: color, lineWidth: 2 };
  return {
    type: 'group',
    children: [
      { type: 'line', shape: { x1, y1: y, x2, y2: y }, style },
      { type: 'line', shape: { x1, y1: y - cap, x2: x1, y2: y + cap }, style },
      { type: 'line', shape: { x1: x2, y1: y - cap, x2, y2: y + cap }, style },
      { type: 'circle', shape: { cx, cy: y, r: 6 }, style: { fill: color, stroke: '#fff', lineWidth: 1.5 } },
    ],
  };
};

/**
 * One row per competitor, best first: a point at the Elo estimate and a bar across its 95% bootstrap
 * interval. Its own chunk, loaded lazily with ECharts.
 */
export default function EloIntervalChart({ entries }: { entries: LeaderboardEntry[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rows = useMemo(() => sortEntries(entries), [entries]);

  const option = useMemo((): Option => {
    const label = (entry: LeaderboardEntry) => {
      const parts = modelParts(entry, t('common.none'));
      return parts ? `${t(`origin.${entry.origin}`)} · ${parts.join(' / ')}` : t(`origin.${entry.origin}`);
    };
    const tooltip = (index: number) => {
      const entry = rows[index];
      if (!entry) return '';
      const interval = t('leaderboard.interval', {
        estimate: formatElo(entry.elo.estimate, language),
        lower: formatElo(entry.elo.lower, language),
        upper: formatElo(entry.elo.upper, language),
      });
      return `<strong>${escapeHtml(label(entry))}</strong><br/>${escapeHtml(t('leaderboard.columns.elo'))}: ${escapeHtml(interval)}`;
    };
    return {
      animation: false,
      grid: { left: 8, right: 24, top: 8, bottom: 32 },
      tooltip: {
        trigger: 'item',
        formatter: (params) =>
          tooltip(Array.isArray(params) ? (params[0]?.dataIndex ?? 0) : params.dataIndex),
      },
      xAxis: {
        type: 'value',
        name: t('leaderboard.chart.estimate'),
        nameLocation: 'middle',
        nameGap: 24,
        // Around the intervals, on round ticks: Elo has no meaningful zero.
        scale: true,
        axisLabel: { formatter: (value: number) => formatElo(value, language) },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map(label),
        axisTick: { show: false },
        axisLabel: { width: 260, overflow: 'truncate' },
      },
      series: [
        {
          type: 'custom',
          name: t('leaderboard.chart.interval'),
          renderItem: renderInterval,
          encode: { x: [1, 2, 3], y: 0 },
          data: rows.map((entry, index) => ({
            value: [index, entry.elo.lower, entry.elo.upper, entry.elo.estimate],
            itemStyle: { color: COLORS[entry.origin] },
          })),
        },
      ],
    };
  }, [rows, t, language]);

  return (
    <EChart
      option={option}
      height={rows.length * ROW_HEIGHT + 56}
      testId="leaderboard-chart"
      ariaLabel={t('leaderboard.chart.title')}
    />
  );
}
