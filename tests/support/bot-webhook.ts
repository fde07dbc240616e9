import http from 'node:http';
import { isRecord } from './bot-api-request.js';

/**
 * Telegram's side of webhook mode for the test proxy: pending updates are POSTed to the bot's
 * webhook with the secret-token header, at most `maxConnections` at once and one at a time per
 * chat (in order); a non-2xx answer or a connection error is retried with a short backoff
 * (50 ms doubling, max 1 s) until it succeeds or the webhook is deleted.
 */

export type Update = Record<string, unknown> & { update_id: number };

/** One webhook POST made by the proxy. */
export interface WebhookDelivery {
  updateId: number;
  url: string;
  /** HTTP status of the bot's answer; 0 if the connection failed */
  status: number;
  attempt: number;
  at: number;
  error?: string;
}

export interface Webhook {
  url: string;
  secretToken?: string;
  maxConnections: number;
}

/** Where updates come from: the proxy's buffer. */
export interface UpdateQueue {
  /** the updates not yet confirmed, oldest first */
  pending(): Update[];
  /** the bot answered 2xx: the update is done */
  delivered(updateId: number): void;
  changed(): void;
}

export class WebhookSender {
  /** every POST made so far */
  readonly deliveries: WebhookDelivery[] = [];
  private hook?: Webhook;
  private readonly agent = new http.Agent({ keepAlive: true });
  private readonly chats = new Set<string>();
  private readonly updates = new Set<number>();
  private readonly retryTimers = new Set<NodeJS.Timeout>();

  constructor(private readonly queue: UpdateQueue) {}

  /** The webhook's URL; undefined in polling mode. */
  get url(): string | undefined {
    return this.hook?.url;
  }

  /** setWebhook (or deleteWebhook with undefined). */
  set(hook: Webhook | undefined): void {
    this.hook = hook;
    if (hook) setImmediate(() => this.pump());
  }

  /** Whether the update is being POSTed right now. */
  delivering(u: Update): boolean {
    return this.updates.has(u.update_id);
  }

  close(): void {
    this.hook = undefined;
    for (const t of this.retryTimers) clearTimeout(t);
    this.agent.destroy();
  }

  /** Starts POSTing whatever may go now. */
  pump(): void {
    const hook = this.hook;
    if (!hook) return;
    for (const u of this.queue.pending()) {
      if (this.updates.size >= hook.maxConnections) break;
      const key = chatKeyOf(u);
      if (this.updates.has(u.update_id) || this.chats.has(key)) continue;
      this.chats.add(key);
      this.updates.add(u.update_id);
      void this.deliver(u, key, 1);
    }
  }

  private async deliver(u: Update, key: string, attempt: number): Promise<void> {
    const hook = this.hook;
    const done = () => {
      this.chats.delete(key);
      this.updates.delete(u.update_id);
    };
    if (!hook) return done();
    const { status, error } = await this.post(hook, u);
    const at = Date.now();
    this.deliveries.push({ updateId: u.update_id, url: hook.url, status, attempt, at, error });
    if (status >= 200 && status < 300) {
      this.queue.delivered(u.update_id);
      done();
      this.queue.changed();
      this.pump();
      return;
    }
    this.queue.changed();
    const timer = setTimeout(
      () => {
        this.retryTimers.delete(timer);
        if (!this.hook) done();
        else void this.deliver(u, key, attempt + 1);
      },
      Math.min(1000, 50 * 2 ** (attempt - 1)),
    );
    this.retryTimers.add(timer);
  }

  private post(hook: Webhook, u: Update): Promise<{ status: number; error?: string }> {
    const body = JSON.stringify(u);
    return new Promise((resolve) => {
      const req = http.request(
        hook.url,
        {
          method: 'POST',
          agent: this.agent,
          timeout: 60_000,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(hook.secretToken ? { 'x-telegram-bot-api-secret-token': hook.secretToken } : {}),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
          res.on('error', (e) => resolve({ status: 0, error: String(e) }));
        },
      );
      req.on('timeout', () => req.destroy(new Error('webhook timeout')));
      req.on('error', (e) => resolve({ status: 0, error: String(e) }));
      req.end(body);
    });
  }
}

/** The chat an update belongs to: deliveries for one chat go one at a time. */
function chatKeyOf(u: Update): string {
  const m = isRecord(u.message) ? u.message : undefined;
  const cq = isRecord(u.callback_query) ? u.callback_query : undefined;
  const chat =
    (m && isRecord(m.chat) ? m.chat : undefined) ??
    (cq && isRecord(cq.message) && isRecord(cq.message.chat) ? cq.message.chat : undefined);
  if (chat) return `chat:${String(chat.id)}`;
  const from = cq && isRecord(cq.from) ? cq.from : undefined;
  return from ? `user:${String(from.id)}` : `update:${u.update_id}`;
}
