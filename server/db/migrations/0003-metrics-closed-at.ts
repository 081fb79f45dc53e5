// The reports series counts conversations by the day they closed, whenever they were created:
// an index on closed_at lets it read only the rows closed in its range. Rows never closed stay
// out of it, so it grows with the closed conversations only.
export const metricsClosedAtSchema = `
CREATE INDEX conversation_metrics_closed ON conversation_metrics (org_id, closed_at)
  WHERE closed_at IS NOT NULL;
`;
