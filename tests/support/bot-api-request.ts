import type http from 'node:http';

/**
 * A Bot API request's parameters as the test proxy reads them: JSON, or multipart/form-data
 * when grammY uploads a file (the file's name and bytes are kept).
 */

/** A file uploaded by the bot (multipart/form-data part). */
export interface UploadedFile {
  /** multipart field name (grammY uses a random id and refers to it via attach://id) */
  field: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

export interface ParsedRequest {
  /** the parameters; attach:// references are replaced by the UploadedFile */
  payload: Record<string, unknown>;
  files: UploadedFile[];
}

export function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A form field's value, JSON-decoded when it is an object or array (reply_markup). */
function jsonish(v: string): unknown {
  if (!/^\s*[[{]/.test(v)) return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

interface MultipartPart {
  name: string;
  fileName?: string;
  contentType?: string;
  data: Buffer;
}

/** Parses multipart/form-data as grammY sends it (file uploads). */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const parts: MultipartPart[] = [];
  const delim = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delim);
  while (pos !== -1) {
    let start = pos + delim.length;
    if (body[start] === 0x2d && body[start + 1] === 0x2d) break; // closing --boundary--
    if (body[start] === 0x0d && body[start + 1] === 0x0a) start += 2;
    const next = body.indexOf(delim, start);
    if (next === -1) break;
    const end = body[next - 2] === 0x0d && body[next - 1] === 0x0a ? next - 2 : next;
    const part = body.subarray(start, end);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? '';
      // grammY writes filename= unquoted (the name may contain spaces); others quote it
      const fn = /;\s*filename=(?:"([^"]*)"|(.*))$/i.exec(disposition.trim());
      const fileName = fn ? (fn[1] ?? fn[2] ?? '').trim() : undefined;
      parts.push({
        name: /(?:^|;)\s*name="([^"]*)"/i.exec(disposition)?.[1] ?? '',
        ...(fileName !== undefined ? { fileName } : {}),
        contentType: /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1]?.trim(),
        data: Buffer.from(part.subarray(headerEnd + 4)),
      });
    }
    pos = next;
  }
  return parts;
}

/** A request's parameters (JSON or multipart); attach:// references resolved to the files. */
export function parseRequest(contentType: string, body: Buffer): ParsedRequest {
  const payload: Record<string, unknown> = {};
  const files: UploadedFile[] = [];
  if (body.length === 0) return { payload, files };
  const boundary = /multipart\/form-data.*boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    if (isRecord(parsed)) Object.assign(payload, parsed);
    return { payload, files };
  }
  const byField = new Map<string, UploadedFile>();
  for (const part of parseMultipart(body, (boundary[1] ?? boundary[2] ?? '').trim())) {
    if (part.fileName === undefined) {
      payload[part.name] = jsonish(part.data.toString('utf8'));
      continue;
    }
    const f: UploadedFile = {
      field: part.name,
      fileName: part.fileName,
      contentType: part.contentType ?? 'application/octet-stream',
      bytes: part.data,
    };
    files.push(f);
    byField.set(part.name, f);
  }
  for (const [k, v] of Object.entries(payload)) {
    if (typeof v === 'string' && v.startsWith('attach://')) payload[k] = byField.get(v.slice(9));
  }
  return { payload, files };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !Buffer.isBuffer(v);
}
