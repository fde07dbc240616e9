import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Update } from 'grammy/types';

/**
 * grammY's node:http webhook adapter with a limit on the body. grammY's own adapter reads the
 * whole body into memory and answers malformed JSON with an exception (a 500): one 100 MB POST
 * with the right secret took the process from 194 to 461 MB. Here the body is read only after
 * grammY has checked the secret header (constant time; wrong or missing → 401), at most
 * `limitBytes` of it is kept (more → 413), and anything but a JSON update object is a 400.
 */
export const WEBHOOK_BODY_LIMIT = 1024 * 1024;

export class RequestRefused extends Error {
  override readonly name = 'RequestRefused';
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

export function limitedHttpAdapter(limitBytes = WEBHOOK_BODY_LIMIT) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const header = req.headers['x-telegram-bot-api-secret-token'];
    return {
      get update() {
        return readUpdate(req, limitBytes);
      },
      header: Array.isArray(header) ? header[0] : header,
      end: () => res.end(),
      respond: (json: string) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(json),
      unauthorized: () => res.writeHead(401).end('secret token is wrong'),
    };
  };
}

function readUpdate(req: IncomingMessage, limitBytes: number): Promise<Update> {
  const tooLarge = () => new RequestRefused(413, `body over ${limitBytes} bytes`);
  if (Number(req.headers['content-length']) > limitBytes) {
    req.resume(); // discard it; the 413 goes out at once
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limitBytes) chunks.push(chunk);
      else chunks.length = 0; // keep reading to the end, keep nothing
    });
    req.once('error', reject);
    req.once('end', () => {
      if (size > limitBytes) return reject(tooLarge());
      let update: unknown;
      try {
        update = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return reject(new RequestRefused(400, 'body is not JSON'));
      }
      if (
        typeof update !== 'object' ||
        update === null ||
        typeof (update as Update).update_id !== 'number'
      ) {
        return reject(new RequestRefused(400, 'body is not a Telegram update'));
      }
      resolve(update as Update);
    });
  });
}
