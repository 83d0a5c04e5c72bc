import { join } from 'node:path';
import { localStorage } from './local-storage';
import { type S3Settings, s3Storage } from './s3-storage';
import type { Storage } from './storage';

export type StorageConfig = { driver: 'local'; dir: string } | ({ driver: 's3' } & S3Settings);
export type { Storage, StoredObject } from './storage';
export { localStorage, s3Storage };

/** The adapter the configuration names; without one, a `uploads` folder in the data directory. */
export function createStorage(config: StorageConfig | undefined, dataDir: string): Storage {
  if (config?.driver === 's3') return s3Storage(config);
  return localStorage(config?.dir ?? join(dataDir, 'uploads'));
}
