import { describe, expect, it } from 'vitest';
import { PLAN_EACH_TIME } from './client';
import { createStatementNames } from './pg-client';

describe('createStatementNames', () => {
  it('gives one SQL text one name, and different texts different names', () => {
    const nameOf = createStatementNames();
    const list = nameOf('SELECT 1 WHERE $1 = 1');
    expect(list).toBeDefined();
    expect(nameOf('SELECT 1 WHERE $1 = 1')).toBe(list);
    expect(nameOf('SELECT 2')).not.toBe(list);
  });

  it('leaves texts past the limit unnamed, so a connection keeps a bounded set', () => {
    const nameOf = createStatementNames(2);
    expect(nameOf('SELECT 1')).toBeDefined();
    expect(nameOf('SELECT 2')).toBeDefined();
    expect(nameOf('SELECT 3')).toBeUndefined();
    expect(nameOf('SELECT 1')).toBeDefined();
  });

  it('leaves a text marked to be planned each time unnamed', () => {
    const nameOf = createStatementNames();
    expect(nameOf(`${PLAN_EACH_TIME}SELECT 1 WHERE $1 = 1`)).toBeUndefined();
    expect(nameOf('SELECT 1 WHERE $1 = 1')).toBeDefined();
  });
});
