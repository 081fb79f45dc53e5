// A thread reads in time order, the id breaking ties (a merged thread interleaves two histories
// whose ids do not follow their times): its pages walk this index, forwards or backwards.
export const threadTimeOrderSchema = `
CREATE INDEX messages_thread_time ON messages (conversation_id, created_at, id);
`;
