/**
 * The widths at which the layout changes, each the largest width of its layout. The style sheets'
 * `@media (max-width: …)` rules and public/boot.js cannot import this table, so
 * `breakpoints.test.ts` holds them to it.
 */
export const BREAKPOINTS = {
  /** The notifications' buttons grow to a finger's size. */
  notifications: 640,
  /** One column: the list or the open conversation, never both (a phone). */
  phone: 720,
  /** The contact panel folds under the thread. */
  narrowPane: 900,
  /** The sidebar folds away behind its button (a tablet). */
  tablet: 1024,
  /** The reports' charts stack in one column. */
  reportCharts: 1100,
} as const;

export type Breakpoint = keyof typeof BREAKPOINTS;

/** The media query of a layout: `(max-width: 720px)` for `phone`. */
export function upTo(breakpoint: Breakpoint): string {
  return `(max-width: ${BREAKPOINTS[breakpoint]}px)`;
}
