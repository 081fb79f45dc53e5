// The build-time settings the app reads (see README: configuration).
interface ImportMetaEnv {
  /** `mock`: serve the API from MSW in the page, also in a production build. */
  readonly VITE_API_MODE?: 'mock' | 'real';
  /** Where the API lives when it is not on the app's own origin. */
  readonly VITE_API_BASE_URL?: string;
}
