import type { FastifyRequest } from 'fastify';
import { badRequest, HttpProblem } from './problem';

export type Upload = { fields: Record<string, string>; data: Buffer; fileName: string };
/** Reads the request's one file when the service asks for it (after authorization). */
export type ReadUpload = () => Promise<Upload>;

export const tooLarge = (detail: string) =>
  new HttpProblem({ status: 413, slug: 'too-large', title: 'Request too large', detail });
export const unsupportedType = (detail: string) =>
  new HttpProblem({ status: 415, slug: 'unsupported-media-type', title: 'Unsupported media type', detail });

/**
 * One file from a multipart/form-data request (@fastify/multipart registered by the route's
 * plugin), with the text fields sent before it. Over the limit is a 413; not multipart, a 415.
 */
export function uploadReader(request: FastifyRequest, maxBytes: number): ReadUpload {
  return async () => {
    if (!request.isMultipart()) throw unsupportedType('Send the file as multipart/form-data.');
    let file: Awaited<ReturnType<FastifyRequest['file']>>;
    let data: Buffer;
    try {
      file = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 10_000 } });
      if (!file) throw badRequest('Attach a file.', [{ path: 'file', message: 'Attach a file.' }]);
      data = await file.toBuffer();
    } catch (error) {
      if (error instanceof HttpProblem) throw error;
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
        throw tooLarge(`The file is over ${Math.round(maxBytes / 1024 / 1024)} MB.`);
      const status = (error as { statusCode?: number }).statusCode;
      if (typeof status === 'number' && status >= 400 && status < 500 && status !== 406) throw error;
      // A body that breaks off or is not well-formed multipart is the client's, never a 500.
      throw badRequest('The upload is not valid multipart/form-data.');
    }
    const fields: Record<string, string> = {};
    for (const [name, field] of Object.entries(file.fields)) {
      const value = Array.isArray(field) ? field[0] : field;
      if (value && value.type === 'field' && typeof value.value === 'string') fields[name] = value.value;
    }
    return { fields, data, fileName: file.filename || 'upload' };
  };
}
