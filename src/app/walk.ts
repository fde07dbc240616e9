import { createHash } from 'node:crypto';
import { checkDraft } from '../check/checker.js';
import { buildChecklist, nothingOpen } from '../check/checklist.js';
import {
  draftLines,
  type OpenItem,
  openItems,
  partName,
  partPlaces,
  settledReport,
} from '../check/open-items.js';
import { byKind, claimsOf, compareKey, present } from '../check/trace.js';
import {
  answerSentence,
  appendAt,
  deleteSentence,
  fillPlaceholder,
  replaceAt,
  sentenceAround,
  typedFact,
  typedSentence,
} from '../compose/edits.js';
import { buildMaterial, type Material } from '../compose/material.js';
import type { RewriteRequest } from '../compose/rewrite.js';
import { PLACEHOLDER_RE } from '../facts/placeholder.js';
import { recordOwnWords } from '../interview/parts.js';
import { partOf } from '../interview/position.js';
import { recordDraft } from '../interview/state.js';
import type {
  Action,
  Effect,
  Event,
  Reply,
  Summary,
  UserState,
  WalkAct,
} from '../interview/types.js';
import { templateById } from '../templates/match.js';
import { cnOrdinal } from '../templates/outline.js';
import type { Template } from '../templates/schema.js';
import { clipGraphemes } from '../text/cut.js';

/**
 * The finishing walk (issue 23): after a draft, the open items of its latest version one at a
 * time — 待完成 2/7, the clause quoted, few buttons — and each change a new version made here,
 * deterministically: no model call, no quota. Pure: the service loads the latest text, calls
 * walkStep, stores the new text (if any) before the record that points at it.
 *
 * With a model, a sentence the user's words went into (a 【待补】 filled, a clause replaced, a
 * 遗漏 added) may be reworded: walkStep hands back `rewrite` (what to ask), the service asks the
 * model and calls walkStep again with the same input and its answer as `rewrite`; the answer
 * stands only if the check below finds nothing new open and every fact of the sentence kept.
 */

export const WALK_LABEL = {
  start: '逐项完成',
  resume: '继续完成',
  stop: '先这样',
  pass: '先留着',
  deleteSentence: '删除这句',
  vouch: '属实，保留',
  delete: '删除',
  add: '补进草稿',
  dismiss: '不用写',
  leaveOut: '不写这部分',
  fill: '补充这部分',
  keep: '保留原句',
} as const;

export interface WalkInput {
  state: UserState;
  event: Event;
  templates: Template[];
  now: number;
  /** The latest version's text and number. */
  text: string;
  version: number;
  /** The model's wording of the sentence this step edits (asked for by a first call's `rewrite`). */
  rewrite?: string;
}

export interface WalkOutput {
  state: UserState;
  replies: Reply[];
  effects: Effect[];
  /** A new version to store (its number is the one recorded in `state`). */
  saved?: { summaryId: string; version: number; text: string };
  /** The sentence this step wrote, for the model to reword (given when `input.rewrite` was not). */
  rewrite?: RewriteRequest;
  /** Whether `input.rewrite` passed the check and stands in the saved text. */
  rewritten?: boolean;
}

/** Whether an event belongs to the walk: its buttons, /finish after a draft, a reply while walking. */
export function isWalkEvent(state: UserState, event: Event): boolean {
  const summary = state.summaries.find((s) => s.id === state.activeId);
  if (!summary || summary.drafts.length === 0 || summary.position.kind !== 'drafted') return false;
  if (event.type === 'walk') return true;
  if (event.type === 'finish') return !state.pending;
  return event.type === 'text' && summary.walk?.active === true && !state.pending && !state.paused;
}

/** The short key a button carries for the item it was shown for. */
export function itemHash(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 8);
}

function materialOf(template: Template, summary: Summary, version: number): Material {
  const meta = summary.drafts.find((d) => d.version === version);
  const material = buildMaterial(template, summary, meta ? { composedAt: meta.createdAt } : {});
  // A revision's instruction is wording the user gave (the checker accepts it, as for the list).
  return meta?.instruction
    ? { ...material, fixedWording: [...material.fixedWording, meta.instruction] }
    : material;
}

interface Ctx {
  state: UserState;
  summary: Summary;
  template: Template;
  now: number;
  text: string;
  version: number;
  replies: Reply[];
  effects: Effect[];
  saved?: WalkOutput['saved'];
  /** The model's wording offered for this step, and what became of it. */
  offered?: string;
  request?: RewriteRequest;
  rewritten?: boolean;
}

function current(c: Ctx): { items: OpenItem[]; material: Material; open: boolean } {
  const material = materialOf(c.template, c.summary, c.version);
  const report = settledReport(checkDraft(c.text, material), c.summary.dismissed);
  return { items: openItems(c.text, report, material), material, open: !nothingOpen(report) };
}

export function walkStep(input: WalkInput): WalkOutput {
  const state = structuredClone(input.state);
  state.pending = undefined;
  const summary = state.summaries.find((s) => s.id === state.activeId) as Summary;
  const template = templateById(input.templates, summary.templateId) as Template;
  const c: Ctx = {
    state,
    summary,
    template,
    now: input.now,
    text: input.text,
    version: input.version,
    replies: [],
    effects: [],
    ...(input.rewrite !== undefined ? { offered: input.rewrite } : {}),
  };
  const event = input.event;
  const act: WalkAct | 'reply' =
    event.type === 'walk' ? event.act : event.type === 'text' ? 'reply' : 'start';
  if (act === 'start') {
    summary.walk = { active: true, done: summary.walk?.done ?? 0, passed: [] };
    next(c);
    return out(c);
  }
  if (act === 'stop') {
    const walk = summary.walk ?? { active: false, done: 0, passed: [] };
    summary.walk = { ...walk, active: false };
    const left = current(c).items.length;
    c.replies.push({
      kind: 'notice',
      text: `好的，先到这里。已完成${walk.done}项${left > 0 ? `，还有${left}项待完成` : ''}。随时点[${WALK_LABEL.resume}]或发送 /finish 接着做。`,
      actions: [[walkButton(summary.id, 'start', WALK_LABEL.resume)]],
    });
    return out(c);
  }
  const walk = summary.walk ?? { active: true, done: 0, passed: [] };
  summary.walk = { ...walk, active: true };
  const { items, material } = current(c);
  const item = items.find((i) => !summary.walk?.passed.includes(i.key));
  if (!item || (event.type === 'walk' && event.key !== itemHash(item.key))) {
    c.replies.push({ kind: 'stale', text: '这个按钮已过期，请看下面这一项。' });
    next(c);
    return out(c);
  }
  const settled = apply(c, item, material, act, event.type === 'text' ? event.text : '');
  if (settled) summary.walk.done++;
  next(c);
  return out(c);
}

function out(c: Ctx): WalkOutput {
  return {
    state: c.state,
    replies: c.replies,
    effects: c.effects,
    ...(c.saved ? { saved: c.saved } : {}),
    ...(c.request ? { rewrite: c.request } : {}),
    ...(c.offered !== undefined ? { rewritten: c.rewritten === true } : {}),
  };
}

/** The item's place in words: 第二部分 (the draft's 二、), 开头 before the first heading. */
function placeName(c: Ctx, material: Material, at: number): string {
  return partName(c.text, material, at);
}

function saveText(c: Ctx, text: string) {
  const recorded = recordDraft(c.state, c.summary.id, {
    createdAt: c.now,
    composer: 'offline',
    chars: text.length,
  });
  // recordDraft returns a copy: carry the walk's summary changes over into it.
  const summary = recorded.state.summaries.find((s) => s.id === c.summary.id) as Summary;
  Object.assign(c.summary, {
    drafts: summary.drafts,
    position: summary.position,
    updatedAt: c.now,
  });
  c.text = text;
  c.version = recorded.version;
  c.saved = { summaryId: c.summary.id, version: recorded.version, text };
}

/** A sentence's list marker: 二是, 1. or （3）, with the spaces after it. */
const LEAD_RE =
  /^\s*(?:[一二三四五六七八九十]{1,3}是|[0-9]{1,2}[.、．]|[（(][0-9一二三四五六七八九十]{1,3}[）)])\s*/;

/** A fact the user vouched for or typed, kept as an answer of its part so later checks trace it. */
function record(c: Ctx, sectionId: string | undefined, text: string) {
  recordOwnWords(c.summary, c.template, sectionId, text, c.now);
}

/**
 * [删除这句] / [删除]: the sentence at `at` goes, as a new version. When it was the last thing
 * under its heading, the heading goes too and the headings after it are renumbered: an empty
 * heading must not reach the 定稿, and a 【待补】 kept in its place would only come back as the
 * next item. The parts written under it are marked 不写这部分 (their answers kept, so editing the
 * part brings it back), so the outline the checker compares with loses that heading as well.
 */
function deleteHere(c: Ctx, at: number, where: string, material: Material): boolean {
  const { start } = sentenceAround(c.text, at);
  const cut = deleteSentence(c.text, at);
  const emptied = emptiedHeading(cut.text, start);
  if (!emptied) {
    saveText(c, cut.text);
    changed(c, `${where}：删去“${clipGraphemes(cut.removed, 30)}”`);
    return true;
  }
  // The text before `start` is unchanged: the heading's line and the deleted one, in the old text.
  const lines = draftLines(c.text);
  const heading = lines.findIndex((l) => l.start === emptied.start);
  const deleted = lines.findLastIndex((l) => l.start <= at);
  for (const place of partPlaces(c.text, material)) {
    if (place.first < heading || place.first > deleted) continue;
    const a = c.summary.answers[place.sectionId] ?? { status: 'skipped', parts: [] };
    c.summary.answers[place.sectionId] = { ...a, status: 'skipped', leaveOut: true };
  }
  const text = renumberHeadings(cut.text.slice(0, emptied.start) + cut.text.slice(emptied.end));
  saveText(c, text);
  changed(
    c,
    `${where}：删去“${clipGraphemes(cut.removed, 30)}”；这一部分已没有内容，标题“${clipGraphemes(emptied.text, 20)}”一并删去，后面的标题重新编号`,
  );
  return true;
}

const L1_HEADING_RE = /^([一二三四五六七八九十]{1,3})、/;
const L2_HEADING_RE = /^([（(])([一二三四五六七八九十]{1,3})([）)])/;

/**
 * The heading left with nothing under it by a deletion at `start`: the nearest heading above,
 * when every line from it to the next heading of its level or higher is empty (a （一） under a
 * 一、 is something). Its line's span, with the line break.
 */
function emptiedHeading(
  text: string,
  start: number,
): { start: number; end: number; text: string } | undefined {
  const lines = draftLines(text);
  const h = lines.findLastIndex((l) => l.start < start && HEADING_RE.test(l.text.trim()));
  const found = lines[h];
  // A heading with its body on its own line (一、……。正文) is not empty.
  if (!found || /[。：:]./.test(found.text.trim())) return undefined;
  const level = L1_HEADING_RE.test(found.text.trim()) ? 1 : 2;
  for (const l of lines.slice(h + 1)) {
    const t = l.text.trim();
    if (L1_HEADING_RE.test(t) || (level === 2 && L2_HEADING_RE.test(t))) break;
    if (t !== '') return undefined;
  }
  const end = Math.min(text.length, found.start + found.text.length + 1);
  return { start: found.start, end, text: found.text.trim() };
}

/** 一、二、… and, under each, （一）（二）… numbered again in order. */
function renumberHeadings(text: string): string {
  let l1 = 0;
  let l2 = 0;
  return text
    .split('\n')
    .map((line) => {
      if (L1_HEADING_RE.test(line)) {
        l1++;
        l2 = 0;
        return line.replace(L1_HEADING_RE, `${cnOrdinal(l1)}、`);
      }
      if (L2_HEADING_RE.test(line)) {
        l2++;
        return line.replace(
          L2_HEADING_RE,
          (_, open, _n, close) => `${open}${cnOrdinal(l2)}${close}`,
        );
      }
      return line;
    })
    .join('\n');
}

function changed(c: Ctx, line: string) {
  c.replies.push({ kind: 'ack', text: `${line}（已存为草稿第${c.version}版）` });
}

/** Carries out `act` on `item`; true when the item is settled. */
function apply(
  c: Ctx,
  item: OpenItem,
  material: Material,
  act: WalkAct | 'reply',
  reply: string,
): boolean {
  const walk = c.summary.walk as NonNullable<Summary['walk']>;
  const where = item.kind === 'later' ? '' : placeName(c, material, item.at);
  if (act === 'pass') {
    walk.passed.push(item.key);
    return false;
  }
  if (item.kind === 'placeholder') {
    if (act === 'reply') {
      if (typedFact(reply) === '') return false;
      const filled = fillPlaceholder(c.text, item.at, item.text, reply);
      record(c, item.sectionId, typedFact(reply));
      const edit = reworded(c, filled.text, item.at, 'fill', reply);
      saveText(c, edit.text);
      changed(
        c,
        `${where}：${item.text} → ${edit.rewritten ? `“${clipGraphemes(edit.sentence, 40)}”` : filled.inserted}`,
      );
      return true;
    }
    if (act === 'delete') return deleteHere(c, item.at, where, material);
  }
  if (item.kind === 'untraced') {
    const { start, end } = sentenceAround(c.text, item.at);
    const sentence = c.text.slice(start, end);
    if (act === 'vouch') {
      record(c, item.sectionId, typedSentence(sentence.replace(PLACEHOLDER_RE, '')));
      c.replies.push({
        kind: 'ack',
        text: `已记为属实：“${clipGraphemes(sentence, 30)}”，已存入您的回答，以后核对不再标出。`,
      });
      return true;
    }
    if (act === 'delete') return deleteHere(c, item.at, where, material);
    if (act === 'reply') {
      const what = typedFact(reply);
      if (what === '') return false;
      const text = replaceAt(c.text, item.at, item.fact.text, what);
      const after = sentenceAround(text, item.at);
      record(c, item.sectionId, typedSentence(text.slice(after.start, after.end)));
      const edit = reworded(c, text, item.at, 'replace', reply);
      saveText(c, edit.text);
      changed(
        c,
        edit.rewritten
          ? `${where}：改为“${clipGraphemes(edit.sentence, 40)}”`
          : `${where}：${item.fact.text} → ${what}`,
      );
      return true;
    }
  }
  if (item.kind === 'omitted') {
    if (act === 'add' || act === 'reply') {
      const source = material.sections.find((s) => s.id === item.sectionId);
      const answer = [...(source?.parts ?? []), source?.followUp?.answer ?? ''].find((p) =>
        p.includes(item.fact.text),
      );
      const sentence =
        act === 'reply' ? typedSentence(reply) : answerSentence(answer ?? '', item.fact.text);
      if (sentence === '') return false;
      if (act === 'reply') record(c, item.sectionId, typedFact(reply));
      const appended = appendAt(c.text, item.at, sentence);
      const at = appended.indexOf(sentence, item.at);
      const edit = reworded(c, appended, at, 'add', act === 'reply' ? reply : (answer ?? sentence));
      saveText(c, edit.text);
      changed(c, `${where}：补上“${clipGraphemes(edit.sentence, 30)}”`);
      return true;
    }
    if (act === 'dismiss') {
      c.summary.dismissed = [...(c.summary.dismissed ?? []), item.key];
      c.replies.push({ kind: 'ack', text: `好的，“${item.fact.text}”不写进草稿。` });
      return true;
    }
  }
  if (item.kind === 'wording') {
    const w = item.issue;
    if (act === 'fix' && w.fix) {
      saveText(c, replaceAt(c.text, item.at, w.text, w.fix));
      changed(c, `${where}：${w.text} → ${w.fix}`);
      return true;
    }
    if (act === 'reply') {
      // The reply is the sentence's new wording: the whole sentence is replaced, and kept as an
      // answer of its part so the facts it restates trace in later checks.
      const sentence = typedSentence(reply);
      if (sentence === '') return false;
      const around = sentenceAround(c.text, item.at);
      // The sentence's own marker (二是, 1.) is the draft's numbering, not its wording: kept.
      const start = around.start + (LEAD_RE.exec(c.text.slice(around.start))?.[0].length ?? 0);
      const { end } = around;
      const old = c.text.slice(start, end);
      record(c, item.sectionId, typedFact(reply));
      saveText(c, c.text.slice(0, start) + sentence + c.text.slice(end));
      changed(c, `${where}：“${clipGraphemes(old, 20)}” → “${clipGraphemes(sentence, 20)}”`);
      return true;
    }
    if (act === 'keep') {
      c.summary.dismissed = [...(c.summary.dismissed ?? []), item.key];
      c.replies.push({ kind: 'ack', text: `好的，这句保留原样：“${clipGraphemes(w.clause, 30)}”` });
      return true;
    }
  }
  if (item.kind === 'later' && act === 'leaveOut') {
    const a = c.summary.answers[item.sectionId];
    if (a) a.leaveOut = true;
    c.replies.push({ kind: 'ack', text: `好的，「${item.title}」不写进这份总结。` });
    return true;
  }
  if (act === 'reply') {
    c.replies.push({ kind: 'notice', text: '这一项请点下面的按钮。' });
    return false;
  }
  c.replies.push({ kind: 'stale', text: '这个按钮已过期，请看下面这一项。' });
  return false;
}

/** A heading line of the draft: 一、… or （一）…. */
const HEADING_RE = /^([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/;

/**
 * The sentence at `at` of `text` (just edited deterministically): reworded by the model when its
 * wording was offered and passes the check, else as it is — and then, unless it still holds a
 * 【待补】 (a rewording could drop it), described for the model to reword.
 */
function reworded(
  c: Ctx,
  text: string,
  at: number,
  kind: RewriteRequest['kind'],
  reply: string,
): { text: string; sentence: string; rewritten: boolean } {
  const { start, end } = sentenceAround(text, at);
  const sentence = text.slice(start, end);
  const plain = { text, sentence, rewritten: false };
  if (sentence.includes('【待补')) return plain;
  if (c.offered === undefined) {
    c.request = { kind, ...around(text, start, end), sentence, reply: reply.trim() };
    return plain;
  }
  const wording = c.offered.trim();
  const candidate = text.slice(0, start) + wording + text.slice(end);
  if (!acceptable(c, text, candidate, sentence, wording)) return plain;
  c.rewritten = true;
  return { text: candidate, sentence: wording, rewritten: true };
}

/** The heading above a sentence and the sentences either side (for the model's context). */
function around(text: string, start: number, end: number) {
  const lines = draftLines(text.slice(0, start));
  const heading = lines.findLast((l) => HEADING_RE.test(l.text.trim()))?.text.trim() ?? '';
  const prev = start > 0 ? sentenceAround(text, start - 1) : undefined;
  const from = text[end] === '\n' ? end + 1 : end;
  const next = from < text.length ? sentenceAround(text, from) : undefined;
  return {
    heading,
    before: prev ? text.slice(prev.start, prev.end).trim() : '',
    after: next ? text.slice(next.start, next.end).trim() : '',
  };
}

/**
 * The check a model's wording passes before it stands: one sentence with no 【待补】 or line
 * break, no item open in the draft with it that is not open without it (nothing untraced added,
 * no answer's fact dropped), and every fact of the deterministic sentence — the user's reply
 * among them — still said in it.
 */
function acceptable(c: Ctx, plain: string, candidate: string, sentence: string, wording: string) {
  if (wording === '' || wording.includes('\n') || wording.includes('【')) return false;
  if (sentenceAround(wording, 0).end !== wording.length) return false;
  const material = materialOf(c.template, c.summary, c.version);
  const keys = (text: string) =>
    openItems(text, settledReport(checkDraft(text, material), c.summary.dismissed), material).map(
      (i) => i.key,
    );
  const before = new Set(keys(plain));
  if (keys(candidate).some((k) => !before.has(k))) return false;
  const claims = byKind(claimsOf(wording));
  const key = compareKey(wording);
  return claimsOf(sentence).every((f) => f.derived || present(f, claims, key, []));
}

function walkButton(summaryId: string, act: WalkAct, label: string, key?: string): Action {
  return { label, event: { type: 'walk', act, summaryId, ...(key ? { key: itemHash(key) } : {}) } };
}

/** The next open item's card, or the end of the walk (定稿 when nothing is open). */
function next(c: Ctx) {
  const walk = c.summary.walk as NonNullable<Summary['walk']>;
  const { items, material, open } = current(c);
  const left = items.filter((i) => !walk.passed.includes(i.key));
  const item = left[0];
  if (!item) return end(c, items, open);
  const n = walk.done + 1;
  const total = walk.done + items.length;
  const id = c.summary.id;
  const button = (act: WalkAct, label: string) => walkButton(id, act, label, item.key);
  const stop = walkButton(id, 'stop', WALK_LABEL.stop);
  const head = `待完成 ${n}/${total}`;
  const where = item.kind === 'later' ? '' : placeName(c, material, item.at);
  const quote = (at: number) => {
    let { start, end } = sentenceAround(c.text, at);
    // A 【待补】 right after a sentence is quoted with that sentence, so the user sees its place.
    if (
      item.kind === 'placeholder' &&
      c.text.slice(start, end).trim() === item.text &&
      start > 0 &&
      c.text[start - 1] !== '\n'
    ) {
      start = sentenceAround(c.text, start - 1).start;
    }
    return `“${clipGraphemes(c.text.slice(start, end).trim(), 60)}”`;
  };
  if (item.kind === 'placeholder') {
    c.replies.push({
      kind: 'question',
      text: `${head}\n${where} · ${item.text}\n${quote(item.at)}\n请直接回复要写在这里的内容（做法、数字、成效），我会替换这个【待补】。`,
      actions: [
        [button('delete', WALK_LABEL.deleteSentence), button('pass', WALK_LABEL.pass)],
        [stop],
      ],
    });
  } else if (item.kind === 'untraced') {
    c.replies.push({
      kind: 'question',
      text: `${head}\n${where} · 无出处：“${item.fact.text}”在您的回答中找不到\n${quote(item.at)}\n属实请点[${WALK_LABEL.vouch}]；不对请回复正确的写法，或点[${WALK_LABEL.delete}]。`,
      actions: [
        [button('vouch', WALK_LABEL.vouch), button('delete', WALK_LABEL.delete)],
        [button('pass', WALK_LABEL.pass), stop],
      ],
    });
  } else if (item.kind === 'omitted') {
    c.replies.push({
      kind: 'question',
      text: `${head}\n${where} · 遗漏：您的回答里有“${item.fact.text}”，草稿里没有写到\n您的回答：“${item.fact.clause}”\n点[${WALK_LABEL.add}]把这句加到这一部分末尾，也可以回复您想写的句子。`,
      actions: [
        [button('add', WALK_LABEL.add), button('dismiss', WALK_LABEL.dismiss)],
        [button('pass', WALK_LABEL.pass), stop],
      ],
    });
  } else if (item.kind === 'wording') {
    const w = item.issue;
    const what = w.fix
      ? `疑似错字：“${w.text}”应为“${w.fix}”`
      : w.kind === 'quote'
        ? `引号中的说法：${w.text}不是您回答里的原话`
        : `口语：“${w.text}”`;
    const ask = w.fix
      ? `点[改为“${w.fix}”]，或回复这句的新写法。`
      : '请回复这句的书面写法，我会替换整句；原句没问题就点[保留原句]。';
    c.replies.push({
      kind: 'question',
      text: `${head}\n${where} · ${what}\n${quote(item.at)}\n${ask}`,
      actions: [
        [
          ...(w.fix ? [button('fix', `改为“${clipGraphemes(w.fix, 8)}”`)] : []),
          button('keep', WALK_LABEL.keep),
        ],
        [button('pass', WALK_LABEL.pass), stop],
      ],
    });
  } else {
    const index = c.template.sections.findIndex((s) => s.id === item.sectionId);
    const part = partOf({ kind: 'section', index }) as number;
    c.replies.push({
      kind: 'question',
      text: `${head}\n留待补充：第${part}部分「${item.title}」跳过了，草稿里没有写。\n点[${WALK_LABEL.fill}]现在回答（答完点[重新生成]写进草稿），或点[${WALK_LABEL.leaveOut}]。`,
      actions: [
        [
          {
            label: WALK_LABEL.fill,
            event: { type: 'edit', part, ref: { summaryId: id, at: '*' } },
          },
          button('leaveOut', WALK_LABEL.leaveOut),
        ],
        [button('pass', WALK_LABEL.pass), stop],
      ],
    });
  }
}

function end(c: Ctx, items: OpenItem[], open: boolean) {
  const walk = c.summary.walk as NonNullable<Summary['walk']>;
  walk.active = false;
  if (items.length === 0 && !open) {
    c.summary.finalVersion = c.version;
    c.summary.walk = undefined;
    const material = materialOf(c.template, c.summary, c.version);
    const report = settledReport(checkDraft(c.text, material), c.summary.dismissed);
    c.replies.push({
      kind: 'notice',
      text: `✅ 没有待完成的了：草稿第${c.version}版就是定稿。\n${buildChecklist(report).text}\n下面发送定稿的 Word 文件。`,
    });
    c.effects.push({ type: 'sendDraft', summaryId: c.summary.id, version: c.version, final: true });
    return;
  }
  if (items.length === 0) {
    // Nothing to walk, but the structure still has problems: the 核对清单 names them.
    const material = materialOf(c.template, c.summary, c.version);
    const report = settledReport(checkDraft(c.text, material), c.summary.dismissed);
    c.replies.push({
      kind: 'notice',
      text: `逐项内容都已完成，但还有结构问题：\n${report.structure.join('\n')}`,
    });
    return;
  }
  c.replies.push({
    kind: 'notice',
    text: `这一轮看完了：已完成${walk.done}项，还有${items.length}项留着。随时点[${WALK_LABEL.resume}]或发送 /finish 再看。`,
    actions: [[walkButton(c.summary.id, 'start', WALK_LABEL.resume)]],
  });
}
