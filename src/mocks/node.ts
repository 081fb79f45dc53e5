// The mock API for vitest: `server.listen()` in a setup file, `resetMockBackend()` between tests.
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export { getMockBackend, resetMockBackend } from './handlers';

export const server = setupServer(...handlers);
