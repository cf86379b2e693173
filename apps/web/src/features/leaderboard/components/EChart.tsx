import { init, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

interface Props {
  option: EChartsCoreOption;
  height: number;
  testId: string;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  ariaLabel: string;
}

/**
 * A chart of the modules registered by the caller (echarts/core + `use`). Created once, resized with its
 * box, given each new option whole, and disposed on unmount. `data-state` turns `rendered` once the
 * current option has been drawn.
 */
export function EChart({ option, height, testId, ariaLabel }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const [rendered, setRendered] = useState(false);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('finished', () => setRendered(true));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    setRendered(false);
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
      data-state={rendered ? 'rendered' : 'drawing'}
      style={{ width: '100%', height }}
    />
  );
}
