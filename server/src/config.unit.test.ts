import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'conecta-config-'));

describe('loadConfig', () => {
  it('defaults to PGlite in ./data with the demo on, on 127.0.0.1:3000', () => {
    const dir = dataDir();
    const config = loadConfig({ CONECTA_DATA_DIR: dir });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: null,
      demo: true,
      smtpUrl: null,
      logLevel: 'info',
    });
    expect(config.sessionSecret).toBe(readFileSync(join(dir, 'session-secret'), 'utf8'));
    expect(loadConfig({ CONECTA_DATA_DIR: dir }).sessionSecret).toBe(config.sessionSecret);
  });

  it('turns the demo off by default with DATABASE_URL and requires SESSION_SECRET there', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://localhost/conecta' })).toThrow(/SESSION_SECRET/);
    const config = loadConfig({ DATABASE_URL: 'postgres://localhost/conecta', SESSION_SECRET: 'x'.repeat(32) });
    expect(config.demo).toBe(false);
    expect(
      loadConfig({ DATABASE_URL: 'postgres://localhost/c', SESSION_SECRET: 'x'.repeat(32), CONECTA_DEMO: '1' }).demo,
    ).toBe(true);
  });

  it('takes the secret SESSION_SECRET replaced, as long as a secret must be', () => {
    const base = { DATABASE_URL: 'postgres://localhost/c', SESSION_SECRET: 'n'.repeat(32) };
    expect(loadConfig(base).previousSessionSecret).toBeNull();
    expect(loadConfig({ ...base, SESSION_SECRET_PREVIOUS: 'o'.repeat(32) }).previousSessionSecret).toBe('o'.repeat(32));
    expect(() => loadConfig({ ...base, SESSION_SECRET_PREVIOUS: 'short' })).toThrow(/SESSION_SECRET_PREVIOUS/);
  });

  it('names every bad variable', () => {
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x', CONECTA_DATA_DIR: dataDir() });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('LOG_LEVEL');
      expect(message).toContain('DATABASE_URL');
    }
  });
});
