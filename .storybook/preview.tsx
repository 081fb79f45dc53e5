// Every story: the app's global styles, the mock API's MSW worker, a light/dark toolbar, and
// accessibility checks that fail the story's test (parameters.a11y.test = 'error').
import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { configure } from 'storybook/test';
import { startStoryWorker } from '../src/mocks/storybook';
import '../src/ui/styles/tokens.css';
import '../src/ui/styles/global.css';

// findBy* and waitFor wait for a condition, never for a time (as in scripts/vitest-dom-setup.ts):
// a generous limit only matters on a busy machine, where the mock API or a lazy chunk of a screen
// can take seconds, and costs nothing elsewhere.
configure({ asyncUtilTimeout: 5_000 });

type Theme = 'light' | 'dark';

/**
 * Pins the tokens' theme on <html> (see the data-theme rules in src/ui/styles/tokens.css). Set
 * while rendering, before the story paints, so neither a person nor the a11y check sees the
 * other theme first.
 */
const withTheme: Decorator = (Story, context) => {
  const theme: Theme = context.globals['theme'] === 'dark' ? 'dark' : 'light';
  document.documentElement.dataset['theme'] = theme;
  return <Story />;
};

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Colour theme of the tokens',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [withTheme],
  loaders: [mswLoader(startStoryWorker)],
  parameters: {
    layout: 'padded',
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    // The tokens paint the page; the backgrounds toolbar would only fight the theme toolbar.
    backgrounds: { disable: true },
    a11y: { test: 'error' },
  },
};

export default preview;
