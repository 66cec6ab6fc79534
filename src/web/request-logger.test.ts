/**
 * @module web/request-logger.test
 * The request logger is made on first use, and then logs as Fastify's child would: with the
 * request id, the parent's level and the parent's redaction.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../log.js';
import { LazyChildLogger, lazyChildLogger } from './request-logger.js';

function sink(lines: string[]): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
}

describe('LazyChildLogger', () => {
  it('makes no child until something is logged, then logs with the bindings, redacted', () => {
    const lines: string[] = [];
    const parent = createLogger('info', sink(lines));
    const child = new LazyChildLogger(parent, { reqId: 'req-7' }, {});
    expect(child.made).toBe(false);
    expect(child.level).toBe('info');
    child.debug('below the level');
    expect(lines).toHaveLength(0);
    child.warn({ token: 'sekret-value', n: 3 }, 'something odd');
    expect(child.made).toBe(true);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ reqId: 'req-7', app: 'trackline', n: 3, msg: 'something odd' });
    expect(line['token']).toBe('[redacted]');
    expect(lines[0]).not.toContain('sekret-value');
  });

  it('takes a level of its own without changing the parent', () => {
    const lines: string[] = [];
    const parent = createLogger('warn', sink(lines));
    const child = new LazyChildLogger(parent, { reqId: 'req-8' });
    child.level = 'debug';
    child.debug('now shown');
    expect(parent.level).toBe('warn');
    expect(lines).toHaveLength(1);
    const grandchild = child.child({ step: 'two' });
    grandchild.error('and this');
    expect(JSON.parse(lines[1] ?? '{}')).toMatchObject({ reqId: 'req-8', step: 'two' });
  });

  it('is what the factory hands Fastify', () => {
    const parent = createLogger('silent');
    const made = lazyChildLogger.call(
      undefined as never,
      parent,
      { reqId: 'req-9' },
      {},
      undefined as never,
    );
    expect(made).toBeInstanceOf(LazyChildLogger);
    expect((made as LazyChildLogger).made).toBe(false);
  });
});
