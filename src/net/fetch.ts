import type { Agent } from 'node:http';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';

/**
 * The Bot API client's fetch (issue 26): what grammY needs of fetch, on node:http directly.
 *
 * grammY on Node calls node-fetch, which builds a Request, Headers, a body stream and a Response
 * for every call: about 0.2 ms of JavaScript a call, the largest single share of an update's CPU
 * in `bench/profile.ts`. grammY uses little of that: it POSTs a JSON string (or, for uploads, a
 * stream of multipart bytes), may abort, and reads the answer with `res.json()`. This does those
 * and no more, over a keep-alive agent (or the proxy's agent from `baseFetchConfig`).
 */

const agents = {
  http: new HttpAgent({ keepAlive: true }),
  https: new HttpsAgent({ keepAlive: true }),
};

interface Init {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Readable | null;
  signal?: { aborted: boolean; addEventListener(type: 'abort', fn: () => void): void } | null;
  /** node-fetch's option, which grammY passes on from baseFetchConfig (the proxy's agent). */
  agent?: Agent;
}

export interface LightResponse {
  ok: boolean;
  status: number;
  text(): Promise<string>;
  json(): Promise<unknown>;
}

class AbortError extends Error {
  override name = 'AbortError';
}

export function botApiFetch(input: string | URL, init: Init = {}): Promise<LightResponse> {
  return new Promise((resolve, reject) => {
    const url = typeof input === 'string' ? new URL(input) : input;
    const secure = url.protocol === 'https:';
    const send = secure ? httpsRequest : httpRequest;
    const req = send(
      url,
      {
        method: init.method ?? 'GET',
        headers: init.headers,
        agent: init.agent ?? (secure ? agents.https : agents.http),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          resolve({
            ok: status >= 200 && status < 300,
            status,
            text: async () => text,
            json: async () => JSON.parse(text),
          });
        });
      },
    );
    req.on('error', reject);
    const signal = init.signal;
    if (signal) {
      const abort = () => req.destroy(new AbortError('The operation was aborted.'));
      if (signal.aborted) abort();
      else signal.addEventListener('abort', abort);
    }
    const body = init.body;
    if (body === undefined || body === null || typeof body === 'string') req.end(body ?? undefined);
    else {
      body.on('error', (error) => req.destroy(error));
      body.pipe(req);
    }
  });
}
