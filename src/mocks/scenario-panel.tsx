// The dev-mode scenario switcher (`npm run dev` only; main.tsx loads it lazily with the mock API,
// so a production bundle has none of it). Ctrl+Shift+D or the small "Scenario" button in the
// top-right corner opens it.
// Every change is kept in the URL (`?scenario=latency:3000,fail:0.3,offline,size:100000`), so a
// scenario can be shared; a new dataset size reloads the page with a new mock database.
import { StrictMode, useEffect, useId, useState, type CSSProperties } from 'react';
import { createRoot } from 'react-dom/client';
import {
  formatScenario,
  getScenario,
  onScenarioChange,
  SCENARIO_PARAM,
  setScenario,
  type MockScenario,
} from './scenario';

const LATENCIES = [
  { value: 0, label: 'None' },
  { value: 300, label: '300 ms' },
  { value: 1000, label: '1 s' },
  { value: 3000, label: '3 s' },
];
const FAILURE_RATES = [
  { value: 0, label: 'None' },
  { value: 0.1, label: '10%' },
  { value: 0.3, label: '30%' },
];
const SIZES = [
  { value: 0, label: 'Demo data only' },
  { value: 100, label: '100 more' },
  { value: 10_000, label: '10,000 more' },
  { value: 100_000, label: '100,000 more' },
];

/** The scenario into the address bar (replacing, so Back still leaves the app). */
function writeUrl(s: MockScenario) {
  const url = new URL(window.location.href);
  const text = formatScenario(s);
  if (text) url.searchParams.set(SCENARIO_PARAM, text);
  else url.searchParams.delete(SCENARIO_PARAM);
  window.history.replaceState(window.history.state, '', url);
}

function shareUrl(s: MockScenario): string {
  const url = new URL(window.location.href);
  const text = formatScenario(s);
  if (text) url.searchParams.set(SCENARIO_PARAM, text);
  else url.searchParams.delete(SCENARIO_PARAM);
  return url.toString();
}

const panelStyle: CSSProperties = {
  position: 'fixed',
  right: 4,
  top: 28,
  zIndex: 2147483000,
  width: 260,
  padding: 12,
  display: 'grid',
  gap: 10,
  font: '13px/1.4 system-ui, sans-serif',
  color: 'var(--color-text, #1a1a1a)',
  background: 'var(--color-surface, #fff)',
  border: '1px solid var(--color-border, #888)',
  borderRadius: 8,
  boxShadow: '0 4px 16px rgb(0 0 0 / 0.2)',
};
const toggleStyle: CSSProperties = {
  position: 'fixed',
  right: 4,
  top: 4,
  zIndex: 2147483000,
  padding: '1px 6px',
  font: '11px system-ui, sans-serif',
  color: '#fff',
  background: '#5b3cc4',
  border: 0,
  borderRadius: 4,
  opacity: 0.85,
  cursor: 'pointer',
};
const rowStyle: CSSProperties = { display: 'grid', gap: 4 };

/** A labelled select of numbers: one row of the panel. */
function NumberChoice(props: {
  id: string;
  label: string;
  value: number;
  options: readonly { value: number; label: string }[];
  onChange: (value: number) => void;
}) {
  return (
    <div style={rowStyle}>
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(Number(e.target.value))}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function ScenarioPanel() {
  const [open, setOpen] = useState(false);
  const [scenario, setLocal] = useState(getScenario);
  const id = useId();

  useEffect(() => onScenarioChange(setLocal), []);
  useEffect(() => {
    writeUrl(getScenario());
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'd') {
        event.preventDefault();
        setOpen((o) => !o);
      } else if (event.key === 'Escape') {
        setOpen(false);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const change = (patch: Partial<MockScenario>) => {
    const next = setScenario(patch);
    writeUrl(next);
    if (patch.datasetSize !== undefined) window.location.reload();
  };

  return (
    <>
      <button
        type="button"
        style={toggleStyle}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-keyshortcuts="Control+Shift+D"
        title="Mock API scenario (Ctrl+Shift+D)"
        onClick={() => setOpen((o) => !o)}
      >
        Scenario
      </button>
      {open && (
        <section id={`${id}-panel`} style={panelStyle} aria-labelledby={`${id}-title`}>
          <strong id={`${id}-title`}>Mock API scenario</strong>
          <NumberChoice
            id={`${id}-latency`}
            label="API latency"
            value={scenario.latencyMs}
            options={LATENCIES}
            onChange={(latencyMs) => change({ latencyMs })}
          />
          <NumberChoice
            id={`${id}-fail`}
            label="Failure rate (changes)"
            value={scenario.errorRate}
            options={FAILURE_RATES}
            onChange={(errorRate) => change({ errorRate })}
          />
          <label>
            <input
              type="checkbox"
              checked={scenario.offline}
              onChange={(e) => change({ offline: e.target.checked })}
            />{' '}
            Offline
          </label>
          <NumberChoice
            id={`${id}-size`}
            label="Dataset size (reloads)"
            value={scenario.datasetSize}
            options={SIZES}
            onChange={(datasetSize) => change({ datasetSize })}
          />
          <div style={rowStyle}>
            <label htmlFor={`${id}-share`}>Link to this scenario</label>
            <input
              id={`${id}-share`}
              readOnly
              value={shareUrl(scenario)}
              onFocus={(e) => e.target.select()}
            />
          </div>
        </section>
      )}
    </>
  );
}

/** Mounts the panel in a root of its own, outside the app's. */
export function mountScenarioPanel(): void {
  const host = document.createElement('div');
  host.id = 'parley-scenario-panel';
  document.body.append(host);
  createRoot(host).render(
    <StrictMode>
      <ScenarioPanel />
    </StrictMode>,
  );
}
