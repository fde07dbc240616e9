import { checkDraft } from '../check/checker.js';
import { draftLines, omittedKey, partAt, partName, partPlaces } from '../check/open-items.js';
import { buildMaterial } from '../compose/material.js';
import { quotedEdit } from '../compose/quoted.js';
import { recordOwnWords } from '../interview/parts.js';
import { recordDraft } from '../interview/state.js';
import type { Action, Event, Reply, Summary, UserState } from '../interview/types.js';
import { templateById } from '../templates/match.js';
import type { Template } from '../templates/schema.js';
import { clipGraphemes } from '../text/cut.js';

/**
 * Edit by replying (issue 23): a reply to a message that carried a draft. With Telegram's quote
 * (words selected in the draft message) the reply takes their place in the latest version, as a
 * new version, deterministically — no model call, no quota, online and offline alike. Without a
 * quote it is a revision instruction for that message's paragraphs (with a model), or, offline,
 * the bot says how to quote. Pure: the service finds the message, loads the texts, stores the
 * new version's text before the record that points at it.
 */

export const QUOTE_LABEL = {
  word: '发送Word文件',
  latest: '查看最新一版',
} as const;

export const QUOTE_TEXT = {
  howTo: [
    '要改草稿里的某句话：在草稿消息上长按 → 选中要改的句子 → 回复，发来新的写法。',
    '要补充新内容，直接发送即可（不用回复草稿）。这条回复没有改动草稿。',
  ].join('\n'),
  empty: '请在回复里写上新的写法（要删去选中的文字，回复“删除”）。草稿没有改动。',
  notFound: (quote: string, reply: string) =>
    `没有在草稿里找到您选中的“${clipGraphemes(quote, 30)}”。请在草稿消息里重新选中要改的句子再回复。草稿没有改动，您发的内容是：“${clipGraphemes(reply, 60)}”`,
  gone: (quote: string, version: number) =>
    `您选中的“${clipGraphemes(quote, 30)}”在最新的草稿第${version}版里已经没有了（可能已经改过）。请点[${QUOTE_LABEL.latest}]，在最新一版里选中要改的句子再回复。草稿没有改动。`,
} as const;

/** The draft message a reply points at: its summary, version and the part of the text it showed. */
export interface DraftMessage {
  summary: Summary;
  version: number;
  start: number;
  end: number;
}

/** The draft message `messageId` is, in any of the user's summaries (undefined: not a draft's). */
export function findDraftMessage(state: UserState, messageId: number): DraftMessage | undefined {
  for (const summary of state.summaries) {
    for (const draft of summary.drafts) {
      const m = draft.messages?.find((x) => x.id === messageId);
      if (m) return { summary, version: draft.version, start: m.start, end: m.end };
    }
  }
  return undefined;
}

/** How many records of sent draft messages a version keeps (a resend adds its messages). */
const MESSAGES_KEPT = 40;

/** `sent` recorded on the version (pure: a copy of the state). */
export function noteDraftMessages(
  input: UserState,
  summaryId: string,
  version: number,
  sent: { id: number; start: number; end: number }[],
): UserState | undefined {
  const state = structuredClone(input);
  const draft = state.summaries
    .find((s) => s.id === summaryId)
    ?.drafts.find((d) => d.version === version);
  if (!draft || sent.length === 0) return undefined;
  draft.messages = [...(draft.messages ?? []), ...sent].slice(-MESSAGES_KEPT);
  return state;
}

export interface DraftReplyInput {
  state: UserState;
  event: Extract<Event, { type: 'text' }>;
  message: DraftMessage;
  templates: Template[];
  now: number;
  canRevise: boolean;
  /** The summary's latest version, its number and text. */
  latest: { version: number; text: string };
  /** The text of the version replied to, when it is an older one (for its paragraphs). */
  replied?: string;
}

export type DraftReplyOutput =
  | {
      kind: 'done';
      state: UserState;
      replies: Reply[];
      /** A new version to store (its number is the one recorded in `state`). */
      saved?: { summaryId: string; version: number; text: string };
    }
  /** A revision instruction for the engine's usual path (quota, model, checker). */
  | { kind: 'revise'; instruction: string }
  /** Not this module's: the engine takes the text as it would any other. */
  | undefined;

export function draftReply(input: DraftReplyInput): DraftReplyOutput {
  const quote = input.event.quote;
  if (quote && quote.text.trim() !== '') return quoted(input, quote);
  const { state, message } = input;
  // A reply to the draft of a summary the user has left, or while answering a part again:
  // the text is what it would be without the reply.
  if (message.summary.id !== state.activeId || message.summary.position.kind !== 'drafted') {
    return undefined;
  }
  if (!input.canRevise) {
    return { kind: 'done', state, replies: [{ kind: 'notice', text: QUOTE_TEXT.howTo }] };
  }
  return { kind: 'revise', instruction: limitedInstruction(input) };
}

/**
 * The instruction limited to the paragraphs of the message replied to, named by number (the
 * model counts them in the draft it is given). A message of an older version names the same
 * paragraphs of the latest when both have as many (edits by quoting keep the paragraphs);
 * otherwise, or when the message showed the whole draft, the instruction stands as typed. The
 * paragraphs' words are not repeated: a revision's instruction counts as the user's wording for
 * the checker, and the draft's own words must not.
 */
function limitedInstruction(input: DraftReplyInput): string {
  const { message, latest, event } = input;
  const text = message.version === latest.version ? latest.text : input.replied;
  const count = (t: string) => t.split('\n').filter((l) => l.trim() !== '').length;
  if (text === undefined || count(text) !== count(latest.text)) return event.text;
  if (message.start === 0 && message.end >= text.trimEnd().length) return event.text;
  const first = count(text.slice(0, message.start)) + 1;
  const last = Math.max(first, count(text.slice(0, message.end)));
  const which = first === last ? `第${first}段` : `第${first}段至第${last}段`;
  return `只改${which}（我回复的那条草稿消息里的段落），其余段落一字不改：${event.text}`;
}

function quoted(input: DraftReplyInput, quote: { text: string; position: number }) {
  const { message, latest, event } = input;
  const state = structuredClone(input.state);
  state.pending = undefined;
  const summary = state.summaries.find((s) => s.id === message.summary.id) as Summary;
  const template = templateById(input.templates, summary.templateId);
  const say = (text: string, actions?: Action[][]): DraftReplyOutput => ({
    kind: 'done',
    state,
    replies: [{ kind: 'notice', text, ...(actions ? { actions } : {}) }],
  });
  if (!template) return say('这份总结的模板已不可用，草稿没有改动。');
  // Where the quote stood in the message: a tie-breaker when the words occur more than once.
  const near = message.version === latest.version ? message.start + quote.position : undefined;
  const edit = quotedEdit(latest.text, quote.text, event.text, near);
  if (!edit.ok && edit.reason === 'empty') return say(QUOTE_TEXT.empty);
  if (!edit.ok) {
    if (message.version === latest.version) return say(QUOTE_TEXT.notFound(quote.text, event.text));
    const show: Event = { type: 'showDraft', summaryId: summary.id, version: latest.version };
    return say(QUOTE_TEXT.gone(quote.text, latest.version), [
      [{ label: QUOTE_LABEL.latest, event: show }],
    ]);
  }
  const composedAt = summary.drafts.find((d) => d.version === latest.version)?.createdAt;
  const before = buildMaterial(template, summary, composedAt ? { composedAt } : {});
  const where = partName(edit.text, before, edit.at);
  if (edit.now !== '') {
    // The user's own wording: traced by every later check, as a typed answer is.
    const part = partAt(partPlaces(edit.text, before), draftLines(edit.text), edit.at);
    const words = edit.whole ? `${edit.now}。` : edit.now;
    recordOwnWords(summary, template, part?.sectionId, words, input.now);
  }
  const made = composedAt ? { composedAt } : {};
  dismissReplaced(summary, template, made, { was: latest.text, now: edit.text, old: edit.old });
  const position = summary.position;
  const recorded = recordDraft(state, summary.id, {
    createdAt: input.now,
    composer: 'offline',
    chars: edit.text.length,
  });
  const after = recorded.state.summaries.find((s) => s.id === summary.id) as Summary;
  // Editing the draft does not move a user who went back to a part of the interview.
  after.position = position;
  const change =
    edit.now === ''
      ? `删去“${clipGraphemes(edit.old, 30)}”`
      : `${clipGraphemes(edit.old, 24)} → ${clipGraphemes(edit.now, 24)}`;
  const title = after.id === state.activeId ? '' : `《${before.title}》`;
  const older =
    message.version === latest.version
      ? ''
      : `\n（您回复的是第${message.version}版的消息，已改在最新的第${latest.version}版上。）`;
  const word: Event = {
    type: 'showDraft',
    summaryId: after.id,
    version: recorded.version,
    docxOnly: true,
  };
  return {
    kind: 'done' as const,
    state: recorded.state,
    replies: [
      {
        kind: 'ack' as const,
        text: `${title}${where}：${change}（已存为草稿第${recorded.version}版）${older}`,
        actions: [[{ label: QUOTE_LABEL.word, event: word }]],
      },
    ],
    saved: { summaryId: after.id, version: recorded.version, text: edit.text },
  };
}

/**
 * A fact of the answers the user replaced on purpose (45人 quoted, 54人 typed) is no 遗漏 of
 * the new version: it is settled as a [不用写] would settle it.
 */
function dismissReplaced(
  summary: Summary,
  template: Template,
  made: { composedAt?: number },
  edit: { was: string; now: string; old: string },
) {
  const material = buildMaterial(template, summary, made);
  const missedBefore = new Set(checkDraft(edit.was, material).omitted.map(omittedKey));
  const gone = checkDraft(edit.now, material)
    .omitted.filter((f) => !missedBefore.has(omittedKey(f)) && edit.old.includes(f.text))
    .map(omittedKey);
  if (gone.length > 0) summary.dismissed = [...new Set([...(summary.dismissed ?? []), ...gone])];
}
