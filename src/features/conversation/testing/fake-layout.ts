// happy-dom lays nothing out: every element is 0px tall, so the virtualized thread would think
// there is no room for a single row. Tests give the thread's scroller and its rows a size.
export interface FakeLayout {
  restore: () => void;
}

const SCROLLER = '[data-thread-scroller]';
const ROW = '[data-index]';

export function installFakeLayout({ viewport = 600, row = 60, width = 800 } = {}): FakeLayout {
  const proto = HTMLElement.prototype;
  const saved = [
    'clientHeight',
    'clientWidth',
    'offsetHeight',
    'offsetWidth',
    'scrollHeight',
    'scrollTop',
  ].map((name) => [name, Object.getOwnPropertyDescriptor(proto, name)] as const);
  const scrollTop = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTop');
  const define = (name: string, get: (el: HTMLElement) => number) =>
    Object.defineProperty(proto, name, {
      configurable: true,
      get: function (this: HTMLElement) {
        return get(this);
      },
    });

  define('clientHeight', (el) => (el.matches(SCROLLER) ? viewport : 0));
  define('clientWidth', (el) => (el.matches(SCROLLER) ? width : 0));
  define('offsetHeight', (el) => (el.matches(ROW) ? row : el.matches(SCROLLER) ? viewport : 0));
  define('offsetWidth', (el) => (el.matches(ROW) || el.matches(SCROLLER) ? width : 0));
  // The scroller can scroll as far as its canvas is tall (the virtualizer sets that height).
  define('scrollHeight', (el) => {
    if (!el.matches(SCROLLER)) return 0;
    const canvas = el.querySelector<HTMLElement>('.thread__canvas');
    return Math.max(viewport, Number.parseFloat(canvas?.style.height ?? '0') || 0);
  });

  // A browser tells the page it scrolled (the virtualizer reads the offset from that event).
  Object.defineProperty(proto, 'scrollTop', {
    configurable: true,
    get: function (this: HTMLElement) {
      return (scrollTop?.get?.call(this) as number | undefined) ?? 0;
    },
    set: function (this: HTMLElement, value: number) {
      const max = Math.max(0, this.scrollHeight - this.clientHeight);
      scrollTop?.set?.call(this, Math.min(Math.max(0, value), max));
      if (this.matches(SCROLLER)) queueMicrotask(() => this.dispatchEvent(new Event('scroll')));
    },
  });

  return {
    restore: () => {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(proto, name, descriptor);
        else Reflect.deleteProperty(proto, name);
      }
    },
  };
}
