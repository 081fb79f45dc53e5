import { describe, expect, it, vi } from 'vitest';
import { createPageCache, listPageKey, type PageCache } from './page-cache';

/** The text of a page, which is what these tests follow. */
const textOf = (cache: PageCache, ...args: Parameters<PageCache['get']>) =>
  cache.get(...args).then((page) => page.text);

const reader = (text: string) => vi.fn<() => Promise<string>>(() => Promise.resolve(text));

describe('page cache', () => {
  it('reads a page once while the feed stands still', async () => {
    const cache = createPageCache();
    const read = reader('page at 7');
    expect(await textOf(cache, 1, 'open', 7, read)).toBe('page at 7');
    expect(await textOf(cache, 1, 'open', 7, read)).toBe('page at 7');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads again once the feed has moved, and keeps the newer page for older ids', async () => {
    const cache = createPageCache();
    await textOf(cache, 1, 'open', 7, reader('page at 7'));
    const newer = reader('page at 8');
    expect(await textOf(cache, 1, 'open', 8, newer)).toBe('page at 8');
    // A request that read id 7 before the change committed may have the newer page.
    const older = reader('page at 7 again');
    expect(await textOf(cache, 1, 'open', 7, older)).toBe('page at 8');
    expect(newer).toHaveBeenCalledTimes(1);
    expect(older).not.toHaveBeenCalled();
  });

  it('shares one read between requests that arrive while it runs', async () => {
    const cache = createPageCache();
    let finish: (text: string) => void = () => undefined;
    const read = vi.fn<() => Promise<string>>(
      () => new Promise<string>((resolve) => (finish = resolve)),
    );
    const first = textOf(cache, 1, 'open', 3, read);
    const second = textOf(cache, 1, 'open', 3, read);
    finish('page');
    expect(await Promise.all([first, second])).toEqual(['page', 'page']);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('keeps orgs and queries apart', async () => {
    const cache = createPageCache();
    await textOf(cache, 1, 'open', 5, reader('acme open'));
    expect(await textOf(cache, 2, 'open', 5, reader('globex open'))).toBe('globex open');
    expect(await textOf(cache, 1, 'closed', 5, reader('acme closed'))).toBe('acme closed');
    expect(await textOf(cache, 1, 'open', 5, reader('not read'))).toBe('acme open');
  });

  it('does not keep a failed read', async () => {
    const cache = createPageCache();
    const failing = vi.fn<() => Promise<string>>(() => Promise.reject(new Error('database gone')));
    await expect(textOf(cache, 1, 'open', 4, failing)).rejects.toThrow('database gone');
    expect(await textOf(cache, 1, 'open', 4, reader('page'))).toBe('page');
  });

  it('tags each page it reads with its own entity tag, and a kept page with the same one', async () => {
    const cache = createPageCache();
    const other = createPageCache();
    const first = await cache.get(1, 'open', 1, reader('one'));
    expect(first.etag).toMatch(/^W\/"[^"]+"$/);
    expect((await cache.get(1, 'open', 1, reader('not read'))).etag).toBe(first.etag);
    expect((await cache.get(1, 'open', 2, reader('two'))).etag).not.toBe(first.etag);
    expect((await cache.get(1, 'closed', 2, reader('three'))).etag).not.toBe(first.etag);
    expect((await other.get(1, 'open', 1, reader('one'))).etag).not.toBe(first.etag);
  });

  it('drops the least recently used pages beyond its budget', async () => {
    const cache = createPageCache(10);
    await textOf(cache, 1, 'a', 1, reader('aaaa'));
    await textOf(cache, 1, 'b', 1, reader('bbbb'));
    await textOf(cache, 1, 'a', 1, reader('not read'));
    await textOf(cache, 1, 'c', 1, reader('cccc'));
    // 12 characters were over the budget of 10: b, used least recently, went.
    expect(await textOf(cache, 1, 'a', 1, reader('a read again'))).toBe('aaaa');
    expect(await textOf(cache, 1, 'b', 1, reader('b read again'))).toBe('b read again');
  });
});

describe('listPageKey', () => {
  it('is the same for the same page, and differs in filter, order, size or place', () => {
    const key = listPageKey({ view: 'open', assignee: 7 }, 'newest', 50, undefined);
    expect(
      listPageKey({ assignee: 7, view: 'open', tag: undefined }, 'newest', 50, undefined),
    ).toBe(key);
    const others = [
      listPageKey({ view: 'open', assignee: 8 }, 'newest', 50, undefined),
      listPageKey({ view: 'open', assignee: 'none' }, 'newest', 50, undefined),
      listPageKey({ view: 'open' }, 'newest', 50, undefined),
      listPageKey({ view: 'all', assignee: 7 }, 'newest', 50, undefined),
      listPageKey({ view: 'open', assignee: 7, tag: '' }, 'newest', 50, undefined),
      listPageKey({ view: 'open', assignee: 7 }, 'oldest', 50, undefined),
      listPageKey({ view: 'open', assignee: 7 }, 'newest', 20, undefined),
      listPageKey({ view: 'open', assignee: 7 }, 'newest', 50, 'abc'),
    ];
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
  });
});
