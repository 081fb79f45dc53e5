import { useRef, useState, type FormEvent } from 'react';
import type { OrgSettings } from '../../domain';
import { explainFailure } from '../../queries';
import { useUpdateSettings } from '../../queries/settings';
import { AlertIcon, Button, toast } from '../../ui';
import { NumberField } from './number-field';
import {
  changedKeys,
  SETTING_FIELDS,
  toDraft,
  toPatch,
  validate,
  type SettingKey,
  type SettingsErrors,
} from './settings-fields';

/** The org's conversation rules. Out-of-range values are explained in place and never sent. */
export function SettingsForm({ saved }: { saved: OrgSettings }) {
  const [draft, setDraft] = useState(() => toDraft(saved));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const inputs = useRef<Partial<Record<SettingKey, HTMLInputElement | null>>>({});
  const update = useUpdateSettings();
  const dirty = changedKeys(draft, saved).length > 0;

  const change = (key: SettingKey, value: string) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    // Once a field has said what is wrong, it says when that is fixed without waiting for a blur.
    if (errors[key]) setErrors(validate(next, saved));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(draft, saved);
    setErrors(found);
    const firstBad = SETTING_FIELDS.find((f) => found[f.key]);
    if (firstBad) {
      inputs.current[firstBad.key]?.focus();
      return;
    }
    // Saving re-keys this form on the new values (it unmounts), so the toast hangs on the
    // mutation's own promise rather than on this observer; a refusal is shown below the fields.
    update.mutateAsync(toPatch(draft, saved)).then(
      () => toast.show({ message: 'Settings saved', tone: 'success' }),
      () => undefined,
    );
  };

  return (
    <form className="settings-form" aria-label="Conversation rules" onSubmit={submit} noValidate>
      {SETTING_FIELDS.map((f) => (
        <NumberField
          key={f.key}
          field={f}
          value={draft[f.key]}
          error={errors[f.key]}
          onChange={(value) => change(f.key, value)}
          onBlur={() => setErrors(validate(draft, saved))}
          inputRef={(node) => {
            inputs.current[f.key] = node;
          }}
        />
      ))}
      <div className="settings-form__actions">
        <Button type="submit" variant="primary" loading={update.isPending} disabled={!dirty}>
          Save
        </Button>
        <Button
          variant="ghost"
          disabled={!dirty || update.isPending}
          onClick={() => {
            setDraft(toDraft(saved));
            setErrors({});
            update.reset();
          }}
        >
          Discard changes
        </Button>
        {update.isError ? (
          <p role="alert" className="settings-alert">
            <AlertIcon size={14} />
            <span>Not saved: {explainFailure(update.error)}</span>
          </p>
        ) : null}
      </div>
    </form>
  );
}
