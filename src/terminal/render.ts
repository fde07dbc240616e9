import type { Action, Reply } from '../interview/types.js';

/**
 * Replies as terminal text. Actions become numbered shortcuts (/1, /2 …) so everything a
 * Telegram button does can be typed; the slash commands work as well.
 */
export function renderReply(reply: Reply, shortcuts: Action[]): string {
  const text = withoutReplyHints(reply.text);
  const lines = [reply.kind === 'error' ? `⚠ ${text}` : text];
  const actions = (reply.actions ?? []).flat();
  if (actions.length > 0) {
    const start = shortcuts.length;
    shortcuts.push(...actions);
    lines.push(actions.map((a, i) => `/${start + i + 1} ${a.label}`).join('   '));
  }
  return lines.join('\n');
}

/**
 * A part's card that changed (an answer added or removed): Telegram edits it in place; a terminal
 * cannot, so it prints what changed — the answers from 已记录N条 on, with the shortcuts — and the
 * whole card only when there is no list (a field of 基本信息 asked next).
 */
export function renderCardChange(reply: Reply, shortcuts: Action[]): string {
  const at = reply.text.indexOf('\n已记录');
  return renderReply(at < 0 ? reply : { ...reply, text: reply.text.slice(at + 1) }, shortcuts);
}

/**
 * The engine's cards tell a Telegram user that replying to a message replaces it; a terminal has
 * no reply, so those hints are left out here (/edit N with its 删除第N条 does the same job).
 */
export function withoutReplyHints(text: string): string {
  return text
    .replace('；回复其中一条消息可替换它', '')
    .replace('（消息上的 ✍ 表示已记录，可接着发）', '')
    .replace(
      '2. 要改已发的一条：长按它点“回复”，发改好的内容即可替换（或直接编辑那条消息）。',
      '2. 要改已发的一条：/edit N 可逐条删除，再发送改好的内容。',
    );
}
