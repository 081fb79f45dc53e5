import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { RoutedAgent } from '../../api';
import { MAX_CAPACITY } from '../../domain';
import { explainFailure, orgQueries, useUpdateAgent } from '../../queries';
import { ErrorState, Spinner } from '../../ui';

/** Each agent: available or not, open of capacity, teams; an admin edits capacity and teams. */
export function AgentRoutingTable() {
  const directory = useQuery(orgQueries.directory());
  if (directory.isPending) return <Spinner label="Loading agents" />;
  if (directory.isError)
    return (
      <ErrorState
        title="Agents could not load"
        message={explainFailure(directory.error)}
        onRetry={() => void directory.refetch()}
        retrying={directory.isFetching}
      />
    );
  const { agents, teams } = directory.data;
  return (
    <table className="routing-table" aria-label="Agents">
      <thead>
        <tr>
          <th scope="col">Agent</th>
          <th scope="col">Available</th>
          <th scope="col">Open</th>
          <th scope="col">Capacity</th>
          <th scope="col">Teams</th>
        </tr>
      </thead>
      <tbody>
        {agents.map((agent) => (
          <AgentRow key={agent.id} agent={agent} teams={teams} />
        ))}
      </tbody>
    </table>
  );
}

function AgentRow({ agent, teams }: { agent: RoutedAgent; teams: { id: number; name: string }[] }) {
  const update = useUpdateAgent();
  const [capacity, setCapacity] = useState(String(agent.capacity));
  const saveCapacity = () => {
    const n = Number(capacity);
    if (capacity.trim() === '' || !Number.isInteger(n) || n === agent.capacity) return;
    update.mutate({ id: agent.id, patch: { capacity: n } });
  };
  const toggleTeam = (teamId: number, on: boolean) => {
    const teamIds = on ? [...agent.teamIds, teamId] : agent.teamIds.filter((t) => t !== teamId);
    update.mutate({ id: agent.id, patch: { teamIds } });
  };
  return (
    <tr>
      <th scope="row">{agent.name}</th>
      <td>{agent.available ? 'Yes' : 'No'}</td>
      <td>{agent.openAssigned}</td>
      <td>
        <input
          type="number"
          min={0}
          max={MAX_CAPACITY}
          aria-label={`Capacity of ${agent.name}`}
          value={capacity}
          onChange={(e) => setCapacity(e.target.value)}
          onBlur={saveCapacity}
          onKeyDown={(e) => {
            if (e.key === 'Enter') saveCapacity();
          }}
        />
        {update.isError ? (
          <span role="alert" className="routing-table__error">
            {explainFailure(update.error)}
          </span>
        ) : null}
      </td>
      <td>
        {teams.map((team) => (
          <label key={team.id} className="routing-table__team">
            <input
              type="checkbox"
              checked={agent.teamIds.includes(team.id)}
              disabled={update.isPending}
              onChange={(e) => toggleTeam(team.id, e.target.checked)}
            />
            {team.name}
            <span className="visually-hidden"> ({agent.name})</span>
          </label>
        ))}
      </td>
    </tr>
  );
}
