import type { Event } from './types.js';

/**
 * Slash commands, the same in the terminal and on Telegram. Returns undefined for text that is
 * not a command (an answer). `/edit 3`, `/revise 第二部分写具体些` carry their argument.
 */
export const COMMANDS: { command: string; description: string }[] = [
  { command: 'start', description: '开始 / 主菜单' },
  { command: 'new', description: '新建总结' },
  { command: 'next', description: '完成本部分，进入下一部分' },
  { command: 'skip', description: '跳过本部分' },
  { command: 'na', description: '本部分不涉及' },
  { command: 'back', description: '回到上一步' },
  { command: 'edit', description: '修改第N部分，如 /edit 3' },
  { command: 'review', description: '查看全部回答' },
  { command: 'outline', description: '查看草稿提纲' },
  { command: 'draft', description: '生成草稿' },
  { command: 'revise', description: '按意见修改草稿，如 /revise 写具体些' },
  { command: 'list', description: '我的总结和草稿版本' },
  { command: 'resume', description: '继续上次' },
  { command: 'cancel', description: '暂停或取消' },
  { command: 'delete', description: '删除我的全部数据' },
  { command: 'help', description: '帮助' },
];

export function parseCommand(text: string): Event | undefined {
  const m = /^\/([A-Za-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!m) return undefined;
  const name = (m[1] as string).toLowerCase();
  const arg = (m[2] ?? '').trim();
  switch (name) {
    case 'start':
      return { type: 'start' };
    case 'help':
      return { type: 'help' };
    case 'new':
      return { type: 'new' };
    case 'next':
    case 'finish':
      return { type: 'finish' };
    case 'skip':
      return { type: 'skip' };
    case 'na':
      return { type: 'na' };
    case 'back':
      return { type: 'back' };
    case 'clear':
      return { type: 'clear' };
    case 'review':
      return { type: 'review' };
    case 'outline':
      return { type: 'outline' };
    case 'draft':
      return { type: 'draft' };
    case 'list':
      return { type: 'list' };
    case 'cancel':
      return { type: 'cancel' };
    case 'delete':
      return { type: 'deleteAll' };
    case 'yes':
    case 'confirm':
      return { type: 'confirm' };
    case 'resume':
      return { type: 'resume' };
    case 'revise':
      return { type: 'revise', instruction: arg };
    case 'edit': {
      const part = Number(
        arg.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
      );
      // A missing or bad number still reaches the engine, which explains the valid range.
      return { type: 'edit', part: Number.isInteger(part) && arg !== '' ? part : 0 };
    }
    default:
      return { type: 'unknownCommand', command: `/${name}` };
  }
}
