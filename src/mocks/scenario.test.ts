import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, formatScenario, parseScenario } from './scenario';

describe('the scenario in a URL', () => {
  it('reads every part, and leaves out what is not given', () => {
    expect(parseScenario('latency:3000,fail:0.3,offline,size:100000')).toEqual({
      ...DEFAULT_SCENARIO,
      latencyMs: 3000,
      errorRate: 0.3,
      offline: true,
      datasetSize: 100_000,
    });
    expect(parseScenario('latency:300')).toEqual({ ...DEFAULT_SCENARIO, latencyMs: 300 });
    expect(parseScenario('')).toEqual(DEFAULT_SCENARIO);
  });

  it('ignores unknown and malformed parts, and caps the failure rate', () => {
    expect(parseScenario('latency:abc,fail:7,colour:red,size:-5')).toEqual({
      ...DEFAULT_SCENARIO,
      errorRate: 1,
    });
  });

  it('writes what it reads, and nothing for the default', () => {
    const text = 'latency:1000,fail:0.1,offline,size:10000';
    expect(formatScenario(parseScenario(text))).toBe(text);
    expect(formatScenario(DEFAULT_SCENARIO)).toBe('');
  });
});
