/**
 * Tests of the end-to-end Telegram harness itself (tests/support/telegram.ts), driven by a tiny
 * grammY bot that polls the harness over HTTP exactly like the real bot does.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { autoRetry } from '@grammyjs/auto-retry';
import { run, sequentialize } from '@grammyjs/runner';
import {
  Api,
  Bot,
  GrammyError,
  HttpError,
  InlineKeyboard,
  InputFile,
  webhookCallback,
} from 'grammy';
import { startTelegram, type TelegramHarness } from './support/telegram.js';

const DOC_BYTES = Buffer.from(
  Array.from({ length: 3000 }, (_, i) => (i * 7 + 3) % 256), // binary, includes \r\n and 0x00
);

function makeBot(tg: TelegramHarness, opts: { sequentialize?: boolean } = {}): Bot {
  const bot = new Bot(tg.token, { client: { apiRoot: tg.apiRoot } });
  if (opts.sequentialize) bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 5 }));
  bot.command('start', (ctx) =>
    ctx.reply('欢迎使用总结助手', {
      reply_markup: new InlineKeyboard().text('📝 新建总结', 'new').text('编辑我', 'edit'),
    }),
  );
  bot.command('doc', async (ctx) => {
    await ctx.replyWithChatAction('upload_document');
    await ctx.replyWithDocument(new InputFile(DOC_BYTES, '2025年 统战工作总结.docx'), {
      caption: '总结已生成',
    });
  });
  bot.command('chat', (ctx) => ctx.reply(`chat type: ${ctx.chat.type}, from ${ctx.from?.id}`));
  bot.command('long', (ctx) => ctx.reply('字'.repeat(5000)));
  bot.command('html', (ctx) => ctx.reply('<b>粗体</b>', { parse_mode: 'HTML' }));
  bot.command('draft', async (ctx) => {
    await ctx.api.raw.sendMessageDraft({ chat_id: ctx.chat.id, draft_id: 1, text: '正在起草…' });
    await ctx.reply('起草完成');
  });
  bot.callbackQuery('new', async (ctx) => {
    await ctx.answerCallbackQuery({ text: '好的' });
    await ctx.reply('请选择模板', {
      reply_markup: new InlineKeyboard()
        .text('统战工作总结', 'tpl:tz')
        .text('党建工作总结', 'tpl:dj'),
    });
  });
  bot.callbackQuery('edit', async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText('已编辑 ✅'); // no reply_markup: the keyboard disappears
  });
  bot.callbackQuery(/^tpl:(.+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(`模板：${ctx.match[1]}`);
  });
  bot.on('callback_query:data', (ctx) => ctx.answerCallbackQuery({ text: '按钮已过期' }));
  bot.on('message:document', async (ctx) => {
    const file = await ctx.getFile();
    const res = await fetch(`${tg.apiRoot}/file/bot${tg.token}/${file.file_path}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    await ctx.reply(`收到文件 ${ctx.message.document.file_name}：${bytes.toString('utf8')}`);
  });
  bot.on('message:sticker', (ctx) => ctx.reply('收到贴纸'));
  bot.on('message:text', (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
  bot.catch((e) => {
    // rejected calls (/long, /html) land here; the tests inspect the recorded calls
    if (!(e.error instanceof GrammyError)) console.error(e);
  });
  return bot;
}

describe('telegram harness with a polling grammY bot (bot.start)', () => {
  let tg: TelegramHarness;
  let bot: Bot;
  let polling: Promise<void>;

  before(async () => {
    tg = await startTelegram({ timeoutMs: 4000 });
    bot = makeBot(tg);
    polling = bot.start();
    await tg.waitForPolling();
  });

  after(async () => {
    await bot.stop();
    await polling;
    await tg.close();
  });

  test('echo, commands get a bot_command entity, getMe goes through', async () => {
    const u = tg.user(1001, { firstName: '张三' });
    await u.send('你好');
    const m = await u.waitFor('echo: 你好');
    assert.equal(m.chatId, 1001);
    const id = await u.send('/chat');
    await u.waitFor('chat type: private, from 1001');
    const update = await new Api(tg.token, { apiRoot: tg.apiRoot }).deleteMessage(1001, id);
    assert.equal(update, true, 'send() resolves with the user message id');
    assert.equal(bot.botInfo.username, 'TestNameBot');
  });

  test('inline keyboard, tap, answerCallbackQuery, edits', async () => {
    const u = tg.user(1002);
    await u.send('/start');
    const menu = await u.waitFor(/欢迎使用总结助手/);
    assert.equal(menu.text, '欢迎使用总结助手');
    assert.deepEqual(menu.buttons, [['📝 新建总结', '编辑我']]);
    assert.deepEqual(menu.callbackData, [['new', 'edit']]);

    const tap = await u.tap('新建总结'); // substring match
    assert.equal(tap.data, 'new');
    const answer = await u.waitForCall('answerCallbackQuery');
    assert.equal(answer.payload.text, '好的');
    assert.equal(answer.chatId, 1002);
    await u.waitFor('请选择模板');

    await u.tap('统战工作总结');
    await u.waitFor('模板：tz');

    await u.tap('编辑我', { inMessage: menu.messageId });
    const edited = await u.waitFor('已编辑');
    assert.equal(edited.messageId, menu.messageId);
    assert.equal(edited.edited, true);
    assert.deepEqual(edited.buttons, [], 'editMessageText without reply_markup drops the keyboard');
    assert.equal(u.messages()[0]?.text, '已编辑 ✅');
  });

  test('stale button: tapData with explicit data and message id', async () => {
    const u = tg.user(1003);
    await u.send('/start');
    const menu = await u.waitFor('欢迎');
    await u.tapData('gone', menu.messageId);
    const answer = await u.waitForCall('answerCallbackQuery');
    assert.equal(answer.payload.text, '按钮已过期');
  });

  test('sendDocument upload is recorded with name and bytes; chat action too', async () => {
    const u = tg.user(1004);
    await u.send('/doc');
    const call = await u.waitForCall('sendDocument');
    assert.equal(call.emulated, true);
    assert.equal(call.file?.fileName, '2025年 统战工作总结.docx');
    assert.ok(call.file?.bytes.equals(DOC_BYTES), 'document bytes round-trip');
    assert.equal(call.payload.caption, '总结已生成');
    const msg = await u.waitFor('总结已生成');
    assert.equal(msg.kind, 'document');
    assert.ok(msg.file?.bytes.equals(DOC_BYTES));
    const action = u.calls('sendChatAction')[0];
    assert.equal(action?.payload.action, 'upload_document');
    assert.ok(action && action.seq < call.seq, 'chat action came first');
    assert.ok(tg.recorded.some((c) => c.method === 'sendChatAction' && c.chatId === 1004));
  });

  test('a 429 on sendMessage is retried by @grammyjs/auto-retry', async () => {
    const u = tg.user(1005);
    tg.failNext('sendMessage', { status: 429, retryAfter: 0.05, chatId: 1005 });
    await u.send('重试');
    await u.waitFor('echo: 重试');
    const sends = u.calls('sendMessage');
    assert.equal(sends.length, 2);
    assert.equal(sends[0]?.errorCode, 429);
    assert.equal(sends[0]?.fault?.retryAfter, 0.05);
    assert.equal(sends[1]?.ok, true);
    assert.equal(u.messages().length, 1, 'the failed attempt left no message');
  });

  test('two users do not see each other’s messages', async () => {
    const a = tg.user(2001);
    const b = tg.user(2002);
    await Promise.all([a.send('我是A'), b.send('我是B')]);
    await a.waitFor('echo: 我是A');
    await b.waitFor('echo: 我是B');
    assert.deepEqual(
      a.messages().map((m) => m.text),
      ['echo: 我是A'],
    );
    assert.deepEqual(
      b.messages().map((m) => m.text),
      ['echo: 我是B'],
    );
  });

  test('group chat messages arrive with chat.type group; members share the chat', async () => {
    const g1 = tg.user(3001, { chatType: 'group', chatId: -500 });
    const g2 = tg.user(3002, { chatType: 'group', chatId: -500 });
    await g1.send('/chat');
    await g1.waitFor('chat type: group, from 3001');
    await g2.send('/chat');
    await g2.waitFor('chat type: group, from 3002');
    assert.equal(g1.messages().length, 2);
  });

  test('user uploads a document: getFile + file download work; stickers via sendRaw', async () => {
    const u = tg.user(1006);
    await u.sendDocument('材料.txt', Buffer.from('去年的材料'));
    await u.waitFor('收到文件 材料.txt：去年的材料');
    await u.sendRaw({
      sticker: {
        file_id: 'S1',
        file_unique_id: 'S1u',
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
        type: 'regular',
      },
    });
    await u.waitFor('收到贴纸');
  });

  test('what Telegram or the proxy refuses fails, and waitFor explains timeouts', async () => {
    const u = tg.user(1007);
    await u.send('/html');
    const html = await u.waitForCall('sendMessage', (c) => !c.ok);
    assert.match(html.description ?? '', /parse_mode is not emulated/);
    await u.send('/long');
    const tooLong = await u.waitForCall('sendMessage', (c) => !c.ok);
    assert.equal(tooLong.description, 'Bad Request: message is too long');

    await assert.rejects(u.waitFor('never', { timeoutMs: 150 }), (e: Error) => {
      assert.match(e.message, /Timed out after 150 ms: waitFor\("never"\) in chat 1007/);
      assert.match(e.message, /user: "\/long"/);
      assert.match(e.message, /message is too long/);
      return true;
    });
    await assert.rejects(u.tap('不存在', { timeoutMs: 100 }), /no such button/);
  });

  test('sendMessageDraft is recorded; expectSilence', async () => {
    const u = tg.user(1009);
    await u.send('/draft');
    const draft = await u.waitForCall('sendMessageDraft');
    assert.equal(draft.payload.text, '正在起草…');
    await u.waitFor('起草完成');
    u.mark();
    await u.expectSilence(150);
  });

  test('idle polling is held, not spun', async () => {
    const before = tg.pollCount;
    const t0 = Date.now();
    await new Promise((r) => setTimeout(r, 500));
    const rate = ((tg.pollCount - before) * 1000) / (Date.now() - t0);
    assert.ok(rate < 15, `getUpdates rate ${rate.toFixed(1)}/s`);
  });
});

describe('Bot API semantics of the proxy (raw Api, no bot running)', () => {
  let tg: TelegramHarness;
  let api: Api;

  before(async () => {
    tg = await startTelegram({ timeoutMs: 2000 });
    api = new Api(tg.token, { apiRoot: tg.apiRoot });
  });

  after(() => tg.close());

  test('getUpdates: offset confirms, unconfirmed updates are redelivered, limit', async () => {
    const u = tg.user(4001);
    await u.send('一');
    await u.send('二');
    const first = await api.getUpdates({ timeout: 0 });
    assert.deepEqual(
      first.map((x) => x.message?.text),
      ['一', '二'],
    );
    assert.ok(first[0]!.update_id < first[1]!.update_id);
    assert.ok(first[0]!.message!.message_id < first[1]!.message!.message_id);
    assert.equal(first[0]!.message!.chat.type, 'private');
    // not confirmed yet → delivered again (e.g. after a bot restart)
    const again = await api.getUpdates({ offset: 0, limit: 1, timeout: 0 });
    assert.equal(again.length, 1);
    assert.equal(again[0]!.update_id, first[0]!.update_id);
    const rest = await api.getUpdates({ offset: first[0]!.update_id + 1, timeout: 0 });
    assert.deepEqual(
      rest.map((x) => x.message?.text),
      ['二'],
    );
    const none = await api.getUpdates({ offset: first[1]!.update_id + 1, timeout: 0 });
    assert.deepEqual(none, []);
    assert.equal(tg.proxy.pendingUpdates(), 0);
  });

  test('getUpdates long poll: held ~pollHoldMs when empty, woken by a new update', async () => {
    const t0 = Date.now();
    const empty = await api.getUpdates({ timeout: 30 });
    const held = Date.now() - t0;
    assert.deepEqual(empty, []);
    assert.ok(held >= 80 && held < 1000, `held ${held} ms`);

    const u = tg.user(4002);
    const pending = api.getUpdates({ timeout: 30 });
    await u.send('唤醒');
    const got = await pending;
    assert.equal(got[0]?.message?.text, '唤醒');
    await api.getUpdates({ offset: got[0]!.update_id + 1, timeout: 0 });
  });

  test('failNext: 502 and dropped connections surface as errors', async () => {
    tg.failNext('sendMessage', { status: 502 });
    await assert.rejects(api.sendMessage(4003, 'x'), (e: unknown) => {
      assert.ok(e instanceof GrammyError);
      assert.equal(e.error_code, 502);
      return true;
    });
    tg.failNext('sendMessage', { dropConnection: true });
    await assert.rejects(api.sendMessage(4003, 'x'), (e: unknown) => e instanceof HttpError);
    tg.failNext('sendMessage', { status: 403, chatId: 4004 });
    await api.sendMessage(4003, 'ok for another chat');
    await assert.rejects(api.sendMessage(4004, 'blocked'), /bot was blocked by the user/);
  });

  test('edits: not modified / not found errors, results are Message objects', async () => {
    const sent = await api.sendMessage(4005, '原文', {
      reply_markup: new InlineKeyboard().text('按钮', 'b'),
    });
    assert.equal(sent.chat.id, 4005);
    assert.equal(sent.text, '原文');
    assert.ok(sent.date < 1e11, 'date is in seconds');
    const edited = await api.editMessageText(4005, sent.message_id, '新文', {
      reply_markup: new InlineKeyboard().text('按钮', 'b'),
    });
    assert.ok(typeof edited === 'object' && 'text' in edited && edited.text === '新文');
    await assert.rejects(
      api.editMessageText(4005, sent.message_id, '新文', {
        reply_markup: new InlineKeyboard().text('按钮', 'b'),
      }),
      /message is not modified/,
    );
    await assert.rejects(api.editMessageText(4005, 999999, 'x'), /message to edit not found/);
    assert.equal(await api.deleteMessage(4005, sent.message_id), true);
    await assert.rejects(api.deleteMessage(4005, sent.message_id), /message to delete not found/);
    await assert.rejects(
      api.sendMessage(4005, 'x', {
        reply_markup: new InlineKeyboard().text('长', 'x'.repeat(65)),
      }),
      /BUTTON_DATA_INVALID/,
    );
    const unknown = await api.raw.setMyCommands({
      commands: [{ command: 'start', description: '开始' }],
    });
    assert.equal(unknown, true);
    await assert.rejects(
      api.raw.forwardMessage({ chat_id: 1, from_chat_id: 2, message_id: 3 }),
      /not emulated/,
    );
    tg.respond('forwardMessage', () => ({
      message_id: 77,
      date: 0,
      chat: { id: 1, type: 'private' },
    }));
    assert.equal(
      (await api.raw.forwardMessage({ chat_id: 1, from_chat_id: 2, message_id: 3 })).message_id,
      77,
    );
  });
});

describe('50 users at once against a runner-based bot', () => {
  let tg: TelegramHarness;
  let handle: ReturnType<typeof run>;

  before(async () => {
    tg = await startTelegram({ timeoutMs: 10_000 });
    handle = run(makeBot(tg, { sequentialize: true }));
    await tg.waitForPolling();
  });

  after(async () => {
    if (handle.isRunning()) await handle.stop();
    await tg.close();
  });

  test('every user gets their own conversation', async () => {
    const users = Array.from({ length: 50 }, (_, i) => tg.user(10_000 + i));
    await Promise.all(
      users.map(async (u, i) => {
        await u.send('/start');
        await u.waitFor('欢迎');
        await u.tap('新建总结');
        await u.waitFor('请选择模板');
        await u.send(`第${i}位`);
        await u.waitFor(`echo: 第${i}位`);
      }),
    );
    for (const [i, u] of users.entries()) {
      const texts = u.messages().map((m) => m.plain);
      assert.deepEqual(texts, ['欢迎使用总结助手', '请选择模板', `echo: 第${i}位`]);
    }
    await tg.waitForDelivered();
  });
});

describe('bot as a child process: kill -9 and restart', () => {
  let tg: TelegramHarness;
  const children: ChildProcess[] = [];
  const childScript = fileURLToPath(new URL('./support/harness-child-bot.ts', import.meta.url));

  const startChild = async (slowMs: number): Promise<ChildProcess> => {
    const polled = tg.waitForPolling({ timeoutMs: 15_000 });
    const child = spawn(process.execPath, ['--import', 'tsx', childScript], {
      env: {
        ...process.env,
        TELEGRAM_API_ROOT: tg.apiRoot,
        TELEGRAM_BOT_TOKEN: tg.token,
        SLOW_MS: String(slowMs),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    children.push(child);
    await polled;
    return child;
  };

  before(async () => {
    tg = await startTelegram({ timeoutMs: 10_000 });
  });

  after(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await tg.close();
  });

  test('an update being handled when the bot dies is redelivered to the new process', async () => {
    const u = tg.user(5001);
    const first = await startChild(60_000);
    await u.send('slow');
    await u.waitFor(`pid ${first.pid} working`);
    const exited = once(first, 'exit');
    first.kill('SIGKILL');
    await exited;
    await u.send('after');

    const second = await startChild(0);
    const [done, echo] = await u.waitForMessages(2, /done slow|after/);
    assert.equal(done?.text, `pid ${second.pid} done slow`);
    assert.equal(echo?.text, `pid ${second.pid}: after`);
    const exited2 = once(second, 'exit');
    second.kill('SIGTERM');
    assert.deepEqual(await exited2, [0, null]);
    assert.equal(tg.proxy.pendingUpdates(), 0, 'bot.stop() confirmed everything');
  });
});

describe('webhook mode: the harness POSTs updates to the bot with the secret token', () => {
  let tg: TelegramHarness;
  let server: http.Server;
  let failFirst = 1;

  before(async () => {
    tg = await startTelegram({ timeoutMs: 4000, unsupported: ['sendMessageDraft'] });
    const bot = makeBot(tg);
    await bot.init();
    const handle = webhookCallback(bot, 'http', { secretToken: 's3cret' });
    server = http.createServer((req, res) => {
      if (req.headers['x-telegram-bot-api-secret-token'] !== 's3cret') {
        res.writeHead(401).end();
      } else if (failFirst-- > 0) {
        res.writeHead(500).end(); // the harness must retry
      } else {
        handle(req, res).catch(() => res.writeHead(500).end());
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await bot.api.setWebhook(`http://127.0.0.1:${port}/hook`, { secret_token: 's3cret' });
  });

  after(async () => {
    await tg.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  test('updates are delivered (and retried after a 500), getUpdates conflicts', async () => {
    const u = tg.user(6001);
    await u.send('/start');
    await u.waitFor('欢迎');
    await u.tap('新建总结');
    await u.waitFor('请选择模板');
    assert.equal(tg.deliveries[0]?.status, 500);
    assert.equal(tg.deliveries[1]?.status, 200);
    assert.equal(tg.deliveries[1]?.attempt, 2);
    const api = new Api(tg.token, { apiRoot: tg.apiRoot });
    await assert.rejects(api.getUpdates({ timeout: 0 }), /webhook is active/);
    await assert.rejects(
      api.sendMessageDraft(6001, 1, '草稿'),
      (e: unknown) => e instanceof GrammyError && e.error_code === 404,
    );
    await tg.waitForDelivered();
  });
});
