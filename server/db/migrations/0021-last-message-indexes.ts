// A list row shows its conversation's last message and its contact's last message
// (server/sql/conversation-list.ts, ROW_JOINS): each the newest of the thread that is not a status
// line, and the newest the contact wrote. Walked backwards along messages_thread_time (migration
// 0016), each lookup read past every status line at the thread's end first: a conversation closed
// and reopened often (bulk closes, snoozes) has more of those than messages. These indexes hold
// only the lines each lookup can answer with, so it reads one entry; status lines, most of a bulk
// close's writes, go in neither.
export const lastMessageIndexesSchema = `
CREATE INDEX messages_last_shown ON messages (conversation_id, created_at, id)
  WHERE type <> 'event';
CREATE INDEX messages_last_from_contact ON messages (conversation_id, created_at, id)
  WHERE author_type = 'contact';
`;
