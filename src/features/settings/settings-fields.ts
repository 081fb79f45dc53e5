// The settings form's fields: the API stores seconds, days and hours; people think of the
// inactivity period in minutes. Limits come from the API's SETTINGS_LIMITS, so the form refuses
// exactly what the server would.
import { SETTINGS_LIMITS, type PatchSettingsRequest } from '../../api';
import type { OrgSettings } from '../../domain';

export type SettingKey = keyof OrgSettings;

export interface SettingField {
  key: SettingKey;
  label: string;
  /** Plural unit as shown to people. */
  unit: string;
  /** Stored value = shown value × factor. */
  factor: number;
  min: number;
  max: number;
  hint: string;
}

const field = (
  key: SettingKey,
  label: string,
  unit: string,
  factor: number,
  hint: string,
): SettingField => ({
  key,
  label,
  unit,
  factor,
  min: Math.ceil(SETTINGS_LIMITS[key].min / factor),
  max: Math.floor(SETTINGS_LIMITS[key].max / factor),
  hint,
});

export const SETTING_FIELDS: readonly SettingField[] = [
  field(
    'inactivitySeconds',
    'Inactivity period',
    'minutes',
    60,
    'After this long with no message, a conversation is inactive: Parley sends conversation_inactive.',
  ),
  field(
    'emailAutoResolveDays',
    'Email auto-resolve',
    'days',
    1,
    'Open or pending email conversations with no activity for this long are closed.',
  ),
  field(
    'chatNewConversationAfterHours',
    'New chat conversation after',
    'hours',
    1,
    "A contact's chat message to a conversation closed and quiet for this long starts a new one.",
  ),
];

export type SettingsDraft = Record<SettingKey, string>;
export type SettingsErrors = Partial<Record<SettingKey, string>>;

const number = new Intl.NumberFormat('en-US');

export function toDraft(settings: OrgSettings): SettingsDraft {
  const draft = {} as SettingsDraft;
  for (const f of SETTING_FIELDS) draft[f.key] = String(settings[f.key] / f.factor);
  return draft;
}

/** Why a shown value cannot be saved, or null. */
export function fieldError(f: SettingField, raw: string): string | null {
  const text = raw.trim();
  const range = `Use ${number.format(f.min)} to ${number.format(f.max)} ${f.unit}.`;
  if (text === '') return `Enter a number of ${f.unit}. ${range}`;
  const value = Number(text);
  if (!Number.isFinite(value)) return `Enter a number of ${f.unit}. ${range}`;
  if (!Number.isInteger(value)) return `Use a whole number of ${f.unit}.`;
  if (value < f.min || value > f.max) return range;
  return null;
}

/** Only the fields that changed are checked and sent: an untouched odd value stays as it was. */
export function changedKeys(draft: SettingsDraft, saved: OrgSettings): SettingKey[] {
  const initial = toDraft(saved);
  return SETTING_FIELDS.filter((f) => draft[f.key].trim() !== initial[f.key]).map((f) => f.key);
}

export function validate(draft: SettingsDraft, saved: OrgSettings): SettingsErrors {
  const changed = new Set(changedKeys(draft, saved));
  const errors: SettingsErrors = {};
  for (const f of SETTING_FIELDS) {
    if (!changed.has(f.key)) continue;
    const problem = fieldError(f, draft[f.key]);
    if (problem) errors[f.key] = problem;
  }
  return errors;
}

/** The PATCH body for a valid draft: the changed fields, in the API's units. */
export function toPatch(draft: SettingsDraft, saved: OrgSettings): PatchSettingsRequest {
  const patch: PatchSettingsRequest = {};
  for (const key of changedKeys(draft, saved)) {
    const f = SETTING_FIELDS.find((x) => x.key === key);
    if (f) patch[key] = Number(draft[key].trim()) * f.factor;
  }
  return patch;
}
