// How large a request body may be, by route: 1 MB for JSON, more for the two routes that carry
// files (SPEC 7.4). The cap is enforced while the body streams in (hono's bodyLimit), so a
// client cannot make the server read more than the cap whatever it declares.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { INBOUND_MAX_BYTES, MAX_BODY_BYTES } from '../../api';
import { ATTACHMENT_MAX_BYTES } from '../../domain';
import { fileTooLarge } from '../service/answer';
import type { AppEnv } from './env';
import { tooLarge } from './parse';

/** `POST /api/conversations/:id/attachments`, the one multipart route. */
export const isUpload = (method: string, path: string) =>
  method === 'POST' && /^\/api\/conversations\/[^/]+\/attachments\/?$/.test(path);

/** The multipart framing around one file: boundaries and part headers. */
const MULTIPART_SLACK = 64 * 1024;

/**
 * hono's bodyLimit, with the body touched only where it must be counted: asking a request from
 * @hono/node-server for its `body`, as bodyLimit does first, builds a web `Request` and a web
 * stream over Node's (for a GET too, whose body is then null), where the route's own read takes
 * the bytes from Node's stream directly. A GET or HEAD has no body for a route to read; a declared
 * size is checked as bodyLimit would, since Node's HTTP parser holds a body to its Content-Length.
 */
function cap(maxSize: number, onError: () => never): MiddlewareHandler<AppEnv> {
  const streamed = bodyLimit({ maxSize, onError });
  return (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const declared = c.req.header('content-length');
    if (declared === undefined || c.req.header('transfer-encoding') !== undefined) {
      return streamed(c, next);
    }
    return Number.parseInt(declared, 10) > maxSize ? onError() : next();
  };
}

const jsonCap = cap(MAX_BODY_BYTES, () => {
  throw tooLarge();
});
const uploadCap = cap(ATTACHMENT_MAX_BYTES + MULTIPART_SLACK, () => {
  throw fileTooLarge();
});
const inboundCap = cap(INBOUND_MAX_BYTES, () => {
  throw tooLarge(INBOUND_MAX_BYTES);
});

/**
 * Bodies over their route's cap answer 413, whether the client declares the size or streams
 * without one; a streamed body is read here once, and the route reads the bytes kept.
 */
export const bodyCap: MiddlewareHandler<AppEnv> = (c, next) => {
  if (isUpload(c.req.method, c.req.path)) return uploadCap(c, next);
  if (c.req.method === 'POST' && c.req.path === '/api/inbound') return inboundCap(c, next);
  return jsonCap(c, next);
};
