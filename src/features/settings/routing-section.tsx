import { useQuery } from '@tanstack/react-query';
import { AUTO_ASSIGN_LABELS, AUTO_ASSIGN_MODES, type AutoAssign } from '../../domain';
import { explainFailure, orgQueries } from '../../queries';
import { useUpdateSettings } from '../../queries/settings';

import { AgentRoutingTable } from './agent-routing-table';
import { QueryContent } from './query-content';
import { SettingsSection } from './settings-section';

const isMode = (value: string): value is AutoAssign => AUTO_ASSIGN_MODES.some((m) => m === value);

/** SPEC 7.1: the org's automatic assignment and each agent's teams and capacity. */
export function RoutingSection() {
  const settings = useQuery(orgQueries.settings());
  const save = useUpdateSettings();
  return (
    <SettingsSection
      title="Routing"
      description="Round robin gives each new open conversation to the available agent with the fewest open ones, team members first."
    >
      <QueryContent query={settings} loading="Loading routing" failed="Routing could not load">
        {(data) => (
          <label className="settings-field">
            <span className="settings-field__label">Automatic assignment</span>
            <select
              value={
                save.isPending ? (save.variables.autoAssign ?? data.autoAssign) : data.autoAssign
              }
              disabled={save.isPending}
              onChange={(e) => {
                if (isMode(e.target.value)) save.mutate({ autoAssign: e.target.value });
              }}
            >
              {AUTO_ASSIGN_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {AUTO_ASSIGN_LABELS[mode]}
                </option>
              ))}
            </select>
          </label>
        )}
      </QueryContent>
      {save.isError ? <p role="alert">{explainFailure(save.error)}</p> : null}
      <AgentRoutingTable />
    </SettingsSection>
  );
}
