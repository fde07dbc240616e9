import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Drafter, FinishedDraft } from '../app/drafter.js';
import type { InterviewService } from '../app/service.js';
import { parseCommand } from '../interview/commands.js';
import type { Action, Effect, Event } from '../interview/types.js';
import { renderCardChange, renderReply } from './render.js';

/** The .docx builder (with the docx library) is loaded with the first draft, not at start-up. */
const buildDocx: typeof import('../export/docx.js').buildDocx = async (...args) =>
  (await import('../export/docx.js')).buildDocx(...args);

/**
 * The terminal chat: one line is one message, the same engine and storage as Telegram. Works
 * interactively and with piped stdin, so a whole interview can be scripted.
 */
export interface ChatOptions {
  service: InterviewService;
  drafter: Drafter;
  userId: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  interactive: boolean;
  /** Where /draft writes its files. */
  outDir: string;
}

export async function runChat(opts: ChatOptions): Promise<void> {
  const { service, drafter, userId, output } = opts;
  // Read lines from the very start: piped input may arrive (and end) while we open the chat.
  const rl = createInterface({ input: opts.input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const print = (text: string) => output.write(`${text}\n`);
  let shortcuts: Action[] = [];

  const perform = async (event: Event) => {
    const result = await service.dispatch(userId, event);
    const fresh: Action[] = [];
    // A card that changed is printed once, compactly; it says 已记录N条, so the acknowledgement
    // line (Telegram's ✍) would say it twice.
    const changed = result.replies.some((r) => r.card?.mode === 'update');
    for (const reply of result.replies) {
      if (reply.reaction && changed) continue;
      print(
        reply.card?.mode === 'update' ? renderCardChange(reply, fresh) : renderReply(reply, fresh),
      );
    }
    if (fresh.length > 0) shortcuts = fresh;
    for (const effect of result.effects) await carryOut(effect);
  };

  const carryOut = async (effect: Effect) => {
    if (effect.type === 'compose' || effect.type === 'revise') {
      print(effect.type === 'compose' ? '正在生成草稿…' : '正在按您的意见修改…');
      const draft = await drafter.run(userId, effect);
      await showDraft(draft);
    } else if (effect.type === 'sendDraft') {
      const stored = await service.loadDraft(userId, effect.summaryId, effect.version);
      if (!stored) print('⚠ 找不到这一版草稿。');
      else print(`—— ${stored.label} ——\n${stored.text}`);
    }
  };

  const showDraft = async (draft: FinishedDraft) => {
    if (draft.notice) print(`（${draft.notice}）`);
    print(`—— 草稿第${draft.version}版 ——\n${draft.text}`);
    // A terminal has room for the whole 核对清单.
    print(draft.checklistFull ?? draft.checklist);
    await mkdir(opts.outDir, { recursive: true });
    const docxPath = resolve(join(opts.outDir, draft.fileName));
    const textPath = docxPath.replace(/\.docx$/, '.txt');
    await writeFile(textPath, draft.text, 'utf8');
    await writeFile(
      docxPath,
      await buildDocx(draft.text, { title: draft.title, headings: draft.headings }),
    );
    print(`草稿已保存：${textPath}\nWord 文件：${docxPath}`);
    print(
      draft.revisable
        ? '要修改，直接输入意见（如：第二部分写具体些），或 /draft 重新生成。'
        : '要修改内容，用 /edit N 修改或补充第N部分，再 /draft 重新生成。',
    );
  };

  const toEvent = (line: string): Event | undefined => {
    const shortcut = /^\/(\d{1,2})$/.exec(line.trim());
    if (shortcut) {
      const action = shortcuts[Number(shortcut[1]) - 1];
      if (!action) {
        print('⚠ 没有这个编号的选项。');
        return undefined;
      }
      return action.event;
    }
    return parseCommand(line) ?? { type: 'text', text: line };
  };

  const prompt = () => {
    if (opts.interactive) output.write('› ');
  };
  const state = (await service.dispatch(userId, { type: 'start' })).state;
  if (!state.activeId) await perform({ type: 'new' });
  else await perform({ type: 'resume' });
  prompt();
  for await (const line of { [Symbol.asyncIterator]: () => lines }) {
    const event = toEvent(line);
    if (event) {
      try {
        await perform(event);
      } catch (error) {
        print(`⚠ 出错了，请重试。已保存的回答不受影响。（${(error as Error).message}）`);
      }
    }
    prompt();
  }
}
