import { useQuery } from '@tanstack/react-query';
import { explainFailure, orgQueries, useMe, useSetAvailable } from '../../queries';

/**
 * "Available": whether Parley assigns this agent conversations (SPEC 7.1), with their open
 * assigned conversations of their capacity ("7 of 10").
 */
export function AvailabilitySwitch() {
  const me = useMe();
  const directory = useQuery(orgQueries.directory());
  const set = useSetAvailable();
  const mine = directory.data?.agents.find((a) => a.id === me.data?.id);
  if (!mine) return null;
  const checked = set.isPending ? set.variables : mine.available;
  return (
    <div className="availability">
      <label className="availability__switch">
        <input
          type="checkbox"
          role="switch"
          checked={checked}
          aria-checked={checked}
          disabled={set.isPending}
          onChange={(e) => set.mutate(e.target.checked)}
        />
        Available
      </label>
      <span
        className="availability__load"
        title="Open conversations assigned to you, of your capacity"
      >
        {mine.openAssigned} of {mine.capacity}
      </span>
      {set.isError ? (
        <p role="alert" className="availability__error">
          {explainFailure(set.error)}
        </p>
      ) : null}
    </div>
  );
}
