/**
 * @module web/operator/access
 * Who may open the operator routes (`/operator/*`, `/api/v1/sources`). With an operator
 * token set (`TRACKLINE_OPERATOR_TOKEN`), a request must carry it, as the password of HTTP
 * Basic (any user name) or as `Authorization: Bearer <token>`; the comparison takes the same
 * time whatever the guess. A request without it is 401 with a Basic challenge, so a browser
 * asks for it. Without a token, only this machine's loopback clients get in (the socket's
 * address: the app does not trust proxy headers) and every other client is 403, told why.
 * The token is never logged nor echoed.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { TracklineError } from '../../errors.js';

export const OPERATOR_REALM = 'Trackline operator';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Is this socket address the machine itself? */
export function isLoopback(ip: string): boolean {
  return LOOPBACK.has(ip);
}

/** The secret a request offers: the Bearer token, or the password of HTTP Basic. */
export function offeredToken(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const match = /^\s*(\S+)\s+(\S.*)$/.exec(authorization);
  if (!match) return undefined;
  const scheme = match[1]?.toLowerCase();
  const value = (match[2] ?? '').trim();
  if (scheme === 'bearer') return value;
  if (scheme !== 'basic') return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? undefined : decoded.slice(colon + 1);
}

/** Equal strings, compared in constant time (the digests always have the same length). */
export function sameSecret(offered: string, expected: string): boolean {
  const a = createHash('sha256').update(offered, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** An onRequest hook that lets only the operator in (see the module note). */
export function operatorAccess(token: string | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (token === undefined) {
      if (isLoopback(request.ip)) return;
      throw new TracklineError('TRK_ERR_OPERATOR_LOCAL_ONLY');
    }
    const offered = offeredToken(request.headers.authorization);
    if (offered !== undefined && sameSecret(offered, token)) return;
    reply.header('WWW-Authenticate', `Basic realm="${OPERATOR_REALM}", charset="UTF-8"`);
    throw new TracklineError('TRK_ERR_OPERATOR_AUTH');
  };
}
