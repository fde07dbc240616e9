import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { hasFfmpeg } from '../src/intake/convert.js';
import { type ModelBot, type RunningBot, startBot, startModelBot } from './support/bot-app.js';
import { startBotProcess } from './support/bot-process.js';
import { makeDocx, makePdf } from './support/documents.js';
import { DEFAULT_TRANSCRIPT, type OpenAIMock, startOpenAIMock } from './support/openai-mock.js';
import { answer, basics, partCard } from './support/story.js';
import { startTelegram, type TelegramHarness } from './support/telegram.js';

/**
 * Material that is not typed, end to end over HTTP: voice notes transcribed by a loopback
 * OpenAI-compatible server, documents made here (.docx with the docx package, .pdf by hand)
 * downloaded through getFile and sorted into parts by the loopback model, and undone.
 */

/**
 * Sentences the mock's sorter places by shared words: 组织领导 → part 2, 理论学习 → part 3. The
 * first line is the document's title: no fact, so it is left out (4 sentences are read).
 */
const MATERIAL = [
  '第三期简报',
  '镇党委加强组织领导，专题研究统战工作4次。',
  '健全工作网络，各村配备统战联络员16名。',
  '开展理论学习8次，组织党外人士学习政策。',
  '本期简报由镇党政办编印。',
];

/** Button rows as shown (the keyboard's trailing empty row left out). */
const rows = (buttons: string[][]) => buttons.filter((r) => r.length > 0);

describe('with a model and speech to text', () => {
  let tg: TelegramHarness;
  let mock: OpenAIMock;
  let bot: RunningBot;

  let stack: ModelBot;
  before(async () => {
    stack = await startModelBot({
      OPENAI_TIMEOUT_MS: '3000',
      OPENAI_MAX_RETRIES: '0',
      TRANSCRIBE_MODEL: 'mock-asr',
      VOICE_MAX_SECONDS: '120',
      VOICE_MINUTES_PER_DAY: '1',
    });
    ({ tg: tg, mock: mock, bot: bot } = stack);
  });
  after(() => stack.stop());

  test('a voice note is transcribed, shown back as the answer, and can be undone or retyped', async () => {
    const u = tg.user(4001);
    await basics(u, '清河镇');
    const before = mock.transcriptions.length;
    await u.sendVoice(Buffer.from('OggS fake opus'), { duration: 4 });
    const ack = await u.waitFor(/🎤 已转写并记录/);
    assert.match(ack.plain, new RegExp(`🎤 已转写并记录：${DEFAULT_TRANSCRIPT}`));
    assert.deepEqual(rows(ack.buttons), [['撤销', '改为文字重发'], ['完成本部分 ▶']]);
    const sent = mock.transcriptions[before];
    assert.equal(sent?.fileName, 'voice.ogg', 'Telegram OGG/Opus sent as it is');
    assert.equal(sent?.model, 'mock-asr');
    assert.ok(
      u.calls('sendChatAction').some((c) => c.payload.action === 'typing'),
      'a chat action while transcribing',
    );
    await u.send('/review');
    await u.waitFor(/2\. 组织领导与工作网络：填写中（1条）｜今年开展走访慰问3次/);

    await u.tap('撤销', { inMessage: /🎤 已转写并记录/ });
    await u.waitFor(/已撤销，移除了1条/);
    const card = await u.waitFor(/第2\/11部分/);
    assert.doesNotMatch(card.plain, /已记录/);

    mock.enqueueTranscription({ text: '召开座谈会3场。' });
    await u.sendVoice(Buffer.from('OggS second'), { duration: 3 });
    await u.waitFor(/🎤 已转写并记录：召开座谈会3场。/);
    await u.tap('改为文字重发');
    await u.waitFor(/已撤销这条语音记录。请直接输入文字重发/);
    await answer(u, '召开座谈会4场。');
  });

  test('voice limits: too long, the daily minutes, a format the provider refuses', async () => {
    const w = tg.user(4005);
    const sentBefore = mock.transcriptions.length;
    await w.sendVoice(Buffer.from('OggS nowhere'), { duration: 3 });
    await w.waitFor(/您当前没有进行中的总结。请先发送 \/new 新建总结/);
    assert.equal(mock.transcriptions.length, sentBefore, 'no audio sent for nothing');
    await basics(w, '清河镇');
    await w.send('/cancel');
    await w.waitFor(/暂停|已保存/);
    await w.sendVoice(Buffer.from('OggS paused'), { duration: 3 });
    const paused = await w.waitFor(/当前总结已暂停/);
    assert.ok(paused.buttons.flat().includes('继续上次'));
    assert.equal(mock.transcriptions.length, sentBefore, 'nor for a paused summary');
    const u = tg.user(4002);
    await basics(u, '清河镇');
    const before = mock.transcriptions.length;
    await u.sendVoice(Buffer.from('OggS long'), { duration: 600 });
    await u.waitFor(/这条语音有 600 秒，超过了 120 秒的上限/);
    assert.equal(mock.transcriptions.length, before, 'nothing sent to the provider');

    await u.sendVoice(Buffer.from('OggS a'), { duration: 50 });
    await u.waitFor(/🎤 已转写并记录/);
    await u.sendVoice(Buffer.from('OggS b'), { duration: 20 });
    await u.waitFor(/今天的语音转写额度（每天 1 分钟）已用完/);
    assert.equal(mock.transcriptions.length, before + 1);
    const { state } = await bot.app.repo.loadUser('4002');
    assert.equal(state.voiceToday?.seconds, 50, 'the minutes are stored with the transcript');

    const v = tg.user(4003);
    await basics(v, '清河镇');
    mock.enqueueTranscription({
      status: 400,
      message: 'Invalid file format. Supported formats: mp3, wav',
    });
    await v.sendVoice(Buffer.from('OggS c'), { duration: 3 });
    if (hasFfmpeg()) {
      await v.waitFor(/语音转写暂时不可用|🎤 已转写并记录/);
    } else {
      await v.waitFor(/不接受这种音频格式，服务器上也没有 ffmpeg/);
    }
    await v.send('/review');
    await v.waitFor(/2\. 组织领导与工作网络：未填/);
  });

  test('a recording sent as a file is transcribed like a voice note', async () => {
    const u = tg.user(4006);
    await basics(u, '清河镇');
    mock.enqueueTranscription({ text: '座谈会上大家提了12条建议。' });
    await u.sendDocument('新录音 3.m4a', Buffer.alloc(8_000, 1), { mimeType: 'audio/mp4' });
    await u.waitFor(/🎤 已转写并记录：座谈会上大家提了12条建议。/);
    assert.equal(mock.transcriptions.at(-1)?.fileName, '新录音 3.m4a');
    const { state } = await bot.app.repo.loadUser('4006');
    assert.equal(state.voiceToday?.seconds, 2, 'its length estimated from the size');
  });

  test('a format the provider refuses is converted with ffmpeg and sent again; temp files go', async () => {
    // A stand-in ffmpeg on PATH: copies its input to its output (the real one converts).
    const bin = mkdtempSync(join(tmpdir(), 'zongjie-fake-ffmpeg-'));
    const script = join(bin, 'ffmpeg');
    writeFileSync(
      script,
      '#!/bin/sh\n[ "$1" = "-version" ] && exit 0\nwhile [ "$1" != "-i" ]; do shift; done\nin="$2"\nfor a; do out="$a"; done\ncp "$in" "$out"\n',
    );
    chmodSync(script, 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    const audioDirs = () => readdirSync(tmpdir()).filter((n) => n.startsWith('zongjie-audio-'));
    const dirsBefore = audioDirs().length;
    try {
      assert.equal(hasFfmpeg(true), true);
      const u = tg.user(4004);
      await basics(u, '清河镇');
      const before = mock.transcriptions.length;
      mock.enqueueTranscription(
        { status: 400, message: 'Unsupported audio format: ogg' },
        { text: '开展联谊活动2次。' },
      );
      await u.sendVoice(Buffer.from('OggS opus bytes'), { duration: 2 });
      await u.waitFor(/🎤 已转写并记录：开展联谊活动2次。/);
      assert.deepEqual(
        mock.transcriptions.slice(before).map((t) => t.fileName),
        ['voice.ogg', 'voice.wav'],
      );
      assert.equal(audioDirs().length, dirsBefore, 'the temp dir is deleted');
    } finally {
      process.env.PATH = path;
      hasFfmpeg(true);
      rmSync(bin, { recursive: true, force: true });
    }
  });

  test('a model answer that is not the JSON asked for places nothing and says so', async () => {
    const u = tg.user(4015);
    await basics(u, '清河镇');
    await u.sendDocument('简报.docx', await makeDocx(MATERIAL));
    await u.waitFor(/已读取文件《简报\.docx》/);
    mock.enqueue({ reply: '好的，我来整理一下。' });
    await u.tap('按部分整理');
    await u.waitFor(/按部分整理没有成功/);
    mock.enqueue({ reply: '{"assignments":[{"sentence":"一","part":2}]}' });
    await u.tap('按部分整理', { inMessage: /已读取文件/ });
    await u.waitFor(/按部分整理没有成功/);
    await u.send('/review');
    await u.waitFor(/2\. 组织领导与工作网络：未填/);
    // The text is still there: a third try works.
    await u.tap('按部分整理', { inMessage: /已读取文件/ });
    await u.waitFor(/已归入：第2部分 2句、第3部分 1句；未归入 1句/);
  });

  test('a .docx is sorted into parts by one model request, reviewed per part and undone', async () => {
    const u = tg.user(4010);
    await basics(u, '清河镇');
    const opened = u.lastMessage();
    await u.sendDocument('工作简报.docx', await makeDocx(MATERIAL), {
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const offer = await u.waitFor(/已读取文件《工作简报\.docx》/);
    assert.match(offer.plain, /4句/);
    assert.doesNotMatch(offer.plain, /第一句：「第三期简报」/, 'the title is no sentence');
    assert.deepEqual(rows(offer.buttons), [['按部分整理', '全部加入本部分']]);
    const requests = mock.requests.length;
    await u.tap('按部分整理');
    const done = await u.waitFor(/已归入：/);
    assert.match(done.plain, /已归入：第2部分 2句、第3部分 1句；未归入 1句/);
    assert.match(done.plain, /本期简报由镇党政办编印/);
    assert.deepEqual(rows(done.buttons), [['查看第2部分', '查看第3部分'], ['撤销']]);
    assert.equal(mock.requests.length, requests + 1, 'one request');
    const asked = mock.requests.at(-1)?.body.messages.at(-1)?.content ?? '';
    assert.match(asked, /健全工作网络，各村配备统战联络员16名。/);

    await u.tap('查看第2部分');
    const card = await u.waitFor(partCard(2));
    assert.match(card.plain, /1\. 📄镇党委加强组织领导，专题研究统战工作4次。/);
    assert.match(card.plain, /2\. 📄健全工作网络，各村配备统战联络员16名。/);
    // The card shown before the sorting collapses to what the part holds now, not to its
    // opening's empty line.
    const old = u.messages().find((m) => m.messageId === opened?.messageId);
    assert.equal(old?.text, '第2/11部分 · 组织领导与工作网络：已记录2条');
    await u.send('/review');
    const review = await u.waitFor(/全部回答/);
    assert.match(review.plain, /📄 第2部分有2句来自文件（原句）/);
    assert.match(review.plain, /📄 第3部分有1句来自文件（原句）/);

    await u.tap('撤销', { inMessage: /已归入/ });
    await u.waitFor(/已撤销，移除了3条/);
    await u.send('/review');
    const after = await u.waitFor(/全部回答/);
    assert.match(after.plain, /2\. 组织领导与工作网络：未填/);
    assert.match(after.plain, /3\. 理论学习与政策宣传：未填/);
    // The same offer cannot place the sentences twice.
    await u.tap('按部分整理', { inMessage: /已读取文件/ });
    await u.waitFor(/这份材料已过期或已整理过/);
  });

  test('a text-layer .pdf is sorted the same way', async () => {
    const u = tg.user(4011);
    await basics(u, '清河镇');
    await u.sendDocument('台账.pdf', makePdf([MATERIAL.slice(0, 3), MATERIAL.slice(3)]), {
      mimeType: 'application/pdf',
    });
    await u.waitFor(/已读取文件《台账\.pdf》/);
    await u.tap('按部分整理');
    const done = await u.waitFor(/已归入：/);
    assert.match(done.plain, /已归入：第2部分 2句、第3部分 1句；未归入 1句/);
  });

  test('a pasted message over 300 字 is recorded, then can be sorted into parts', async () => {
    const u = tg.user(4012);
    await basics(u, '清河镇');
    const opened = u.lastMessage();
    const filler = Array.from(
      { length: 12 },
      (_, i) => `镇党委第${i + 1}次专题研究统战工作，加强组织领导，推动各项任务落实落细。`,
    ).join('');
    const pasted = `${filler}开展理论学习8次，组织党外人士学习政策。`;
    await answer(u, pasted);
    const offer = await u.waitFor(/已读取这段文字/);
    assert.match(offer.plain, /这段文字较长，已先原样记入第2部分。请选择/);
    assert.deepEqual(rows(offer.buttons), [['按部分整理', '按句分开', '撤出这段']]);
    await u.tap('按部分整理');
    const done = await u.waitFor(/已归入：/);
    assert.match(done.plain, /第2部分 12句、第3部分 1句/);
    await u.send('/review');
    const review = await u.waitFor(/全部回答/);
    assert.match(review.plain, /2\. 组织领导与工作网络：填写中（12条）/);
    await u.tap('查看第2部分');
    const card = await u.waitFor(partCard(2));
    assert.match(card.plain, /已记录12条/);
    // The card lists the first 8 and counts the rest; the 12th is stored, from the file.
    assert.match(card.plain, /8\. 📄镇党委第8次专题研究/);
    assert.match(card.plain, /……另有4条/);
    const placed = (await bot.app.repo.loadUser('4012')).state.summaries[0]?.answers.organization;
    assert.equal(placed?.parts.length, 12);
    assert.match(placed?.parts[11] ?? '', /^镇党委第12次专题研究/);
    assert.equal(placed?.source?.[11]?.kind, 'document');
    // The card above (it showed the pasted message) collapses to the 12, not to the 1.
    const old = u.messages().find((m) => m.messageId === opened?.messageId);
    assert.equal(old?.text, '第2/11部分 · 组织领导与工作网络：已记录12条');
    // Undone, the pasted message is back as it was typed.
    await u.tap('撤销', { inMessage: /已归入/ });
    await u.waitFor(/已撤销，移除了13条（本次加入的全部句子）。原来粘贴的整段文字已放回原处。/);
    const { state } = await bot.app.repo.loadUser('4012');
    assert.deepEqual(state.summaries[0]?.answers.organization?.parts, [pasted]);
  });

  test('/delete removes placed sentences and the text waiting in memory', async () => {
    const u = tg.user(4014);
    await basics(u, '清河镇');
    await u.sendDocument('简报.docx', await makeDocx(MATERIAL));
    await u.waitFor(/已读取文件《简报\.docx》/);
    await u.tap('全部加入本部分');
    await u.waitFor(/已归入：第2部分 4句/);
    await u.sendDocument('简报2.docx', await makeDocx(MATERIAL));
    await u.waitFor(/已读取文件《简报2\.docx》/);
    await u.send('/delete');
    await u.tap('确认删除');
    await u.waitFor(/已删除您的全部数据/);
    const { state } = await bot.app.repo.loadUser('4014');
    assert.equal(state.summaries.length, 0);
    const requests = mock.requests.length;
    await u.send('/new');
    await u.waitFor(/请选择要写的总结类型/);
    await u.send('1');
    await u.waitFor(/单位全称/);
    await u.tap('按部分整理', { inMessage: /简报2\.docx/ });
    await u.waitFor(/这个按钮已过期|这份材料已过期或已整理过/);
    assert.equal(mock.requests.length, requests, 'nothing sent to the model');
  });

  test("with a model, the draft request marks last period's unconfirmed text as 待核实", async () => {
    const u = tg.user(4016);
    await basics(u, '清河镇');
    await answer(u, '镇党委专题研究统战工作4次，配备联络员16名');
    for (let part = 2; part <= 11; part++) {
      await u.send(part === 2 ? '/next' : '/skip');
      await u.waitFor(part === 11 ? /所有部分/ : new RegExp(`第${part + 1}/11部分`));
    }
    await u.send('/new');
    await u.waitFor(/请选择要写的总结类型/);
    await u.send('1');
    await u.waitFor(/单位全称/);
    await u.tap('沿用上次的基本信息');
    await u.waitFor(/这份总结覆盖哪个时间段/);
    await u.send('上半年');
    await u.waitFor(/哪一年/);
    await u.send('2026');
    await u.waitFor(/上级指导部门/);
    await u.send('/skip');
    await u.waitFor(/领导机关/);
    await u.send('/skip');
    await u.waitFor(/落款/);
    await u.send('/skip');
    await u.waitFor(/上次写了：镇党委专题研究统战工作4次/);
    await u.tap('参考上次');
    await u.waitFor(/已参考上次的内容（⚠ 待核实）/);
    await answer(u, '今年新增联络员3名');
    await u.send('/next');
    await u.waitFor(/第3\/11部分/);
    // The screen also names the 9 parts never answered, so its go button is [照样生成].
    await u.send('/draft');
    await u.waitFor(/还有9部分没有回答[\s\S]*第2部分沿用了上次总结的内容，还没有核实/);
    await u.tap('照样生成');
    await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
    const compose = mock.requests.findLast((r) =>
      r.body.messages.some((m) => m.content.includes('"标题"')),
    );
    const data = compose?.body.messages.at(-1)?.content ?? '';
    assert.match(data, /"回答":\["今年新增联络员3名"\]/);
    assert.match(data, /"待核实":\["镇党委专题研究统战工作4次，配备联络员16名"\]/);
    assert.match(
      compose?.body.messages[0]?.content ?? '',
      /“待核实”是沿用上次总结、用户尚未核实的内容/,
    );
    const checklist = u.messages().findLast((m) => /核对清单|核对完成/.test(m.text));
    assert.match(checklist?.text ?? '', /「组织领导与工作网络」/);
  });

  test('files that cannot be read get a message saying what to send instead', async () => {
    const u = tg.user(4013);
    await basics(u, '清河镇');
    await u.sendRaw({
      document: {
        file_id: 'BIG',
        file_unique_id: 'BIGu',
        file_name: '全年台账.docx',
        file_size: 25 * 1024 * 1024,
      },
    });
    await u.waitFor(/超过 20 MB/);
    await u.sendDocument('扫描件.pdf', makePdf([['x'], ['y']], { scanned: true }));
    await u.waitFor(/没有可读的文字（可能是扫描件或图片）/);
    await u.sendDocument('去年总结.doc', Buffer.from('\xD0\xCF\x11\xE0 old word', 'latin1'));
    await u.waitFor(/旧版 Word（\.doc）或 WPS（\.wps）文件/);
    await u.sendDocument('总结.wps', Buffer.from('wps'));
    await u.waitFor(/「另存为」\.docx/);
    await u.sendDocument('表格.xlsx', Buffer.from('PK'));
    await u.waitFor(/暂不支持 \.xlsx 文件/);
    await u.sendDocument('坏文件.docx', Buffer.from('not a zip'));
    await u.waitFor(/这个文件打不开/);
    await u.sendRaw({ photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }] });
    await u.waitFor(/图片里的文字我读不了/);
    await u.send('/review');
    await u.waitFor(/2\. 组织领导与工作网络：未填/);
  });
});

describe('without a model', () => {
  let tg: TelegramHarness;
  let bot: RunningBot;

  before(async () => {
    tg = await startTelegram({ timeoutMs: 15_000 });
    bot = await startBot(tg);
  });
  after(async () => {
    await bot.stop();
    await tg.close();
  });

  test("last year's summary pasted into a part is recorded, then offered: split it or take it out", async () => {
    const u = tg.user(4120);
    await basics(u, '清河镇');
    const lastYear = [
      '清河镇2025年统战工作总结',
      '一、加强组织领导',
      '2025年，镇党委专题研究统战工作3次，调整充实统战工作领导小组。',
      '二、存在的不足',
      '党外代表人士队伍结构不够合理，作用发挥还不充分。',
      '三、下一步工作打算',
      '进一步加强党外代表人士队伍建设，健全联系交友制度，推动统战工作再上新台阶。',
    ].join('\n');
    await answer(u, lastYear);
    const offer = await u.waitFor(/已读取这段文字/);
    assert.match(
      offer.plain,
      /像一份完整的材料（有别的年份、小标题或不足、打算），已先原样记入第2部分/,
    );
    assert.deepEqual(rows(offer.buttons), [['按句分开', '撤出这段']]);
    // Taken out: the part holds nothing of it; 撤销 puts it back as it was sent.
    await u.tap('撤出这段');
    await u.waitFor(/已撤出这段文字，没有记入/);
    let { state } = await bot.app.repo.loadUser('4120');
    assert.deepEqual(state.summaries[0]?.answers.organization?.parts ?? [], []);
    await u.tap('撤销', { inMessage: /已撤出/ });
    await u.waitFor(/原来粘贴的整段文字已放回原处/);
    ({ state } = await bot.app.repo.loadUser('4120'));
    assert.deepEqual(state.summaries[0]?.answers.organization?.parts, [lastYear]);

    // Sent again and split: its sentences become messages, its title and headings left out.
    await answer(u, lastYear);
    await u.waitFor(/像一份完整的材料/);
    await u.tap('按句分开', { fresh: true });
    await u.waitFor(/已归入：第2部分 3句/);
    ({ state } = await bot.app.repo.loadUser('4120'));
    const parts = state.summaries[0]?.answers.organization?.parts ?? [];
    assert.ok(parts.includes('2025年，镇党委专题研究统战工作3次，调整充实统战工作领导小组。'));
    assert.ok(
      !parts.some((p) => /^(?:清河镇2025年统战工作总结|一、加强组织领导|二、存在的不足)$/.test(p)),
    );
  });

  test('a voice note gets the usual reply; a document is added to the current part', async () => {
    const u = tg.user(4101);
    await basics(u, '清河镇');
    await u.sendVoice();
    await u.waitFor('请发送文字（可用手机输入法的语音转文字）。');
    await u.sendDocument('录音.m4a', Buffer.alloc(100, 1), { mimeType: 'audio/mp4' });
    await u.waitFor(/录音文件需要语音转写，本助手目前没有开启/);
    await u.sendDocument('台账.txt', Buffer.from(MATERIAL.join('\n')), { mimeType: 'text/plain' });
    const offer = await u.waitFor(/已读取文件《台账\.txt》：约\d+字、4句/);
    assert.match(offer.plain, /未配置大模型，无法自动分类/);
    assert.deepEqual(rows(offer.buttons), [['加入第2部分']]);
    await u.tap('加入第2部分');
    const done = await u.waitFor(/已归入：/);
    assert.match(done.plain, /已归入：第2部分 4句；未归入 0句/);
    await u.send('/review');
    // The title (第三期简报) is no answer: the part starts with the first sentence.
    await u.waitFor(/2\. 组织领导与工作网络：填写中（4条）｜镇党委加强组织领导/);
  });

  test('at review the user picks the part with buttons; a GBK .txt and a .md are read', async () => {
    const u = tg.user(4102);
    await basics(u, '清河镇');
    await answer(u, '镇党委专题研究统战工作4次');
    for (let part = 2; part <= 11; part++) {
      await u.send(part === 2 ? '/next' : '/skip');
      await u.waitFor(part === 11 ? /所有部分/ : new RegExp(`第${part + 1}/11部分`));
    }
    await u.sendDocument(
      '学习记录.md',
      Buffer.from('# 学习记录\n\n- 开展理论学习8次。\n- 组织党外人士学习政策。'),
    );
    const offer = await u.waitFor(/已读取文件《学习记录\.md》/);
    assert.match(offer.plain, /请选择要把全文加入哪个部分/);
    assert.deepEqual(rows(offer.buttons), [
      ['第2部分', '第3部分', '第4部分', '第5部分'],
      ['第6部分', '第7部分', '第8部分', '第9部分'],
      ['第10部分', '第11部分'],
    ]);
    await u.tap('第3部分');
    const done = await u.waitFor(/已归入：/);
    // The file's title (# 学习记录) is no fact: two sentences, not three.
    assert.match(done.plain, /已归入：第3部分 2句；未归入 0句/);
    await u.send('/review');
    const review = await u.waitFor(/全部回答/);
    assert.match(review.plain, /3\. 理论学习与政策宣传：填写中（2条）｜开展理论学习8次。/);

    // 开展理论学习8次。 saved by Windows Notepad as GBK.
    const gbk = Buffer.from('bfaad5b9c0edc2dbd1a7cfb038b4cea1a3', 'hex');
    await u.sendDocument('旧记录.txt', gbk);
    await u.waitFor(/已读取文件《旧记录\.txt》：约8字、1句/);
    await u.tap('第4部分');
    await u.waitFor(/已归入：第4部分 1句/);
    await u.send('/review');
    await u.waitFor(/4\. 党外代表人士与党外干部：填写中（1条）｜开展理论学习8次。/);

    // Notepad's 「Unicode」 is UTF-16 LE with a byte-order mark: read as text, not as GBK
    // nonsense, and the offer shows its first sentence before anything is stored.
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('召开党外人士座谈会3次。\r\n走访非公有制企业12家。', 'utf16le'),
    ]);
    await u.sendDocument('座谈记录.txt', utf16);
    const read = await u.waitFor(/已读取文件《座谈记录\.txt》：约\d+字、2句/);
    assert.match(read.plain, /第一句：「召开党外人士座谈会3次。」/);
    await u.tap('第5部分');
    await u.waitFor(/已归入：第5部分 2句/);
    // Binary bytes named .txt are refused, never offered.
    const binary = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256));
    await u.sendDocument('数据.txt', binary);
    await u.waitFor(/不是能识别的文字/);

    // A long text pasted at review is offered the same way.
    const pasted = Array.from(
      { length: 20 },
      (_, i) => `第${i + 1}次走访非公有制企业，帮助解决用工难题。`,
    ).join('');
    await u.send(pasted);
    const offer2 = await u.waitFor(/已读取这段文字：约\d+字、20句/);
    assert.ok(offer2.buttons.flat().includes('第6部分'));
    await u.tap('第6部分');
    await u.waitFor(/已归入：第6部分 20句；未归入 0句/);
    await u.tap('查看第6部分');
    const card = await u.waitFor(partCard(6));
    assert.match(card.plain, /已记录20条/);
    assert.match(card.plain, /8\. 📄第8次走访非公有制企业/);
    assert.match(card.plain, /……另有12条/);
    assert.doesNotMatch(card.plain, /^9\. /m);
  });

  test('a second summary offers last period: its basic info, references per part, never drafted from unconfirmed', async () => {
    const u = tg.user(4103);
    await basics(u, '清河镇', { guide: '区委统战部', leader: '镇党委' });
    await answer(u, '镇党委专题研究统战工作4次，配备联络员16名');
    await u.send('/next');
    await u.waitFor(/第3\/11部分/);
    await answer(u, '开展理论学习8次');
    for (let part = 3; part <= 10; part++) {
      await u.send(part === 3 ? '/next' : '/skip');
      await u.waitFor(new RegExp(`第${part + 1}/11部分`));
    }
    await u.send('/skip');
    // The end screen lists the parts left open; /draft right after it drafts at once.
    const end = await u.waitFor(/所有部分/);
    assert.match(end.plain, /还有8部分跳过待补/);
    await u.send('/draft');
    await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });

    // The next period.
    await u.send('/new');
    await u.waitFor(/请选择要写的总结类型/);
    await u.send('1');
    const first = await u.waitFor(/单位全称/);
    assert.match(first.plain, /上次（清河镇2026年年度）的基本信息可以沿用/);
    await u.tap('沿用上次的基本信息');
    const taken = await u.waitFor(/已沿用上次的基本信息/);
    assert.match(taken.plain, /单位名称：清河镇/);
    assert.match(taken.plain, /上级指导部门：区委统战部/);
    await u.waitFor(/这份总结覆盖哪个时间段/);
    await u.send('上半年');
    await u.waitFor(/哪一年/);
    await u.send('2026');
    await u.waitFor(/当前：区委统战部/);
    await u.send('/next');
    await u.waitFor(/当前：镇党委/);
    await u.send('/next');
    await u.waitFor(/落款/);
    await u.send('/skip');
    const card = await u.waitFor(/第2\/11部分/);
    assert.match(card.plain, /上次写了：镇党委专题研究统战工作4次，配备联络员16名/);
    assert.ok(card.buttons.flat().includes('参考上次'));
    await u.tap('参考上次');
    const copied = await u.waitFor(/已参考上次的内容（⚠ 待核实）/);
    assert.deepEqual(rows(copied.buttons), [['核实第2部分', '撤销'], ['完成本部分 ▶']]);
    await u.tap('完成本部分 ▶');
    const study = await u.waitFor(/第3\/11部分/);
    assert.match(study.plain, /上次写了：开展理论学习8次/);
    await answer(u, '今年开展理论学习10次');
    for (let part = 3; part <= 10; part++) {
      await u.send(part === 3 ? '/next' : '/skip');
      await u.waitFor(new RegExp(`第${part + 1}/11部分`));
    }
    await u.send('/skip');
    const ended = await u.waitFor(/所有部分/);
    assert.match(ended.plain, /还有8部分跳过待补/);
    await u.send('/review');
    const review = await u.waitFor(/全部回答/);
    assert.match(review.plain, /⚠ 待核实：第2部分有1条沿用上次的内容/);
    assert.ok(review.buttons.flat().includes('核实第2部分'));

    // /draft names the unconfirmed part on the screen before a draft (the parts skipped for
    // later were on the end screen, not said again); nothing is composed until the user chooses.
    const docsBefore = u.calls('sendDocument').length;
    await u.send('/draft');
    const gate = await u.waitFor(/还没有核实/);
    assert.match(gate.plain, /⚠ 第2部分沿用了上次总结的内容，还没有核实/);
    assert.doesNotMatch(gate.plain, /跳过待补/, 'the end screen said it: one screen, not two');
    assert.deepEqual(rows(gate.buttons), [['核实第2部分'], ['仍然生成（标注待核实）']]);
    u.mark();
    await u.expectSilence(300);
    assert.equal(u.calls('sendDocument').length, docsBefore, 'no draft yet');

    await u.tap('仍然生成（标注待核实）');
    await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
    const texts = u.messages().map((m) => m.text);
    const header = texts.findLastIndex((t) => t.includes('草稿第1版'));
    const draft = texts.slice(header).join('\n');
    assert.match(draft, /今年开展理论学习10次|理论学习10次/);
    assert.doesNotMatch(
      draft.split(/核对清单|核对完成/)[0] ?? '',
      /16名|4次/,
      "last year's numbers stay out",
    );
    const checklist = u.messages().findLast((m) => /核对清单|核对完成/.test(m.text));
    assert.match(checklist?.text ?? '', /沿用了上次总结的内容，尚未核实.*「组织领导与工作网络」/);

    // Confirmed on the screen before the next draft: that screen lapses with the tap, so a go
    // button that works comes with the confirmation (the skipped parts are in the first draft's
    // 核对清单, not listed again before the next).
    await u.send('/draft');
    await u.waitFor(/还没有核实/);
    await u.tap('核实第2部分');
    await u.waitFor(/已核实第2部分沿用上次的内容/);
    const again = await u.waitFor(/可以生成草稿了/);
    assert.doesNotMatch(again.plain, /还没有核实/);
    assert.deepEqual(rows(again.buttons), [['生成草稿']]);
    await u.tap('生成草稿', { inMessage: again.messageId });
    await u.waitFor(/草稿第2版/, { timeoutMs: 20_000 });
    await u.send('/review');
    const after = await u.waitFor(/全部回答/);
    assert.doesNotMatch(after.plain, /待核实/);
  });
});

describe('the operator’s logs', () => {
  test('at info level they hold counts and timings, never a transcript or a document’s text', async () => {
    const tg = await startTelegram({
      token: '777001:TEST_intake_emulator_only_not_a_token',
      timeoutMs: 30_000,
    });
    const mock = await startOpenAIMock();
    const dir = mkdtempSync(join(tmpdir(), 'zongjie-intake-logs-'));
    const bot = startBotProcess({
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      STORAGE_URL: `sqlite://${join(dir, 'bot.sqlite')}`,
      OPENAI_BASE_URL: mock.url,
      OPENAI_API_KEY: 'sk-test-not-a-secret',
      OPENAI_MODEL: 'mock-model',
      TRANSCRIBE_MODEL: 'mock-asr',
    });
    try {
      await bot.waitForLog(/"msg":"bot started"/);
      const u = tg.user(4201);
      await basics(u, '清河镇');
      mock.enqueueTranscription({ text: '语音里的秘密句子甲。' });
      await u.sendVoice(Buffer.from('OggS x'), { duration: 2 });
      await u.waitFor(/语音里的秘密句子甲/);
      await u.sendDocument('简报.docx', await makeDocx(['文件里的秘密句子乙。', ...MATERIAL]));
      await u.waitFor(/已读取文件《简报\.docx》/);
      await u.tap('按部分整理');
      await u.waitFor(/已归入：/);
      await bot.waitForLog(/"msg":"file read"/);
      const logs = bot.output();
      assert.match(logs, /"msg":"voice transcribed"/);
      assert.doesNotMatch(logs, /秘密句子|组织领导，专题研究|sk-test-not-a-secret/);
    } finally {
      bot.kill('SIGTERM');
      await bot.exited;
      await mock.close();
      await tg.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
