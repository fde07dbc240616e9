import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type RunningBot, startBot } from './support/bot-app.js';
import { basicsSteps, converse, draftNow, RECORDED } from './support/story.js';
import { startTelegram, type TelegramHarness, type TestUser } from './support/telegram.js';

/** Fifty people interviewing at the same moment; every draft holds only its author's facts. */

const USERS = 50;
let tg: TelegramHarness;
let bot: RunningBot;

before(async () => {
  tg = await startTelegram({ timeoutMs: 60_000 });
  bot = await startBot(tg);
});
after(async () => {
  await bot.stop();
  await tg.close();
});

const unitOf = (id: number) => `第${id}号镇`;
const factsOf = (id: number) => [`党委专题研究统战工作${id}次`, `举办讲座，${id + 7}人参加`];

async function interview(u: TestUser): Promise<string> {
  const id = u.id;
  await converse(u, [
    ...basicsSteps(unitOf(id)),
    [factsOf(id)[0]!, RECORDED],
    ['/next', /第3\/11部分/],
    [factsOf(id)[1]!, RECORDED],
    ['/next', /第4\/11部分/],
  ]);
  await draftNow(u);
  await u.waitForCall('sendDocument');
  const draft = u.messages().find((m) => m.text.startsWith(`${unitOf(id)}2026年统战工作总结\n`));
  assert.ok(draft, u.transcript(5));
  return draft.text;
}

describe('50 users at once', () => {
  test('each draft contains exactly its own facts and nobody else’s', async () => {
    const ids = Array.from({ length: USERS }, (_, i) => 4001 + i);
    const drafts = await Promise.all(ids.map((id) => interview(tg.user(id))));
    drafts.forEach((draft, i) => {
      const id = ids[i]!;
      for (const fact of factsOf(id)) assert.ok(draft.includes(fact), `user ${id} lost ${fact}`);
      for (const other of ids) {
        if (other === id) continue;
        assert.ok(!draft.includes(unitOf(other)), `user ${id}'s draft names ${unitOf(other)}`);
        assert.ok(
          !draft.includes(`统战工作${other}次`),
          `user ${id}'s draft carries user ${other}'s fact`,
        );
      }
    });
    for (const id of ids) {
      const { state } = await bot.app.repo.loadUser(String(id));
      assert.deepEqual(state.summaries[0]?.answers.organization?.parts, [factsOf(id)[0]]);
    }
  });
});
