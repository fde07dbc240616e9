import type { Action, Reply } from '../interview/types.js';

/**
 * Replies as terminal text. Actions become numbered shortcuts (/1, /2 …) so everything a
 * Telegram button does can be typed; the slash commands work as well.
 */
export function renderReply(reply: Reply, shortcuts: Action[]): string {
  const lines = [reply.kind === 'error' ? `⚠ ${reply.text}` : reply.text];
  const actions = (reply.actions ?? []).flat();
  if (actions.length > 0) {
    const start = shortcuts.length;
    shortcuts.push(...actions);
    lines.push(actions.map((a, i) => `/${start + i + 1} ${a.label}`).join('   '));
  }
  return lines.join('\n');
}
