import type { BotMessage, Matcher, TestUser } from './telegram.js';

/**
 * The steps of a user's story on Telegram: what they send and what the bot answers next. One
 * place for the 基本信息 walk that many tests start with.
 */
export type Step = readonly [text: string, next: RegExp | string | typeof RECORDED];

/**
 * What follows an answer the bot stored: its ✍ reaction on that very message (no new message).
 * As a step's `next`, waits for the reaction instead of a message.
 */
export const RECORDED: unique symbol = Symbol('recorded: the bot reacts ✍ to the answer');

/** The bot's reaction calls on this user's messages (ok ones), optionally on one message. */
export function reactions(u: TestUser, messageId?: number) {
  return u
    .calls('setMessageReaction')
    .filter((c) => c.ok && (messageId === undefined || Number(c.payload.message_id) === messageId));
}

/**
 * A part's card in full (the question, what is recorded, the buttons), not the one line an old
 * card collapses to when the next one opens: `waitFor(partCard(2))`.
 */
export function partCard(part: number, of = 11): (m: BotMessage) => boolean {
  const head = `第${part}/${of}部分 · `;
  return function partCard(m) {
    return m.plain.startsWith(head) && m.plain.includes('\n');
  };
}

/** Sends an answer and waits for the bot's ✍ on it; returns the message's id. */
export async function answer(u: TestUser, text: string): Promise<number> {
  const id = await u.send(text);
  await u.waitForCall('setMessageReaction', (c) => c.ok && Number(c.payload.message_id) === id);
  return id;
}

/** Sends one message and waits for the answer that should follow it; returns that answer. */
export function step(u: TestUser, text: string, next: Matcher): Promise<BotMessage>;
export function step(u: TestUser, text: string, next: typeof RECORDED): Promise<number>;
export async function step(
  u: TestUser,
  text: string,
  next: Matcher | typeof RECORDED,
): Promise<BotMessage | number> {
  if (next === RECORDED) return answer(u, text);
  await u.send(text);
  return u.waitFor(next);
}

export async function converse(u: TestUser, steps: readonly Step[]): Promise<void> {
  for (const [text, next] of steps) {
    if (next === RECORDED) await answer(u, text);
    else await step(u, text, next);
  }
}

/**
 * /new, the 统战 template, and 基本信息 for a 乡镇 (年度 2026, optional fields skipped unless
 * given), ending at part 2.
 */
export function basicsSteps(
  unit: string,
  opts: { guide?: string; leader?: string; signer?: string; unitType?: string } = {},
): Step[] {
  return [
    ['/new', /请选择要写的总结类型/],
    ['1', /单位全称/],
    [unit, /哪一类/],
    [opts.unitType ?? '乡镇', /时间段/],
    ['年度', /哪一年/],
    ['2026', /上级指导部门/],
    [opts.guide ?? '/skip', /领导机关/],
    [opts.leader ?? '/skip', /落款/],
    [opts.signer ?? '/skip', /第2\/11部分/],
  ];
}

/** Runs basicsSteps: the user stands at part 2 afterwards. */
export function basics(u: TestUser, unit: string, opts: Parameters<typeof basicsSteps>[1] = {}) {
  return converse(u, basicsSteps(unit, opts));
}

/** The one screen before a draft: skipped parts, last period's text unverified, thin parts. */
export const DRAFT_SCREEN =
  /部分内容较少，(?:各)?补一两句会更充实|部分没有回答：|部分跳过待补：|沿用了上次总结的内容，还没有核实/;

/**
 * /draft as a user who wants the draft now: when the screen before a draft appears, one tap on
 * its [直接生成] (or [照样生成]) goes on. Returns the screen, or undefined when none was shown.
 */
export async function draftNow(
  u: TestUser,
  opts: { timeoutMs?: number } = {},
): Promise<BotMessage | undefined> {
  await u.send('/draft');
  const first = await u.waitFor(() => true, { timeoutMs: opts.timeoutMs, kinds: ['send'] });
  if (!DRAFT_SCREEN.test(first.plain)) return undefined;
  await u.tap(/^(?:直接生成|照样生成|仍然生成（标注待核实）)$/, {
    fresh: true,
    timeoutMs: opts.timeoutMs,
  });
  return first;
}
