import type {} from '@fastify/multipart';
import { BATCH_MAX_FILE_BYTES, type FieldError } from '@draftbench/contracts';
import { type FastifyRequest } from 'fastify';
import { ProblemException } from '../common/problem.exception.js';
import { multipartSource } from '../idempotency/body-digest.js';

/** What a `multipart/form-data` batch upload carries: the CSV bytes and the form fields, still unparsed. */
export interface BatchUpload {
  bytes: Uint8Array;
  fileName: string | null;
  /** Field values; JSON fields are decoded as JSON (a JSON-typed part arrives already parsed). */
  fields: Record<string, unknown>;
}

export const UPLOAD_FIELDS = ['targets', 'variants', 'parameters'] as const;
const JSON_FIELDS = new Set<string>(['targets', 'parameters']);
const FIELD_MAX_BYTES = 64 * 1024;
const FILE_NAME_MAX = 255;

const badUpload = (detail: string, errors?: FieldError[]) =>
  new ProblemException(400, 'Invalid upload', detail, errors);

/**
 * Reads the form of `POST /v1/batches`: exactly one file part named `file` and the fields `targets` (JSON),
 * `variants` and optionally `parameters` (JSON). The file is buffered (≤ 10 MiB) because the CSV reader
 * needs the whole text to detect its encoding. Limits and malformed forms become 400 problems that say
 * what to send instead.
 */
export async function readBatchUpload(request: FastifyRequest): Promise<BatchUpload> {
  let file: { bytes: Uint8Array; fileName: string | null } | undefined;
  const fields: Record<string, unknown> = {};
  try {
    const parts = multipartSource(request).parts({
      limits: {
        fileSize: BATCH_MAX_FILE_BYTES,
        files: 1,
        fields: UPLOAD_FIELDS.length,
        fieldSize: FIELD_MAX_BYTES,
        parts: UPLOAD_FIELDS.length + 1,
      },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          part.file.resume();
          throw badUpload(
            `Unexpected file part "${part.fieldname}"; send the CSV as the part named "file".`,
            [{ path: part.fieldname, message: 'Unexpected file part' }],
          );
        }
        const bytes = await part.toBuffer();
        const name = part.filename.trim().slice(0, FILE_NAME_MAX);
        file = {
          bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
          fileName: name || null,
        };
        continue;
      }
      if (!(UPLOAD_FIELDS as readonly string[]).includes(part.fieldname)) {
        throw badUpload(
          `Unknown form field "${part.fieldname}". The form takes a "file" part and the fields ${UPLOAD_FIELDS.join(', ')}.`,
          [{ path: part.fieldname, message: 'Unknown field' }],
        );
      }
      if (part.valueTruncated) {
        throw badUpload(`The field "${part.fieldname}" is longer than ${FIELD_MAX_BYTES / 1024} KiB.`, [
          { path: part.fieldname, message: 'Too long' },
        ]);
      }
      fields[part.fieldname] = fieldValue(part.fieldname, part.value);
    }
  } catch (error) {
    throw uploadProblem(error);
  }
  if (!file) {
    throw badUpload('The form has no file. Send the CSV as a file part named "file".', [
      { path: 'file', message: 'Required' },
    ]);
  }
  return { ...file, fields };
}

/** `targets` and `parameters` are JSON text; `variants` a whole number. Left as-is when unreadable, for zod to report. */
function fieldValue(name: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (JSON_FIELDS.has(name)) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      throw badUpload(`The field "${name}" must be JSON, e.g. targets=[{"provider":"template"}].`, [
        { path: name, message: 'Not valid JSON' },
      ]);
    }
  }
  return /^\s*\d+\s*$/.test(value) ? Number(value) : value;
}

/** The multipart plugin's limit errors, said in terms of this form. */
function uploadProblem(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new ProblemException(
        400,
        'Invalid batch file',
        `The file is larger than the ${BATCH_MAX_FILE_BYTES / 1024 / 1024} MiB limit. Split it into smaller files.`,
        [{ path: 'file', message: 'File too large' }],
      );
    case 'FST_FILES_LIMIT':
      return badUpload('Send one CSV file per batch, as the part named "file".');
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return badUpload(
        `The form has too many parts. It takes a "file" part and the fields ${UPLOAD_FIELDS.join(', ')}.`,
      );
    case 'FST_INVALID_JSON_FIELD_ERROR':
      return badUpload('A form field sent as application/json is not valid JSON.');
    default:
      return error;
  }
}
