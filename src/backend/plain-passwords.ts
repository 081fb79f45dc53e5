// A PasswordHasher for the mock API and tests: the "hash" is `demo:` + the password. Instant and
// deterministic, which is all a browser-only demo and a test suite need; never use it on a server
// (server/ hashes with scrypt).
import type { PasswordHasher } from './deps';

const PREFIX = 'demo:';

export const plainPasswords: PasswordHasher = {
  hash: async (password) => `${PREFIX}${password}`,
  verify: async (password, hash) => hash === `${PREFIX}${password}`,
};
