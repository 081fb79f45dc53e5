import { describe, expect, it, vi } from 'vitest';
import { createPageCache } from './page-cache';

const reader = (text: string) => vi.fn<() => Promise<string>>(() => Promise.resolve(text));

describe('page cache', () => {
  it('reads a page once while the feed stands still', async () => {
    const cache = createPageCache();
    const read = reader('page at 7');
    expect(await cache.get(1, 'open', 7, read)).toBe('page at 7');
    expect(await cache.get(1, 'open', 7, read)).toBe('page at 7');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads again once the feed has moved, and keeps the newer page for older ids', async () => {
    const cache = createPageCache();
    await cache.get(1, 'open', 7, reader('page at 7'));
    const newer = reader('page at 8');
    expect(await cache.get(1, 'open', 8, newer)).toBe('page at 8');
    // A request that read id 7 before the change committed may have the newer page.
    const older = reader('page at 7 again');
    expect(await cache.get(1, 'open', 7, older)).toBe('page at 8');
    expect(newer).toHaveBeenCalledTimes(1);
    expect(older).not.toHaveBeenCalled();
  });

  it('shares one read between requests that arrive while it runs', async () => {
    const cache = createPageCache();
    let finish: (text: string) => void = () => undefined;
    const read = vi.fn<() => Promise<string>>(
      () => new Promise<string>((resolve) => (finish = resolve)),
    );
    const first = cache.get(1, 'open', 3, read);
    const second = cache.get(1, 'open', 3, read);
    finish('page');
    expect(await Promise.all([first, second])).toEqual(['page', 'page']);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('keeps orgs and queries apart', async () => {
    const cache = createPageCache();
    await cache.get(1, 'open', 5, reader('acme open'));
    expect(await cache.get(2, 'open', 5, reader('globex open'))).toBe('globex open');
    expect(await cache.get(1, 'closed', 5, reader('acme closed'))).toBe('acme closed');
    expect(await cache.get(1, 'open', 5, reader('not read'))).toBe('acme open');
  });

  it('does not keep a failed read', async () => {
    const cache = createPageCache();
    const failing = vi.fn<() => Promise<string>>(() => Promise.reject(new Error('database gone')));
    await expect(cache.get(1, 'open', 4, failing)).rejects.toThrow('database gone');
    expect(await cache.get(1, 'open', 4, reader('page'))).toBe('page');
  });

  it('drops the least recently used pages beyond its budget', async () => {
    const cache = createPageCache(10);
    await cache.get(1, 'a', 1, reader('aaaa'));
    await cache.get(1, 'b', 1, reader('bbbb'));
    await cache.get(1, 'a', 1, reader('not read'));
    await cache.get(1, 'c', 1, reader('cccc'));
    // 12 characters were over the budget of 10: b, used least recently, went.
    expect(await cache.get(1, 'a', 1, reader('a read again'))).toBe('aaaa');
    expect(await cache.get(1, 'b', 1, reader('b read again'))).toBe('b read again');
  });
});
