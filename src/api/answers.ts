// The schema of every answer the typed client reads, by name. The client checks answers against
// these in development and tests (where a broken contract must fail loudly) and loads them on
// demand, so the production browser bundle carries neither them nor zod: see `json` in http.ts.
import { z } from 'zod';
import {
  bulkResultSchema,
  conversationDetailSchema,
  conversationPageSchema,
  inboundResultSchema,
  messagePageSchema,
  sendMessageResultSchema,
  undoResultSchema,
} from './conversation-schemas';
import { attachmentSchema, savedReplyListSchema, savedReplySchema } from './answer-schemas';
import { contactDetailSchema } from './contact-schemas';
import { errorBodySchema } from './error-schemas';
import { savedViewSchema, tagListSchema, viewListSchema } from './find-schemas';
import {
  countsSchema,
  directorySchema,
  inboxListSchema,
  meSchema,
  sessionSchema,
  reportSummarySchema,
  settingsSchema,
  webhookDeliveryListSchema,
  webhookListSchema,
  webhookSchema,
} from './org-schemas';
import { reportSeriesSchema } from './report-schemas';
import {
  inboundCloseResultSchema,
  playbookSendResultSchema,
  routedAgentAnswerSchema,
} from './routing-schemas';
import { apiTokenListSchema, createdTokenSchema } from './token-schemas';
import { notificationListSchema } from './together-schemas';

export const answerSchemas = {
  accepted: z.object({ accepted: z.literal(true) }),
  apiTokenList: apiTokenListSchema,
  attachment: attachmentSchema,
  contactDetail: contactDetailSchema,
  savedReply: savedReplySchema,
  savedReplyList: savedReplyListSchema,
  createdToken: createdTokenSchema,
  bulkResult: bulkResultSchema,
  conversationDetail: conversationDetailSchema,
  conversationPage: conversationPageSchema,
  counts: countsSchema,
  directory: directorySchema,
  error: errorBodySchema,
  inboundCloseResult: inboundCloseResultSchema,
  inboundResult: inboundResultSchema,
  inboxList: inboxListSchema,
  me: meSchema,
  notificationList: notificationListSchema,
  messagePage: messagePageSchema,
  playbookSendResult: playbookSendResultSchema,
  reportSeries: reportSeriesSchema,
  session: sessionSchema,
  reportSummary: reportSummarySchema,
  routedAgent: routedAgentAnswerSchema,
  savedView: savedViewSchema,
  tagList: tagListSchema,
  viewList: viewListSchema,
  sendMessageResult: sendMessageResultSchema,
  settings: settingsSchema,
  undoResult: undoResultSchema,
  webhook: webhookSchema,
  webhookDeliveryList: webhookDeliveryListSchema,
  webhookList: webhookListSchema,
};

export type Answers = { [K in keyof typeof answerSchemas]: z.output<(typeof answerSchemas)[K]> };
export type AnswerName = keyof Answers;
