import { describe, expect, it } from 'vitest';
import { arrowStep } from './listbox-option';

describe('arrowStep', () => {
  it('moves down and up, round either end', () => {
    expect(arrowStep('ArrowDown', 0, 3)).toBe(1);
    expect(arrowStep('ArrowDown', 2, 3)).toBe(0);
    expect(arrowStep('ArrowUp', 0, 3)).toBe(2);
    expect(arrowStep('ArrowUp', 2, 3)).toBe(1);
  });

  it('is null for other keys and for an empty list', () => {
    expect(arrowStep('Enter', 0, 3)).toBeNull();
    expect(arrowStep('ArrowLeft', 1, 3)).toBeNull();
    expect(arrowStep('ArrowDown', 0, 0)).toBeNull();
  });
});
