import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { BotError, webhookCallback } from 'grammy';
import type { App } from '../app/bootstrap.js';
import { stopOnSignals } from '../app/shutdown.js';
import { ALLOWED_UPDATES, createBot, registerCommands } from '../bot/bot.js';
import { attemptGuard } from './attempts.js';
import { limitedHttpAdapter, RequestRefused } from './request.js';

/**
 * Webhook mode: a node:http server taking Telegram's POSTs on WEBHOOK_URL's path — grammY checks
 * the secret-token header in constant time (wrong or missing → 401, nothing read or processed),
 * a body over 1 MB is a 413 and one that is not a JSON update a 400 — and GET /healthz for load
 * balancers (checks storage). Drafts are composed in the background, so Telegram gets its
 * answer as soon as the update's answer is stored and sent. An update re-sent after it crashed
 * the instance handling it twice is answered without being handled (see attempts.ts).
 */
export interface WebhookServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export async function createWebhookServer(
  app: App,
  token: string,
  apiRoot: string | undefined,
  opts: { port: number; path: string; secret: string; host?: string; bodyLimit?: number },
): Promise<WebhookServer & { bot: ReturnType<typeof createBot> }> {
  const zbot = createBot(app, { token, apiRoot, guard: attemptGuard(app) });
  await zbot.bot.init();
  const handleUpdate = webhookCallback(zbot.bot, limitedHttpAdapter(opts.bodyLimit), {
    secretToken: opts.secret,
    // Telegram retries a webhook call that takes too long; the per-user record of applied
    // update ids makes that retry harmless.
    timeoutMilliseconds: 55_000,
  });

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/healthz') {
      try {
        await app.repo.ping();
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      } catch {
        res.writeHead(503, { 'content-type': 'text/plain' }).end('storage unavailable');
      }
      return;
    }
    if (req.method !== 'POST' || url.pathname !== opts.path) {
      res.writeHead(404).end();
      return;
    }
    try {
      await handleUpdate(req, res);
    } catch (error) {
      if (error instanceof RequestRefused) {
        if (!res.headersSent) res.writeHead(error.status).end(error.message);
        return;
      }
      // grammY hands a webhook update's middleware error to the caller, not to bot.catch (that
      // runs only for polling): run the bot's error boundary (log, tell the user to retry) and
      // acknowledge the update, as polling does. Answering 500 instead would make Telegram
      // redeliver it again and again while storage is down, with the user left in silence.
      if (error instanceof BotError) {
        await Promise.resolve(zbot.bot.errorHandler(error)).catch(() => {});
        if (!res.headersSent) res.writeHead(200).end();
        return;
      }
      app.logger.error({ err: String(error) }, 'webhook update failed');
      if (!res.headersSent) res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(opts.port, opts.host ?? '0.0.0.0', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    server,
    port,
    bot: zbot,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await zbot.idle();
    },
  };
}

export async function startWebhook(app: App, token: string, apiRoot?: string): Promise<void> {
  const hook = app.config.webhook;
  if (!hook) throw new Error('webhook configuration missing');
  const path = new URL(hook.url).pathname || '/';
  let web: WebhookServer | undefined;
  stopOnSignals(
    app.logger,
    async () => {
      await web?.close();
      await app.close();
    },
    app.config.shutdownTimeoutMs,
  );
  const server = await createWebhookServer(app, token, apiRoot, {
    port: hook.port,
    path,
    secret: hook.secret,
  });
  web = server;
  await registerCommands(server.bot.bot);
  await server.bot.bot.api.setWebhook(hook.url, {
    secret_token: hook.secret,
    allowed_updates: [...ALLOWED_UPDATES],
  });
  app.logger.info({ port: server.port, path, mode: 'webhook' }, 'bot started');
  // Like polling: redo drafts whose instance died (a restart, or another instance killed).
  await server.bot.resumeJobs();
}
