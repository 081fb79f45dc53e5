import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { DEFAULT_TAG_COLOR, LIMITS, TAG_COLORS, type Tag } from '../../../domain';
import { useKnownTags } from '../../../queries';
import { Button, TagChip } from '../../../ui';

export interface AddTagFormProps {
  /** Tags already on the conversation: not offered again. */
  current: readonly Tag[];
  onAdd: (tag: Tag) => void;
}

/** Filter the org's tags by name and pick one, or name a new one and give it a colour. */
export function AddTagForm({ current, onAdd }: AddTagFormProps) {
  // Read when the form opens, not with every pane: most conversations are never tagged by hand.
  const known = useKnownTags();
  const taken = new Set(current.map((t) => t.name.toLowerCase()));
  const offered = known.filter((t) => !taken.has(t.name.toLowerCase()));
  const [name, setName] = useState('');
  const [color, setColor] = useState<string>(DEFAULT_TAG_COLOR);
  const colorsId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // The popover exists to type a tag name: focus goes there when it opens.
  useEffect(() => inputRef.current?.focus(), []);
  const trimmed = name.trim();
  const query = trimmed.toLowerCase();
  const matches = offered.filter((t) => t.name.toLowerCase().includes(query));
  const exact = offered.find((t) => t.name.toLowerCase() === query);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed === '') return;
    onAdd(exact ?? { name: trimmed, color });
  };

  return (
    <form className="add-tag" onSubmit={submit}>
      <input
        type="text"
        aria-label="Tag name"
        placeholder="Find or create a tag"
        className="text-input"
        value={name}
        maxLength={LIMITS.tagName}
        autoComplete="off"
        ref={inputRef}
        onChange={(event) => setName(event.target.value)}
      />
      {matches.length > 0 ? (
        <ul className="add-tag__existing" aria-label="Existing tags">
          {matches.map((tag) => (
            <li key={tag.name}>
              <button type="button" className="add-tag__option" onClick={() => onAdd(tag)}>
                <TagChip name={tag.name} color={tag.color} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {trimmed !== '' && !exact ? (
        <fieldset className="add-tag__new">
          <legend id={colorsId} className="add-tag__legend">
            Colour for “{trimmed}”
          </legend>
          <div className="add-tag__swatches">
            {TAG_COLORS.map((c) => (
              <label
                key={c.hex}
                className="add-tag__swatch"
                style={{ color: c.hex }}
                title={c.name}
              >
                <input
                  type="radio"
                  name={colorsId}
                  value={c.hex}
                  aria-label={c.name}
                  checked={color === c.hex}
                  onChange={() => setColor(c.hex)}
                />
              </label>
            ))}
          </div>
          <Button type="submit" size="sm" variant="primary">
            Create tag
          </Button>
        </fieldset>
      ) : null}
    </form>
  );
}
