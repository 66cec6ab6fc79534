import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('uses defaults with no environment', () => {
    const config = loadConfig({}, {});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.logLevel).toBe('info');
    expect(config.dataDir.endsWith('/data')).toBe(true);
  });

  it('prefers a flag over the environment over the default', () => {
    expect(loadConfig({ TRACKLINE_PORT: '4000' }, {}).port).toBe(4000);
    expect(loadConfig({ TRACKLINE_PORT: '4000' }, { port: '5000' }).port).toBe(5000);
  });

  it('is frozen', () => {
    const config = loadConfig({}, {});
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
  });

  it.each([
    [{ TRACKLINE_PORT: 'abc' }, /TRACKLINE_PORT="abc" is not accepted; .*TCP port/],
    [{ TRACKLINE_PORT: '70000' }, /TRACKLINE_PORT/],
    [{ TRACKLINE_LOG_LEVEL: 'loud' }, /TRACKLINE_LOG_LEVEL="loud".*fatal, error, warn/],
    [{ TRACKLINE_DATABASE_URL: 'mysql://x' }, /TRACKLINE_DATABASE_URL.*postgres:\/\//],
  ])('rejects %o naming the variable', (env, message) => {
    expect(() => loadConfig(env, {})).toThrow(message);
  });

  it('names the flag when the bad value came from a flag', () => {
    expect(() => loadConfig({}, { port: '-1' })).toThrow(/--port="-1"/);
  });

  it('accepts a postgres URL', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/test';
    expect(loadConfig({ TRACKLINE_DATABASE_URL: url }, {}).databaseUrl).toBe(url);
  });
});
