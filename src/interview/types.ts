/**
 * The interview's plain data: what is stored per user, what the user can do (events) and what
 * the engine answers (replies). No platform types here: Telegram and the terminal both render
 * these, which is what keeps the two behaving the same.
 */

/** Bump when the stored shape changes; storage migrates older records on read. */
export const STATE_SCHEMA = 1;

/** How one section's answer stands. `open` = the user is still adding messages to it. */
export type AnswerStatus = 'open' | 'done' | 'skipped' | 'na';

export interface Answer {
  status: AnswerStatus;
  /** Each message the user sent for this section, in order. Several messages make one answer. */
  parts: string[];
  /** The one follow-up asked before drafting when the answer had no concrete fact. */
  followUp?: { question: string; parts: string[]; status: 'asked' | 'answered' | 'skipped' };
  /**
   * The chat message each of `parts` came from (same index; null where unknown, e.g. the
   * terminal), so a reply to that message replaces that part.
   */
  messageIds?: (number | null)[];
  /** A skipped part the user chose, at /draft, to leave out for good (no more reminders). */
  leaveOut?: boolean;
  /**
   * Where parts came from when not typed (aligned with `parts`; a missing or null entry = typed):
   * a transcribed voice note, a sentence of a document, an answer copied from last period.
   */
  source?: (PartOrigin | null)[];
}

/** A part that was not typed. `batch` names what added it, so [撤销] removes exactly that. */
export type PartOrigin =
  | { kind: 'voice'; batch: string }
  | { kind: 'document'; batch: string; name?: string }
  | { kind: 'lastPeriod'; batch: string; confirmed?: boolean };

/** What a new summary may start from: the user's previous summary of the same template. */
export interface LastPeriod {
  summaryId: string;
  /** Its title, for "上次（…）写了". */
  title: string;
  /** Basic info the user may take over ([沿用上次的基本信息]). */
  info: Record<string, string>;
  /** Its answers by section id, the parts joined. */
  answers: Record<string, string>;
}

/**
 * Where the user is inside one summary.
 * - info: asking basic-info field `field` (part 1 of the interview);
 * - section: asking sections[index] (part index + 2);
 * - review: all parts walked through, waiting for /draft or an edit;
 * - followUp: asking the follow-up for sections[index] before drafting;
 * - drafted: a draft exists; free text is a revision instruction.
 */
export type Position =
  | { kind: 'info'; field: number }
  | { kind: 'section'; index: number }
  | { kind: 'review' }
  | { kind: 'followUp'; index: number }
  | { kind: 'drafted' };

/** What is kept of each draft version in the user record; the text lives in its own key. */
export interface DraftMeta {
  version: number;
  createdAt: number;
  composer: 'model' | 'offline';
  /** The revision instruction that produced this version, if it was a revision. */
  instruction?: string;
  chars: number;
  /**
   * The chat messages that carried this version's text: message id and the part of the text
   * it showed (offsets), so a reply to one is known as a reply to this draft and its place
   * (app/quote-edit.ts). The most recent sends only.
   */
  messages?: { id: number; start: number; end: number }[];
}

export interface Summary {
  id: string;
  templateId: string;
  createdAt: number;
  updatedAt: number;
  /** Basic-info values by field id (单位名称, 单位类型, 总结期间, 年份 …). */
  info: Record<string, string>;
  /** Section answers by section id. */
  answers: Record<string, Answer>;
  position: Position;
  drafts: DraftMeta[];
  /** The previous summary's answers, offered as references (see interview/previous.ts). */
  lastPeriod?: LastPeriod;
  /** A pasted message taken apart by [按部分整理]: put back if that sorting is undone. */
  pastedBefore?: { batch: string; sectionId: string; text: string };
  /** The parts that say little were listed once before a draft (never again for this summary). */
  depthShown?: boolean;
  /**
   * The end screen listed what is open (issue 24): the screen before the first draft does not
   * list the same parts again.
   */
  endSeen?: boolean;
  /** Where the finishing walk over the draft's open items stands (app/walk.ts). */
  walk?: WalkState;
  /** Open items the user settled without a change: a 遗漏 marked [不用写] (its key). */
  dismissed?: string[];
  /** The version the user brought to 定稿 (nothing open); a later version reopens it. */
  finalVersion?: number;
}

/**
 * The finishing walk: one open item of the latest draft at a time. The items themselves are
 * read from the draft each time (the checker's), so only what the user did is kept here.
 */
export interface WalkState {
  /** False after [先这样]: /finish resumes it. */
  active: boolean;
  /** Items settled in this walk (for 待完成 n/N). */
  done: number;
  /** Items left for later in this walk ([先留着]); offered again when a walk starts anew. */
  passed: string[];
}

/** What a button of the finishing walk does to the item it was shown for. */
export type WalkAct =
  | 'start'
  | 'stop'
  | 'pass'
  | 'delete'
  | 'vouch'
  | 'add'
  | 'dismiss'
  | 'leaveOut'
  | 'fix'
  | 'keep';

/** What the engine is waiting for outside any summary. */
export type Pending =
  | { kind: 'chooseTemplate' }
  | { kind: 'confirmDeleteAll' }
  | { kind: 'confirmDeleteSummary'; summaryId: string }
  /** A typed 不涉及/没有/无: is it 不涉及, or the answer? `at` is the step it was typed at. */
  | { kind: 'confirmNa'; summaryId: string; at: string; text: string; messageId?: number }
  /** 跳过 on a part that has answers: the answers would be left out of the draft. */
  /** `na`: it was [不涉及], not [跳过], that would leave the answers out. */
  | { kind: 'confirmSkip'; summaryId: string; at: string; na?: boolean }
  /** [清空本部分] on a part that has answers: they cannot be brought back. */
  | { kind: 'confirmClear'; summaryId: string; at: string }
  /**
   * The screen before a draft (parts skipped for later, parts that say little): fill them in,
   * leave the skipped ones out, or draft now.
   */
  | { kind: 'confirmDraft'; summaryId: string }
  /**
   * A message that opens with 不对/说错了/更正 in a part that has messages: replace message
   * `index` with `replacement`, or record `text` as a new message?
   */
  /** Text typed after a draft with no model to revise it: which part should it be added to? */
  | { kind: 'confirmPlace'; summaryId: string; text: string }
  | {
      kind: 'confirmCorrection';
      summaryId: string;
      at: string;
      text: string;
      messageId?: number;
      index: number;
      replacement: string;
    };

/** Everything stored for one user: one record, written before each acknowledgement. */
export interface UserState {
  schema: typeof STATE_SCHEMA;
  userId: string;
  /** Counter for summary ids (s1, s2 …), so the engine stays deterministic. */
  seq: number;
  activeId?: string;
  summaries: Summary[];
  pending?: Pending;
  /** True after /cancel: the active summary is kept but text is not taken as an answer until resumed. */
  paused?: boolean;
  /** Drafts and revisions made today, for DRAFTS_PER_DAY. `day` is YYYY-MM-DD (server date). */
  quota?: { day: string; count: number };
  /** Written by earlier versions (the ✍ explained in a message); the card explains it now. */
  ackExplained?: boolean;
  /** Seconds of voice transcribed today, for VOICE_MINUTES_PER_DAY (same day key as quota). */
  voiceToday?: { day: string; seconds: number };
  /**
   * The last Telegram update ids applied to this record, written in the same write as the answer
   * they carried, so a re-delivered update is recognised and never applied twice.
   */
  recentUpdates?: number[];
}

/**
 * Identifies what a button was shown for: the summary and the step (`at`, see positionKey).
 * A button whose ref no longer matches the current step is stale and must not act.
 */
export interface Ref {
  summaryId: string;
  at: string;
}

export type Event =
  | { type: 'start' }
  | { type: 'help' }
  | { type: 'new' }
  | { type: 'chooseTemplate'; templateId: string }
  /**
   * `messageId`: the chat message it came in; `replyTo`: the message it replies to; `quote`:
   * the part of that message the user selected (Telegram's quote), with its offset there.
   */
  | {
      type: 'text';
      text: string;
      messageId?: number;
      replyTo?: number;
      quote?: { text: string; position: number };
    }
  /** The user edited message `messageId` in the chat (Telegram's edit): its new text. */
  | { type: 'edited'; text: string; messageId: number }
  | { type: 'choose'; value: string; ref?: Ref }
  | { type: 'finish'; ref?: Ref }
  | { type: 'skip'; ref?: Ref }
  | { type: 'na'; ref?: Ref }
  | { type: 'back'; ref?: Ref }
  | { type: 'clear'; ref?: Ref }
  /**
   * Removes message `index` (0-based) of the current part's answer; `of` is how many messages
   * it had when the button was shown (a double tap, or an older card, must not remove another).
   */
  | { type: 'removePart'; index: number; of: number; ref?: Ref }
  | { type: 'edit'; part: number; ref?: Ref }
  /** [提示]: the current part's card with every hint and the example. */
  | { type: 'hints'; ref?: Ref }
  | { type: 'review' }
  | { type: 'outline' }
  | {
      type: 'draft';
      ref?: Ref;
      /**
       * [仍然生成（标注待核实）] on a card from before the one screen before a draft (that card's
       * buttons are still in old chats): the user saw the ⚠ 待核实 parts and drafts anyway.
       */
      unverifiedOk?: boolean;
    }
  | { type: 'revise'; instruction: string }
  | { type: 'cancel' }
  | { type: 'list' }
  | { type: 'resume'; summaryId?: string }
  /** A stored version sent again; `docxOnly`: its Word file only ([发送Word文件]). */
  | { type: 'showDraft'; summaryId: string; version: number; docxOnly?: boolean }
  | { type: 'deleteSummary'; summaryId: string }
  | { type: 'deleteAll' }
  | { type: 'confirm'; ref?: Ref }
  /**
   * The finishing walk (app/walk.ts): `key` names the item the button was shown for (a short
   * hash), so a tap on an older card never acts on another item.
   */
  | { type: 'walk'; act: WalkAct; summaryId?: string; key?: string }
  | { type: 'unknownCommand'; command: string }
  | IntakeEvent;

/**
 * Material that was not typed (interview/intake.ts): a transcribed voice note; a document or a
 * long pasted text offered for sorting into parts, then placed; undoing what one of them added;
 * last period's answers taken over.
 */
export type IntakeEvent =
  | {
      type: 'voice';
      text: string;
      batch: string /** counted against the daily minutes */;
      seconds?: number;
    }
  | {
      type: 'material';
      key: string;
      name?: string;
      chars: number;
      sentences: number;
      /** The first sentence, shown back so the user sees what was read before it is stored. */
      first?: string;
      /** A model is configured, so [按部分整理] can be offered. */
      canSort: boolean;
      /** Pasted as a message (already recorded in the current part) rather than a file. */
      pasted?: boolean;
      /** The paste reads like a whole document (other years, its own headings, 不足/打算). */
      documentLike?: boolean;
    }
  | { type: 'sortMaterial'; key: string; ref?: Ref }
  /** A long pasted message taken back out of the part it was recorded in. */
  | { type: 'withdrawPaste'; key: string; ref?: Ref }
  | { type: 'addMaterial'; key: string; part: number; ref?: Ref }
  | {
      type: 'placeMaterial';
      batch: string;
      name?: string;
      /** Sentences by part number (2…N), verbatim. */
      placed: { part: number; sentences: string[] }[];
      unplaced: string[];
      /** A pasted message being sorted: the part it was recorded in, removed from there. */
      replaces?: { sectionId: string; text: string };
      /** [撤出这段]: the pasted message only leaves its part; nothing is placed. */
      withdraw?: boolean;
    }
  | { type: 'undoIntake'; batch: string; retype?: boolean; ref?: Ref }
  | { type: 'reuseInfo'; ref?: Ref }
  | { type: 'useLast'; ref?: Ref }
  | { type: 'confirmLast'; part: number; ref?: Ref };

export type EventType = Event['type'];

/** A button or command on offer. `event` is what happens when it is used. */
export interface Action {
  label: string;
  event: Event;
}

export interface Reply {
  text: string;
  /** Rows of actions (buttons on Telegram, slash commands in the terminal). */
  actions?: Action[][];
  /** Lets adapters style a reply (a question gets the section card, an error stands out). */
  kind?: 'question' | 'ack' | 'notice' | 'error' | 'stale' | 'review' | 'list';
  /**
   * An acknowledgement a chat can give as a reaction on the user's message instead of a new
   * message (Telegram: setMessageReaction); the text is the fallback and the terminal's line.
   */
  reaction?: '✍' | '👌';
  /** The user's message the reaction belongs on, when it is not the one being handled. */
  reactTo?: number;
  /** This reply is a part's live card (see Card). */
  card?: Card;
}

/**
 * A part's card is one message, sent when the part opens and changed in place as answers arrive
 * (issue 24). The engine only names the card; the adapter keeps which chat message shows it.
 */
export interface Card {
  /** One per part of one summary (`s1:3`): a reply with the card on show's id changes it. */
  id: string;
  /**
   * `open`: a new message at the bottom of the chat (the part opened, or was asked for again);
   * `update`: the card on show changed (edited in place when it is the one on show, else sent).
   */
  mode: 'open' | 'update';
  /** The card this one takes the place of when it is on show (the template menu → part 1). */
  from?: string;
  /** The one line that stands for the card once another card opens (its buttons gone). */
  done: string;
}

/** Work the engine asks the adapter to do after the state is saved (I/O the engine cannot do). */
export type Effect =
  | { type: 'compose'; summaryId: string }
  | { type: 'revise'; summaryId: string; instruction: string }
  /** `final`: the 定稿, sent under its …（定稿）.docx name. */
  | { type: 'sendDraft'; summaryId: string; version: number; final?: boolean; docxOnly?: boolean }
  | { type: 'deleteUserData' }
  | { type: 'deleteSummaryData'; summaryId: string; versions: number[] }
  /** Sort a cached document or pasted text into parts (model), then dispatch placeMaterial. */
  | { type: 'sortMaterial'; summaryId: string; key: string; batch: string }
  /** Add a cached document's sentences to one part, then dispatch placeMaterial. */
  | { type: 'addMaterial'; summaryId: string; key: string; batch: string; part: number }
  /** Take a long pasted message back out of its part, then dispatch placeMaterial. */
  | { type: 'withdrawPaste'; summaryId: string; key: string; batch: string };

export interface StepResult {
  state: UserState;
  replies: Reply[];
  effects: Effect[];
  /** False when nothing changed, so the adapter may skip the write. */
  changed: boolean;
}
