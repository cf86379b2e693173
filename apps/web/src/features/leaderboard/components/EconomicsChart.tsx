import type { DraftOrigin, EconomicsRow } from '@draftbench/contracts';
import { LineChart, ScatterChart, type LineSeriesOption, type ScatterSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { use, type ComposeOption } from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCost } from '../../../components/format';
import { costAxis, formatElo } from '../model';
import { EChart } from './EChart';

use([ScatterChart, LineChart, GridComponent, TooltipComponent, LabelLayout, CanvasRenderer]);

type Option = ComposeOption<
  ScatterSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption
>;

/** The colours of the origin badges (antd's blue, green, purple and gold), as in the Elo chart. */
const COLORS: Record<DraftOrigin, string> = {
  pgc: '#1677ff',
  ugc: '#52c41a',
  aigc: '#722ed1',
  ai_assisted: '#faad14',
};

interface Point {
  row: EconomicsRow;
  cost: number;
  elo: number;
}

/**
 * Quality (Elo) against mean cost per draft, one point per origin, with the frontier (origins no other
 * beats on both) joined by a line. Its own chunk, loaded lazily with ECharts.
 */
export default function EconomicsChart({ rows }: { rows: EconomicsRow[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;

  const points = useMemo(
    () =>
      rows.flatMap((row): Point[] =>
        row.meanCostUsd !== null && row.elo !== null ? [{ row, cost: row.meanCostUsd, elo: row.elo }] : [],
      ),
    [rows],
  );
  const missing = rows.filter((row) => row.meanCostUsd === null || row.elo === null);

  const option = useMemo((): Option => {
    const axis = costAxis(points.map((point) => point.cost));
    const x = (cost: number) => (axis.floor !== null && cost <= 0 ? axis.floor : cost);
    const name = axis.log
      ? axis.floor !== null
        ? t('leaderboard.economics.chart.costLogFloor', { floor: formatCost(axis.floor, language) })
        : t('leaderboard.economics.chart.costLog')
      : t('leaderboard.economics.chart.cost');
    const frontier = points
      .filter((point) => point.row.onFrontier)
      .sort((a, b) => a.cost - b.cost || a.elo - b.elo);
    const label = (origin: DraftOrigin) => t(`origin.${origin}`);
    return {
      animation: false,
      grid: { left: 56, right: 32, top: 24, bottom: 48 },
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const item = Array.isArray(params) ? params[0] : params;
          const point = item?.seriesIndex === 0 ? points[item.dataIndex] : undefined;
          if (!point) return '';
          return `<strong>${label(point.row.origin)}</strong><br/>${t('leaderboard.economics.columns.meanCost')}: ${formatCost(point.cost, language)}<br/>${t('leaderboard.economics.chart.elo')}: ${formatElo(point.elo, language)}`;
        },
      },
      xAxis: {
        type: axis.log ? 'log' : 'value',
        name,
        nameLocation: 'middle',
        nameGap: 28,
        scale: !axis.log,
        axisLabel: { formatter: (value: number) => formatCost(value, language) },
      },
      yAxis: {
        type: 'value',
        name: t('leaderboard.economics.chart.elo'),
        // Elo has no meaningful zero.
        scale: true,
        axisLabel: { formatter: (value: number) => formatElo(value, language) },
      },
      series: [
        {
          type: 'scatter',
          name: t('leaderboard.economics.chart.points'),
          symbolSize: 14,
          // Origins at the same cost and Elo (free drafts, no votes apart) keep readable labels.
          labelLayout: { moveOverlap: 'shiftY' },
          label: {
            show: true,
            position: 'right',
            formatter: (params) => {
              const point = points[params.dataIndex];
              return point ? label(point.row.origin) : '';
            },
          },
          data: points.map((point) => ({
            value: [x(point.cost), point.elo],
            itemStyle: { color: COLORS[point.row.origin] },
          })),
        },
        {
          type: 'line',
          name: t('leaderboard.economics.chart.frontier'),
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#8c8c8c', width: 1.5 },
          data: frontier.map((point) => [x(point.cost), point.elo]),
        },
      ],
    };
  }, [points, t, language]);

  if (points.length === 0)
    return (
      <Typography.Text type="secondary" data-testid="economics-chart-none">
        {t('leaderboard.economics.chart.none')}
      </Typography.Text>
    );
  return (
    <>
      <EChart
        option={option}
        height={360}
        testId="economics-chart"
        ariaLabel={t('leaderboard.economics.chart.title')}
      />
      {missing.length > 0 && (
        <Typography.Text type="secondary" data-testid="economics-chart-missing">
          {t('leaderboard.economics.chart.missing', {
            origins: missing.map((row) => t(`origin.${row.origin}`)).join(', '),
          })}
        </Typography.Text>
      )}
    </>
  );
}
