// What every bench page gets before its first script: the mock's scenario and the probe.
import type { Page } from 'playwright-core';
import { instrument } from './instrument';

/** The mock API's data set for a page (the real server ignores it). */
export interface Scenario {
  datasetSize: number;
  threadSize?: number;
}

export async function preparePage(page: Page, scenario: Scenario): Promise<void> {
  // tsx compiles with esbuild's keepNames, whose helper the page does not have.
  await page.addInitScript('window.__name = (f) => f;');
  await page.addInitScript(
    (s) =>
      localStorage.setItem(
        'parley-mock-scenario',
        JSON.stringify({ latencyMs: 0, errorRate: 0, offline: false, threadSize: 0, ...s }),
      ),
    scenario,
  );
  await page.addInitScript(instrument);
}
