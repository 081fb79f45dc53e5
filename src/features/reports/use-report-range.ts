import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { formatRangeSearch, parseRangeSearch, type RangeChoice } from './report-range';

/** The range in the address (`?range=7d`, or `?from=…&to=…`), and a way to change it. */
export function useReportRange(): [RangeChoice, (next: RangeChoice) => void] {
  const search = useSearch();
  const [path, navigate] = useLocation();
  const choice = useMemo(() => parseRangeSearch(search), [search]);
  const setChoice = useCallback(
    (next: RangeChoice) => navigate(`${path}?${formatRangeSearch(next)}`, { replace: true }),
    [navigate, path],
  );
  return [choice, setChoice];
}
