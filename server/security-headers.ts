// Headers every response carries, set by hono's secureHeaders. The app loads nothing from other
// origins and is never framed; React sets inline styles through the CSSOM, which style-src does not
// govern, so the policy needs no 'unsafe-inline'.
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

const SELF = "'self'";

/** What every answer carries: this table, and nothing else of secureHeaders' defaults. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

const setSecurityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: [SELF],
    scriptSrc: [SELF],
    styleSrc: [SELF],
    imgSrc: [SELF, 'data:'],
    fontSrc: [SELF],
    connectSrc: [SELF],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: [SELF],
    formAction: [SELF],
  },
  xContentTypeOptions: true,
  referrerPolicy: 'same-origin',
  xFrameOptions: 'DENY',
  crossOriginOpenerPolicy: 'same-origin',
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  strictTransportSecurity: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
  removePoweredBy: false,
});

/**
 * secureHeaders sets the headers on the answer in place, so a string body stays a string and
 * `@hono/node-server` sends it in one write. An answer whose headers are immutable (a
 * `Response.redirect()`) cannot take them: it is copied first, its body passed on as is.
 */
export const securityHeaders: MiddlewareHandler = (c, next) =>
  setSecurityHeaders(c, async () => {
    await next();
    if (hasImmutableHeaders(c.res)) c.res = new Response(c.res.body, c.res);
  });

/** Headers say nothing of their guard; deleting one that is not there is the cheapest probe. */
function hasImmutableHeaders(response: Response): boolean {
  try {
    response.headers.delete('x-powered-by');
    return false;
  } catch {
    return true;
  }
}
