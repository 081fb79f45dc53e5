// Fair, bounded webhook delivery without oracles (SPEC 8). Subscriptions remember since when every
// attempt has failed (`failing_since`, cleared by a success) and, three days on, are disabled with
// a reason the admins see. Deliveries get an opaque `public_id` for the log and the
// X-Parley-Delivery header: the row id counts every org's deliveries. The worker now picks the
// soonest due head of each endpoint's queues, so it indexes pending rows by subscription first.
// Errors already logged are reduced to the classes the log now shows: older rows held resolver
// and socket messages.
export const webhookFairnessSchema = `
ALTER TABLE webhook_subscriptions
  ADD COLUMN failing_since bigint,
  ADD COLUMN disabled_at bigint,
  ADD COLUMN disabled_reason text;

ALTER TABLE webhook_deliveries ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();

DROP INDEX webhook_deliveries_due;
CREATE INDEX webhook_deliveries_endpoint_due ON webhook_deliveries (subscription_id, next_attempt_at)
  WHERE delivered_at IS NULL AND failed_at IS NULL;

UPDATE webhook_deliveries SET last_error = CASE
    WHEN last_error ~ '^HTTP [0-9]{3}' THEN substring(last_error FROM '^HTTP [0-9]{3}')
    WHEN last_error LIKE 'No answer within%' THEN 'timed out'
    WHEN last_error LIKE 'Interrupted%' THEN 'interrupted'
    WHEN last_error LIKE 'Refused:%' THEN 'blocked address'
    WHEN last_error LIKE '%ECONNREFUSED%' THEN 'refused'
    ELSE 'network error'
  END
WHERE last_error IS NOT NULL;
`;
