import type { CSSProperties } from 'react';

/** An inline style that may set CSS custom properties: `{ '--tag-color': '#22c55e' }`. */
export type CssVars = CSSProperties & Partial<Record<`--${string}`, string>>;
