// jest-dom's matchers (toHaveTextContent, toBeChecked, toBeDisabled…) assert what a person sees.
import '@testing-library/jest-dom/vitest';
// Testing Library unmounts after each test only when vitest globals are on; they are off here.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy* and waitFor wait for a condition, never for a time: a generous limit only matters on a
// busy machine (a lazy chunk's first import can take seconds there), and costs nothing elsewhere.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
