import type { Api } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../logger.js';

/**
 * An update that kills the process while it is handled (a file that makes the extraction run
 * the process out of memory, say) would come back at every start — polling replays its inbox,
 * Telegram re-sends an unanswered webhook update — and take the bot from every user each time.
 * So every update's starts are counted, and one that was started MAX_STARTS times without ever
 * finishing is set aside: not handled again, logged for the operator (ids and kind, never the
 * content), and its sender told once to send it again differently.
 *
 * Two, not three: a kill -9 for another reason (a deploy, the host, another user's file) while
 * an update is in hand is followed by one more try, which is enough for it to finish. Setting
 * an ordinary update aside takes two crashes while that very update is in hand, whereas each
 * extra try of a real poison update costs every user one more crash-and-restart (the time it
 * takes to die, e.g. a bomb file filling memory, plus the supervisor's restart delay).
 */
export const MAX_STARTS = 2;

/** What the sender is told, once, about an update set aside. */
export const POISON_TEXT = {
  document: (name: string) =>
    `您发来的文件「${name}」没能读取，已跳过。请换个格式（如另存为 .docx 或复制文字粘贴）再发。`,
  voice:
    '您发来的语音没能处理，已跳过。请重新录一段再发，或直接输入文字（可用手机输入法的语音转文字）。',
  text: (start: string) =>
    `您发来的消息「${start}」没能处理，已跳过。请重新发送；如果还不行，请换个说法或分几条发送。`,
  callback: '您刚才点的按钮没能处理，已跳过。请再点一次，或发送 /resume 查看当前进度。',
  other: '您发来的消息没能处理，已跳过。请换个方式再发（例如直接输入文字）。',
} as const;

/** How much of a file name or message the notice quotes, so the user knows which one it was. */
const QUOTE_CHARS = 20;

export type UpdateKind =
  | 'text'
  | 'document'
  | 'voice'
  | 'audio'
  | 'photo'
  | 'callback'
  | 'message'
  | 'other';

/** Who sent an update, where it goes and what it is: enough to log and to answer, no content. */
export interface UpdateFacts {
  kind: UpdateKind;
  userId?: number;
  /** The chat it came from; updates of one chat are handled in order (see bot.ts). */
  chatId?: number;
  privateChat: boolean;
}

export function updateFacts(update: Update): UpdateFacts {
  const m = update.message;
  if (m) {
    const kind: UpdateKind =
      m.text !== undefined
        ? 'text'
        : m.document
          ? 'document'
          : m.voice
            ? 'voice'
            : m.audio
              ? 'audio'
              : m.photo
                ? 'photo'
                : 'message';
    return { kind, userId: m.from?.id, chatId: m.chat.id, privateChat: m.chat.type === 'private' };
  }
  const cq = update.callback_query;
  if (cq) {
    const chat = cq.message?.chat;
    return {
      kind: 'callback',
      userId: cq.from.id,
      chatId: chat?.id ?? cq.from.id,
      privateChat: chat ? chat.type === 'private' : true,
    };
  }
  return { kind: 'other', privateChat: false };
}

/** The key updates are put in order by (bot.ts sequentializes by chat, else by sender). */
export function orderKey(update: Update): string {
  const { chatId, userId } = updateFacts(update);
  return String(chatId ?? userId ?? `update:${update.update_id}`);
}

function quote(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > QUOTE_CHARS ? `${chars.slice(0, QUOTE_CHARS).join('')}…` : chars.join('');
}

/** The one-line notice for the sender of an update set aside. */
export function poisonNotice(update: Update): string {
  const m = update.message;
  const cq = update.callback_query;
  if (m?.document) return POISON_TEXT.document(quote(m.document.file_name ?? '未命名文件'));
  if (m?.voice || m?.audio) return POISON_TEXT.voice;
  if (m?.text !== undefined) return POISON_TEXT.text(quote(m.text));
  if (cq) return POISON_TEXT.callback;
  return POISON_TEXT.other;
}

/**
 * Logs an update set aside (error level: the operator should look at what the user sent) and
 * tells its sender, in a private chat. Never rejects: the bot goes on serving either way.
 */
export async function setAside(
  api: Api,
  logger: Logger,
  update: Update,
  starts: number,
  opts: { tell: boolean } = { tell: true },
): Promise<void> {
  const { kind, userId, chatId, privateChat } = updateFacts(update);
  logger.error(
    { update: update.update_id, user: userId, kind, starts },
    `update set aside: started ${starts} times and never finished (it may crash the bot)`,
  );
  if (!opts.tell || !privateChat || chatId === undefined) return;
  try {
    await api.sendMessage(chatId, poisonNotice(update));
  } catch (error) {
    logger.warn({ update: update.update_id, err: error }, 'set-aside notice not sent');
  }
}
