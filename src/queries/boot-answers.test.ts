// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { FetchLike } from '../api';
import { BOOT_ANSWER_MAX_AGE_MS, withBootAnswers } from './boot-answers';

const server = (body: string): FetchLike => {
  const asked: string[] = [];
  const fetchImpl: FetchLike = async (input) => {
    asked.push(input);
    return new Response(body, { status: 200 });
  };
  return Object.assign(fetchImpl, { asked });
};
const asked = (f: FetchLike) => (f as FetchLike & { asked: string[] }).asked;

function boot(answers: Record<string, Response | Promise<Response>>, at = performance.now()) {
  const state = {
    at,
    answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, Promise.resolve(v)])),
    asked: {},
  };
  window.__parleyBoot = state;
  return state;
}

afterEach(() => {
  window.__parleyBoot = undefined;
});

describe('withBootAnswers', () => {
  it('answers the first GET of an address from boot.js, and asks the server after that', async () => {
    boot({ '/api/session': new Response('early', { status: 200 }) });
    const real = server('late');
    const fetchWith = withBootAnswers(real);
    expect(await (await fetchWith('/api/session', { method: 'GET' })).text()).toBe('early');
    expect(await (await fetchWith('/api/session', { method: 'GET' })).text()).toBe('late');
    expect(asked(real)).toEqual(['/api/session']);
  });

  it('gives an answer only to the first GET of its address: one that came later is never taken', async () => {
    // boot.js asks for the org's answers once the screen's own are in; the app may have asked
    // for one of them already. That early answer is older than the app's next refetch.
    const state = boot({});
    const real = server('fresh');
    const fetchWith = withBootAnswers(real);
    expect(await (await fetchWith('/api/conversations/counts', { method: 'GET' })).text()).toBe(
      'fresh',
    );
    expect(state.asked).toEqual({ '/api/conversations/counts': true });
    state.answers['/api/conversations/counts'] = Promise.resolve(
      new Response('stale', { status: 200 }),
    );
    expect(await (await fetchWith('/api/conversations/counts', { method: 'GET' })).text()).toBe(
      'fresh',
    );
    expect(asked(real)).toEqual(['/api/conversations/counts', '/api/conversations/counts']);
  });

  it('asks the server when the early answer failed, was for another address, or is a write', async () => {
    boot({
      '/api/session': new Response('no', { status: 401 }),
      '/api/conversations/7': new Response('early', { status: 200 }),
    });
    const real = server('late');
    const fetchWith = withBootAnswers(real);
    expect(await (await fetchWith('/api/session', { method: 'GET' })).text()).toBe('late');
    expect(await (await fetchWith('/api/conversations/8', { method: 'GET' })).text()).toBe('late');
    expect(await (await fetchWith('/api/conversations/7', { method: 'PATCH' })).text()).toBe(
      'late',
    );
    expect(asked(real)).toEqual(['/api/session', '/api/conversations/8', '/api/conversations/7']);
  });

  it('leaves answers nobody took in time', async () => {
    boot(
      { '/api/session': new Response('early', { status: 200 }) },
      performance.now() - BOOT_ANSWER_MAX_AGE_MS - 1,
    );
    const real = server('late');
    expect(await (await withBootAnswers(real)('/api/session', { method: 'GET' })).text()).toBe(
      'late',
    );
    expect(window.__parleyBoot).toBeUndefined();
  });

  it('asks the server when there is no boot script', async () => {
    const real = server('late');
    expect(await (await withBootAnswers(real)('/api/me', { method: 'GET' })).text()).toBe('late');
  });
});
