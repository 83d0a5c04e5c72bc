import type { Readable } from 'node:stream';
import { assertKey, type Storage } from './storage';

export type S3Settings = {
  endpoint: string | null;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style URLs (endpoint/bucket/key): what MinIO and most S3-compatible services expect. */
  forcePathStyle: boolean;
};

/** An S3-compatible bucket (AWS, MinIO, Garage…), requests signed with SigV4 by the AWS SDK. */
/** The SDK is large: loaded on first use, so a server on local storage never pays for it. */
const loadSdk = () => import('@aws-sdk/client-s3');

export function s3Storage(settings: S3Settings): Storage {
  let client: Promise<{
    sdk: Awaited<ReturnType<typeof loadSdk>>;
    s3: InstanceType<Awaited<ReturnType<typeof loadSdk>>['S3Client']>;
  }> | null = null;
  const connect = () => {
    client ??= loadSdk().then((sdk) => ({
      sdk,
      s3: new sdk.S3Client({
        region: settings.region,
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        forcePathStyle: settings.forcePathStyle,
        credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      }),
    }));
    return client;
  };
  const Bucket = settings.bucket;
  return {
    async put(key, body, contentType) {
      assertKey(key);
      const { sdk, s3 } = await connect();
      await s3.send(new sdk.PutObjectCommand({ Bucket, Key: key, Body: body, ContentType: contentType }));
    },
    async get(key) {
      assertKey(key);
      const { sdk, s3 } = await connect();
      try {
        const result = await s3.send(new sdk.GetObjectCommand({ Bucket, Key: key }));
        if (!result.Body) return null;
        return { body: result.Body as Readable, size: result.ContentLength ?? null };
      } catch (error) {
        if (error instanceof sdk.NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
        if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
        throw error;
      }
    },
    async delete(key) {
      assertKey(key);
      const { sdk, s3 } = await connect();
      await s3.send(new sdk.DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
