import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'conecta-storage-config-'));

describe('storage configuration', () => {
  it('is a folder under the data directory by default, or STORAGE_DIR', () => {
    const dir = dataDir();
    expect(loadConfig({ CONECTA_DATA_DIR: dir }).storage).toEqual({ driver: 'local', dir: join(dir, 'uploads') });
    expect(loadConfig({ CONECTA_DATA_DIR: dir, STORAGE_DIR: join(dir, 'files') }).storage).toEqual({
      driver: 'local',
      dir: join(dir, 'files'),
    });
  });

  it('is an S3-compatible bucket when configured, and names what is missing', () => {
    const dir = dataDir();
    const config = loadConfig({
      CONECTA_DATA_DIR: dir,
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'conecta',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(config.storage).toEqual({
      driver: 's3',
      endpoint: 'http://127.0.0.1:9000',
      bucket: 'conecta',
      region: 'us-east-1',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
    expect(() => loadConfig({ CONECTA_DATA_DIR: dir, STORAGE_DRIVER: 's3', S3_BUCKET: 'conecta' })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ CONECTA_DATA_DIR: dir, STORAGE_DRIVER: 's3' })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => loadConfig({ CONECTA_DATA_DIR: dir, STORAGE_DRIVER: 'ftp' })).toThrow(/STORAGE_DRIVER/);
  });
});
