// A value axis that reads well: 0 and three or four round steps (1, 2 or 5 times a power of ten).

export interface Scale {
  max: number;
  ticks: number[];
}

export function niceScale(largest: number, targetTicks = 4): Scale {
  if (!(largest > 0)) return { max: targetTicks, ticks: [0, 1, 2, 3, 4].slice(0, targetTicks + 1) };
  const rough = largest / targetTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power);
  const max = Math.ceil(largest / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= max; t += step) ticks.push(t);
  return { max, ticks };
}

/** Every nth label, so labels of `labelWidth` pixels fit into `width` without touching. */
export function labelStride(count: number, width: number, labelWidth: number): number {
  if (count <= 0 || width <= 0) return 1;
  const fits = Math.max(1, Math.floor(width / labelWidth));
  return Math.max(1, Math.ceil(count / fits));
}
