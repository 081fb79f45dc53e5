// Storybook ("design mode"): the project's own Vite config (vite.config.ts, found by the builder),
// the MSW worker from public/, the a11y checks, and the Vitest addon that runs every story as a test.
import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // public/mockServiceWorker.js must be served at the root for the MSW worker to register.
  staticDirs: ['../public'],
  core: {
    // These machines reach no network but the package registries.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
};

export default config;
