import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../domain';
import { fieldError, SETTING_FIELDS, toDraft, toPatch, validate } from './settings-fields';

const inactivity = SETTING_FIELDS[0];
if (!inactivity) throw new Error('no fields');

describe('the settings fields', () => {
  it('take their limits from SETTINGS_LIMITS, in the units people use', () => {
    expect(SETTING_FIELDS.map((f) => [f.key, f.min, f.max, f.unit])).toEqual([
      ['inactivitySeconds', 1, 10_080, 'minutes'],
      ['emailAutoResolveDays', 1, 365, 'days'],
      ['chatNewConversationAfterHours', 1, 720, 'hours'],
    ]);
  });

  it.each([
    ['10', null],
    ['1', null],
    ['10080', null],
    ['0', 'Use 1 to 10,080 minutes.'],
    ['10081', 'Use 1 to 10,080 minutes.'],
    ['-5', 'Use 1 to 10,080 minutes.'],
    ['1.5', 'Use a whole number of minutes.'],
    ['', 'Enter a number of minutes. Use 1 to 10,080 minutes.'],
    ['ten', 'Enter a number of minutes. Use 1 to 10,080 minutes.'],
  ])('"%s" minutes: %s', (raw, message) => {
    expect(fieldError(inactivity, raw)).toBe(message);
  });
});

describe('validate and toPatch', () => {
  it('check and send only what changed, in the API units', () => {
    const draft = { ...toDraft(DEFAULT_SETTINGS), inactivitySeconds: ' 15 ' };
    expect(validate(draft, DEFAULT_SETTINGS)).toEqual({});
    expect(toPatch(draft, DEFAULT_SETTINGS)).toEqual({ inactivitySeconds: 900 });
  });

  it('leave an untouched value the form cannot show exactly alone', () => {
    const saved = { ...DEFAULT_SETTINGS, inactivitySeconds: 90 };
    const draft = toDraft(saved);
    expect(draft.inactivitySeconds).toBe('1.5');
    expect(validate(draft, saved)).toEqual({});
    expect(toPatch(draft, saved)).toEqual({});
  });

  it('name every changed field that is out of range', () => {
    const draft = {
      ...toDraft(DEFAULT_SETTINGS),
      emailAutoResolveDays: '0',
      chatNewConversationAfterHours: '721',
    };
    expect(validate(draft, DEFAULT_SETTINGS)).toEqual({
      emailAutoResolveDays: 'Use 1 to 365 days.',
      chatNewConversationAfterHours: 'Use 1 to 720 hours.',
    });
  });
});
