import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startBalancer } from '../load/balancer.js';
import { type App, openApp } from '../src/app/bootstrap.js';
import { TEXT } from '../src/bot/bot.js';
import { createWebhookServer } from '../src/server/webhook.js';
import { type Availability, REDIS_URL, redisAvailable, skipOrFail } from './support/services.js';
import { basics, draftNow, partCard, RECORDED, reactions, step } from './support/story.js';
import { startTelegram, type TelegramHarness, type TestUser } from './support/telegram.js';

/**
 * Webhook mode, end to end: the harness POSTs updates (with the secret-token header) to the real
 * bot's node:http server, as Telegram does; then two instances behind a round-robin balancer
 * share one Redis. No model is configured, so drafts are offline.
 */

const TOKEN = '123456:TEST_emulator_only_not_a_real_token';
const SECRET = 'webhook_test_secret_0123456789';
const PATH = '/telegram';

type Web = Awaited<ReturnType<typeof createWebhookServer>>;
interface Instance {
  app: App;
  web: Web;
  url: string;
  stop(): Promise<void>;
}

let tg: TelegramHarness;
let dir: string;
let main: Instance;

async function startInstance(storageUrl: string): Promise<Instance> {
  const app = await openApp({
    env: {
      ALLOWED_USER_IDS: '*',
      STORAGE_URL: storageUrl,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    },
  });
  const web = await createWebhookServer(app, tg.token, tg.apiRoot, {
    port: 0,
    host: '127.0.0.1',
    path: PATH,
    secret: SECRET,
  });
  let stopped = false;
  return {
    app,
    web,
    url: `http://127.0.0.1:${web.port}${PATH}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await web.close();
      await app.close();
    },
  };
}

/** Points the harness at `url`, the way startWebhook does. */
async function setWebhook(instance: Instance, url: string) {
  await tg.waitForDelivered({ timeoutMs: 15_000 });
  await instance.web.bot.bot.api.setWebhook(url, {
    secret_token: SECRET,
    allowed_updates: ['message', 'callback_query'],
  });
}

async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

/** A Telegram text-message update for a harness user (ids far above the emulator's). */
let nextUpdateId = 900_000;
function textUpdate(u: TestUser, text: string) {
  const id = nextUpdateId++;
  return {
    update_id: id,
    message: {
      message_id: id,
      from: u.from,
      chat: u.chat,
      date: Math.floor(Date.now() / 1000),
      text,
    },
  };
}

/**
 * The acknowledgements of answers: a ✍ reaction on the message, or "已记录（本部分共N条）" where
 * the reaction is refused (the updates these tests forge name messages the server never saw).
 * A repeat only re-shows the step. Counted after `since` (a call's seq, from `lastSeq`): the
 * values typed in 基本信息 get their ✍ too.
 */
const acks = (u: TestUser, since: number) =>
  [
    ...reactions(u),
    ...u
      .calls('sendMessage')
      .filter((c) => c.ok && /已记录（本部分共/.test(String(c.payload.text))),
  ].filter((c) => c.seq > since);

/** The seq of the newest Bot API call so far. */
const lastSeq = () => tg.calls.at(-1)?.seq ?? 0;

/**
 * Waits until part 2's card lists `count` answers: its edits are throttled (500 ms), so a quiet
 * window starts after it has settled and still catches any reply that should not come.
 */
const cardShows = (u: TestUser, count: number) =>
  u.waitFor((m) => partCard(2)(m) && m.plain.includes(`已记录${count}条`));

before(async () => {
  tg = await startTelegram({ token: TOKEN, timeoutMs: 15_000 });
  dir = mkdtempSync(join(tmpdir(), 'zongjie-webhook-'));
  main = await startInstance(`sqlite://${join(dir, 'main.sqlite')}`);
  await setWebhook(main, main.url);
});

after(async () => {
  await main?.stop();
  await tg?.close();
});

describe('webhook mode, one instance', () => {
  test('a short interview and an offline draft, all through webhook POSTs', async () => {
    const u = tg.user(8101);
    const firstDelivery = tg.deliveries.length;
    await basics(u, '清河镇');
    await step(u, '党委专题研究统战工作4次', RECORDED);
    await step(u, '16个村配备统战联络员', RECORDED);
    await step(u, '/next', /第3\/11部分/);
    await step(u, '举办专题讲座3场，120人参加', RECORDED);
    await draftNow(u);
    const doc = await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
    assert.equal(doc.file?.fileName, '清河镇2026年统战工作总结（草稿v1）.docx');
    assert.equal(doc.file?.bytes.subarray(0, 2).toString(), 'PK');
    await tg.waitForDelivered();
    const mine = tg.deliveries.slice(firstDelivery);
    assert.ok(mine.length >= 13, `every update came by webhook (${mine.length} POSTs)`);
    assert.ok(
      mine.every((d) => d.status === 200 && d.url === main.url),
      JSON.stringify(mine.filter((d) => d.status !== 200)),
    );
    const { state } = await main.app.repo.loadUser('8101');
    assert.deepEqual(state.summaries[0]?.answers.organization?.parts, [
      '党委专题研究统战工作4次',
      '16个村配备统战联络员',
    ]);
  });

  test('a wrong or missing secret header gets 401 and changes nothing', async () => {
    const u = tg.user(8102);
    await basics(u, '柳河镇');
    await step(u, '党委专题研究统战工作2次', RECORDED);
    await cardShows(u, 1);
    const before = await main.app.repo.loadUser('8102');
    u.mark();
    const forged = textUpdate(u, '伪造的回答');
    const wrong = await post(main.url, forged, { 'x-telegram-bot-api-secret-token': 'not-it' });
    assert.equal(wrong.status, 401);
    const missing = await post(main.url, forged);
    assert.equal(missing.status, 401);
    const empty = await post(main.url, forged, { 'x-telegram-bot-api-secret-token': '' });
    assert.equal(empty.status, 401);
    await u.expectSilence(300);
    const afterwards = await main.app.repo.loadUser('8102');
    assert.deepEqual(afterwards, before, 'the stored state is unchanged');
    // The right secret on the same JSON is applied: the 401s were about the header only.
    const good = await post(main.url, forged, { 'x-telegram-bot-api-secret-token': SECRET });
    assert.equal(good.status, 200);
    await u.waitFor(/本部分共2条/);
  });

  test('a body over 1 MB gets 413, one that is not a JSON update 400; nothing is applied', async () => {
    const u = tg.user(8106);
    await basics(u, '石桥镇');
    await step(u, '党委专题研究统战工作6次', RECORDED);
    await cardShows(u, 1);
    const before = await main.app.repo.loadUser('8106');
    u.mark();
    const secret = { 'x-telegram-bot-api-secret-token': SECRET };
    const send = (body: string, headers: Record<string, string> = secret) =>
      fetch(main.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      }).then(async (r) => ({ status: r.status, text: await r.text() }));

    // 8 MB of valid JSON with the right secret: refused, and never held in memory.
    const huge = JSON.stringify(textUpdate(u, '长'.repeat(3 * 1024 * 1024)));
    const rss = process.memoryUsage().rss;
    assert.equal((await send(huge)).status, 413);
    assert.ok(process.memoryUsage().rss - rss < 64 * 1024 * 1024, 'memory stays flat');
    // The same without a declared length (chunked): still 413.
    const chunked = await fetch(main.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...secret },
      body: new Blob([huge]).stream(),
      duplex: 'half',
    } as RequestInit);
    assert.equal(chunked.status, 413);
    // The secret is checked before the body is read.
    assert.equal((await send(huge, { 'x-telegram-bot-api-secret-token': 'not-it' })).status, 401);

    assert.equal((await send('{"update_id": 1, "message": ')).status, 400);
    assert.equal((await send('not json at all')).status, 400);
    assert.equal((await send('[1, 2, 3]')).status, 400);
    assert.equal((await send('{"message": {}}')).status, 400);
    assert.equal((await send('')).status, 400);

    await u.expectSilence(300);
    assert.deepEqual(await main.app.repo.loadUser('8106'), before);
    // Just under the limit is fine: an ordinary update still goes through.
    const fits = JSON.stringify(textUpdate(u, '党委中心组学习2次'));
    assert.equal((await send(fits)).status, 200);
    await u.waitFor(/本部分共2条/);
  });

  test('other paths and methods get 404', async () => {
    const res = await fetch(`http://127.0.0.1:${main.web.port}/elsewhere`, { method: 'POST' });
    assert.equal(res.status, 404);
    const get = await fetch(main.url);
    assert.equal(get.status, 404);
  });

  test('the same update delivered twice is applied once (one after the other and at once)', async () => {
    const u = tg.user(8103);
    await basics(u, '桃源镇');
    const since = lastSeq();
    const headers = { 'x-telegram-bot-api-secret-token': SECRET };
    u.mark();
    const first = textUpdate(u, '党委专题研究统战工作5次');
    assert.equal((await post(main.url, first, headers)).status, 200);
    assert.equal((await post(main.url, first, headers)).status, 200);
    const second = textUpdate(u, '16个村配备统战联络员');
    const both = await Promise.all([
      post(main.url, second, headers),
      post(main.url, second, headers),
    ]);
    assert.deepEqual(
      both.map((r) => r.status),
      [200, 200],
    );
    await cardShows(u, 2);
    u.mark();
    await u.expectSilence(300);
    const { state } = await main.app.repo.loadUser('8103');
    assert.deepEqual(state.summaries[0]?.answers.organization?.parts, [
      '党委专题研究统战工作5次',
      '16个村配备统战联络员',
    ]);
    assert.equal(acks(u, since).length, 2, 'one acknowledgement per answer, none for the repeats');
    assert.ok(
      u.messages().some((m) => /^继续《桃源镇/.test(m.text)),
      'a repeat re-shows where the user stands (the first delivery may have died before replying)',
    );
  });

  test('Telegram 429 with retry_after is waited out and the reply arrives once', async () => {
    const u = tg.user(8104);
    await basics(u, '杏花镇');
    // Issue 13: an answer is acknowledged with a reaction on it, not a new message.
    tg.failNext('setMessageReaction', { status: 429, retryAfter: 0.05, chatId: u.chatId });
    const started = Date.now();
    const id = await step(u, '党委专题研究统战工作6次', RECORDED);
    const took = Date.now() - started;
    const calls = u.calls('setMessageReaction').filter((c) => Number(c.payload.message_id) === id);
    assert.deepEqual(
      calls.map((c) => (c.ok ? 'ok' : c.errorCode)),
      [429, 'ok'],
      'refused once with 429, then sent after retry_after',
    );
    assert.ok(took >= 50, `the retry waited retry_after (took ${took} ms)`);
    await tg.waitForDelivered();
    assert.equal(reactions(u, id).length, 1, 'the acknowledgement is given once');
    assert.equal(
      u.messages().filter((m) => /本部分共1条/.test(m.text)).length,
      0,
      'and no message besides',
    );
  });

  test('GET /healthz answers ok while storage works and 503 once it is closed', async () => {
    const extra = await startInstance(`sqlite://${join(dir, 'health.sqlite')}`);
    try {
      const ok = await fetch(`http://127.0.0.1:${extra.web.port}/healthz`);
      assert.equal(ok.status, 200);
      assert.equal(await ok.text(), 'ok');
      await extra.app.repo.close();
      const down = await fetch(`http://127.0.0.1:${extra.web.port}/healthz`);
      assert.equal(down.status, 503);
    } finally {
      await extra.web.close();
      await extra.app.close();
    }
    const still = await fetch(`http://127.0.0.1:${main.web.port}/healthz`);
    assert.equal(still.status, 200);
  });
});

describe('two webhook instances sharing Redis behind a round-robin balancer', () => {
  let avail: Availability = { ok: false, url: REDIS_URL, reason: 'not checked' };
  let a: Instance | undefined;
  let b: Instance | undefined;
  let lb: Awaited<ReturnType<typeof startBalancer>> | undefined;
  const ids = [8201, 8202, 8203];

  before(async () => {
    avail = await redisAvailable();
    if (!avail.ok) return;
    a = await startInstance(REDIS_URL);
    b = await startInstance(REDIS_URL);
    for (const id of ids) await a.app.repo.deleteUser(String(id));
    lb = await startBalancer([a.url, b.url], { path: PATH });
    await setWebhook(a, lb.url);
  });

  after(async () => {
    if (a) {
      for (const id of ids) await a.app.repo.deleteUser(String(id)).catch(() => {});
      // hand the webhook back to the one-instance server for anything after this suite
      await setWebhook(a, main.url).catch(() => {});
    }
    await a?.stop();
    await b?.stop();
    await lb?.close();
  });

  test("one chat's updates alternate between instances: nothing lost, nothing doubled", async (t) => {
    if (!avail.ok || !a || !b || !lb) return skipOrFail(t, 'Redis', avail);
    const u = tg.user(ids[0]!);
    const served = lb.backends.map((x) => x.served);
    await basics(u, '双实例镇');
    const since = lastSeq();
    const sent: string[] = [];
    for (let i = 1; i <= 6; i++) {
      const text = `第${i}批走访党外人士${i * 3}人`;
      sent.push(text);
      await step(u, text, RECORDED);
    }
    await step(u, '/next', /第3\/11部分/);
    await draftNow(u);
    await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
    await tg.waitForDelivered();
    // A card edit may still wait its interval on either instance (the part-2 card collapsing
    // to its line): made now, so the silence below is after everything settled, under any load.
    await a.web.bot.idle();
    await b.web.bot.idle();
    u.mark();
    await u.expectSilence(300);

    const perBackend = lb.backends.map((x, i) => x.served - served[i]!);
    assert.ok(
      perBackend.every((n) => n >= 5),
      `both instances took this chat's updates (${perBackend.join(' / ')})`,
    );
    const { state } = await a.app.repo.loadUser(String(u.id));
    assert.deepEqual(state.summaries[0]?.answers.organization?.parts, sent);
    assert.equal(state.summaries[0]?.drafts.length, 1, 'one draft, composed once');
    assert.equal(acks(u, since).length, sent.length, 'one acknowledgement per answer');
    assert.equal(u.calls('sendDocument').length, 1);
  });

  test('a card edit waiting on one instance never brings back the card the other one collapsed', async (t) => {
    if (!avail.ok || !a || !b) return skipOrFail(t, 'Redis', avail);
    const u = tg.user(ids[2]!);
    await basics(u, '两地镇');
    const card = u.lastMessage()!;
    assert.ok(partCard(2)(card), card.plain);
    const headers = { 'x-telegram-bot-api-secret-token': SECRET };
    // Two answers to instance a: the second one's edit waits out the throttle (500 ms) there…
    await post(a.url, textUpdate(u, '党委专题研究统战工作3次'), headers);
    await post(a.url, textUpdate(u, '配备统战联络员12名'), headers);
    // …while instance b finishes the part: part 3's card opens and part 2's collapses.
    u.mark();
    assert.equal((await post(b.url, textUpdate(u, '完成'), headers)).status, 200);
    await u.waitFor(partCard(3));
    // a's waiting edit, when it comes, leaves part 2's card collapsed, to its newest line.
    const last = await u.waitFor(
      (m) => m.messageId === card.messageId && m.plain.includes('已记录2条'),
      { kinds: ['edit'] },
    );
    assert.equal(last.plain, '第2/11部分 · 组织领导与工作网络：已记录2条');
    assert.deepEqual(last.buttons.flat(), [], 'no buttons come back under part 3');
    assert.equal(u.messages().filter(partCard(3)).length, 1, 'one card for part 3');
    const { state } = await b.app.repo.loadUser(String(u.id));
    assert.deepEqual(state.summaries[0]?.answers.organization?.parts, [
      '党委专题研究统战工作3次',
      '配备统战联络员12名',
    ]);
  });

  test('an update re-delivered to the other instance is recognised there', async (t) => {
    if (!avail.ok || !a || !b) return skipOrFail(t, 'Redis', avail);
    const u = tg.user(ids[1]!);
    await basics(u, '重投镇');
    const since = lastSeq();
    const headers = { 'x-telegram-bot-api-secret-token': SECRET };
    const update = textUpdate(u, '党委专题研究统战工作7次');
    assert.equal((await post(a.url, update, headers)).status, 200);
    assert.equal((await post(b.url, update, headers)).status, 200);
    const again = textUpdate(u, '16个村配备统战联络员');
    await Promise.all([post(a.url, again, headers), post(b.url, again, headers)]);
    await cardShows(u, 2);
    u.mark();
    await u.expectSilence(300);
    const { state } = await b.app.repo.loadUser(String(u.id));
    assert.deepEqual(state.summaries[0]?.answers.organization?.parts, [
      '党委专题研究统战工作7次',
      '16个村配备统战联络员',
    ]);
    assert.equal(acks(u, since).length, 2);
    assert.ok(!u.messages().some((m) => m.text === TEXT.error));
  });
});
