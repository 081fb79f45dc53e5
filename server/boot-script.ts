// A Vite plugin: production builds that talk to the Node host load public/boot.js first, which
// asks for the session and the first screen's data in parallel with the app's code. Development
// and the mock API's builds (VITE_API_MODE=mock) leave it out: their answers come from the page;
// so does a build for an API on another host (VITE_API_BASE_URL), whose addresses it cannot know.
import type { Plugin } from 'vite';

export function bootScript(): Plugin {
  return {
    name: 'parley-boot-script',
    apply: (_config, env) =>
      env.command === 'build' &&
      process.env.VITE_API_MODE !== 'mock' &&
      !process.env.VITE_API_BASE_URL,
    transformIndexHtml: () => [
      { tag: 'script', attrs: { src: '/boot.js', async: true }, injectTo: 'head-prepend' },
    ],
  };
}
