import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, loggableUrl } from './log.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

describe('logger', () => {
  it('redacts secrets at any depth', () => {
    const { lines, stream } = capture();
    const log = createLogger('info', stream);
    log.info(
      {
        apiKey: 'k-top',
        source: { config: { clientSecret: 's-deep' } },
        req: { headers: { authorization: 'Bearer t', 'DHL-API-Key': 'dhl-1' } },
      },
      'calling source',
    );
    const text = lines.join('');
    for (const secret of ['k-top', 's-deep', 'Bearer t', 'dhl-1']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
    expect(text).toContain('calling source');
  });

  it('drops URL queries, which may carry keys', () => {
    expect(loggableUrl('https://api.example.test/track?apikey=abc&n=1')).toBe(
      'https://api.example.test/track?…',
    );
    expect(loggableUrl('not a url')).toBe('[unparseable url]');
  });
});
