import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { EDIT_TEXT } from '../src/interview/typed.js';
import { type RunningBot, startBot } from './support/bot-app.js';
import { readDocx } from './support/docx-reader.js';
import { answer, basics, draftNow, step } from './support/story.js';
import { startTelegram, type TelegramHarness } from './support/telegram.js';

/**
 * A user who fixes a figure the way Telegram invites them to — by editing the message they
 * sent — must find the fixed figure in the draft, or be told at once why it is not there.
 */

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

describe('an answer edited in the chat', () => {
  test('the stored answer follows the edit, and the draft has the new figure', async () => {
    const u = tg.user(7101);
    await basics(u, '清河镇');
    const first = await answer(u, '党委专题研究统战工作4次');
    await answer(u, '各村配备统战联络员16名');

    u.editMessage(first, '党委专题研究统战工作5次');
    const told = await u.waitFor(/已替换第2部分「组织领导与工作网络」的第1条/);
    assert.ok(told, u.transcript(4));
    const { state } = await bot.app.repo.loadUser('7101');
    assert.deepEqual(state.summaries[0]?.answers.organization?.parts, [
      '党委专题研究统战工作5次',
      '各村配备统战联络员16名',
    ]);

    await step(u, '/next', /第3\/11部分/);
    await draftNow(u);
    const doc = await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
    const text = (await readDocx(doc.file!.bytes)).paragraphs.map((p) => p.text).join('\n');
    assert.match(text, /专题研究统战工作5次/);
    assert.doesNotMatch(text, /4次/);
  });

  test('an edit of something that is no stored answer is answered, not ignored', async () => {
    const u = tg.user(7102);
    await basics(u, '清河镇');
    const command = await u.send('/review');
    await u.waitFor(/全部回答/);
    u.editMessage(command, '/review 2');
    const told = await u.waitFor(/您修改了一条已发出的消息/);
    assert.equal(told.plain, EDIT_TEXT.notAnswer);
  });

  test('after the draft, an edited answer says the draft did not change and how to change it', async () => {
    const u = tg.user(7103);
    await basics(u, '清河镇');
    const first = await answer(u, '党委专题研究统战工作4次');
    await step(u, '/next', /第3\/11部分/);
    await draftNow(u);
    await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
    u.editMessage(first, '党委专题研究统战工作6次');
    const told = await u.waitFor(/您修改了一条已发出的消息/);
    assert.equal(told.plain, EDIT_TEXT.drafted);
    const { state } = await bot.app.repo.loadUser('7103');
    assert.deepEqual(state.summaries[0]?.answers.organization?.parts, ['党委专题研究统战工作4次']);
  });
});
