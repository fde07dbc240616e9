import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { type Drafter, type FinishedDraft, fileNameFor } from '../app/drafter.js';
import type { InterviewService } from '../app/service.js';
import { WALK_LABEL } from '../app/walk.js';
import { nothingOpen } from '../check/checklist.js';
import { materialOutline } from '../compose/material.js';
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
      if (!stored) {
        print('⚠ 找不到这一版草稿。');
        return;
      }
      const final = effect.final === true || stored.summary.finalVersion === stored.version;
      print(`—— ${stored.label}${final ? '（定稿）' : ''} ——\n${stored.text}`);
      // The 定稿 is the file the user came for: written like a draft's, named …（定稿）.docx.
      if (final) {
        const docxPath = await saveFiles(
          fileNameFor(stored.material, stored.version, true),
          stored.text,
          stored.material.title,
          materialOutline(stored.material).headings.length,
        );
        print(`定稿已保存：${docxPath}`);
      }
    }
  };

  /** The draft's .txt and .docx in outDir; returns the .docx path. */
  const saveFiles = async (fileName: string, text: string, title: string, headings: number) => {
    await mkdir(opts.outDir, { recursive: true });
    const docxPath = resolve(join(opts.outDir, fileName));
    await writeFile(docxPath.replace(/\.docx$/, '.txt'), text, 'utf8');
    await writeFile(docxPath, await buildDocx(text, { title, headings }));
    return docxPath;
  };

  const showDraft = async (draft: FinishedDraft) => {
    if (draft.notice) print(`（${draft.notice}）`);
    print(`—— 草稿第${draft.version}版 ——\n${draft.text}`);
    // A terminal has room for the whole 核对清单.
    print(draft.checklistFull ?? draft.checklist);
    const docxPath = await saveFiles(draft.fileName, draft.text, draft.title, draft.headings);
    const textPath = docxPath.replace(/\.docx$/, '.txt');
    print(`草稿已保存：${textPath}\nWord 文件：${docxPath}`);
    print(
      draft.revisable
        ? '要修改，直接输入意见（如：第二部分写具体些），或 /draft 重新生成。'
        : '要修改内容，用 /edit N 修改或补充第N部分，再 /draft 重新生成。',
    );
    // Open items left: the same finishing walk as Telegram's [逐项完成], its buttons numbered.
    if (!nothingOpen(draft.check)) {
      const fresh: Action[] = [];
      const start: Action = {
        label: WALK_LABEL.start,
        event: { type: 'walk', act: 'start', summaryId: draft.summaryId },
      };
      print(renderReply({ kind: 'notice', text: '还有待完成的项目：', actions: [[start]] }, fresh));
      shortcuts = fresh;
    }
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
