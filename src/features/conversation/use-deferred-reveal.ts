import { useDeferredValue, useState } from 'react';

/**
 * A query's result that, while `deferred`, is revealed as a deferred value (useDeferredValue): when
 * its answer comes, React renders what it shows as a transition, in slices of a few milliseconds,
 * instead of in one blocking task inside the query's notification (a store update, which React
 * renders whole). Once the answer is shown the result is passed on as it changes. Not deferring,
 * it hands useDeferredValue a constant, so that no update renders twice.
 */
export function useDeferredReveal<T extends { isPending: boolean }>(
  deferred: boolean,
  result: T,
): T {
  const [deferring, setDeferring] = useState(deferred);
  const later = useDeferredValue(deferring ? result : null);
  if (deferring && later !== null && !later.isPending) setDeferring(false);
  return later ?? result;
}
