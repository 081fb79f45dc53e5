import { useLayoutEffect, useState, type RefObject } from 'react';
import { tabbables } from '../lib/focusable';

// scrollHeight and clientHeight are rounded; a pixel of difference is not a scrollbar.
const SLACK = 1;

function overflows(el: HTMLElement): boolean {
  return el.scrollHeight - el.clientHeight > SLACK || el.scrollWidth - el.clientWidth > SLACK;
}

/**
 * Whether the element scrolls but holds nothing that Tab can reach. Then it must be a Tab stop
 * itself, or the keyboard has no way to scroll it (WCAG 2.1.1). Checked again when it resizes or
 * its content changes.
 */
export function useNeedsTabStop(ref: RefObject<HTMLElement | null>): boolean {
  const [needs, setNeeds] = useState(false);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // The element's own tabindex is not counted: tabbables() looks at descendants only.
    const check = () => setNeeds(overflows(el) && tabbables(el).length === 0);
    check();
    const resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(check);
    resizes?.observe(el);
    // Content can grow while the element keeps its (maximum) size, and controls can come and go.
    const mutations = new MutationObserver(check);
    mutations.observe(el, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['tabindex', 'disabled', 'hidden', 'inert', 'href', 'contenteditable'],
    });
    return () => {
      resizes?.disconnect();
      mutations.disconnect();
    };
  }, [ref]);

  return needs;
}
