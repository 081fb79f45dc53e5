import { useState } from 'react';
import { cx } from '../../ui';
import { CustomRangeForm } from './custom-range-form';
import { PRESET_LABELS, RANGE_PRESETS, type RangeChoice, type ResolvedRange } from './report-range';

export interface RangePickerProps {
  value: RangeChoice;
  range: ResolvedRange;
  onChange: (next: RangeChoice) => void;
}

/** Last 7, 30 or 90 days, or custom dates. */
export function RangePicker({ value, range, onChange }: RangePickerProps) {
  const [editingCustom, setEditingCustom] = useState(value.kind === 'custom');
  const customActive = editingCustom || value.kind === 'custom';
  return (
    <div className="range-picker">
      <div role="group" aria-label="Date range" className="range-picker__presets">
        {RANGE_PRESETS.map((preset) => {
          const pressed = !customActive && value.kind === 'preset' && value.preset === preset;
          return (
            <button
              key={preset}
              type="button"
              aria-pressed={pressed}
              className={cx('range-picker__option', pressed && 'range-picker__option--on')}
              onClick={() => {
                setEditingCustom(false);
                onChange({ kind: 'preset', preset });
              }}
            >
              {PRESET_LABELS[preset]}
            </button>
          );
        })}
        <button
          type="button"
          aria-pressed={customActive}
          className={cx('range-picker__option', customActive && 'range-picker__option--on')}
          onClick={() => setEditingCustom(true)}
        >
          Custom
        </button>
      </div>
      {customActive ? (
        <CustomRangeForm
          key={`${range.firstDay}/${range.lastDay}`}
          initialFrom={range.firstDay}
          initialTo={range.lastDay}
          onApply={(from, to) => onChange({ kind: 'custom', from, to })}
        />
      ) : null}
    </div>
  );
}
