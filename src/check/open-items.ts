import { type Material, materialOutline } from '../compose/material.js';
import { PLACEHOLDER_RE } from '../facts/placeholder.js';
import { cnOrdinal } from '../templates/outline.js';
import type { CheckReport, OmittedFact, UntracedFact } from './checker.js';
import { type WordingIssue, wordingKey } from './wording.js';

/**
 * What is still open in a draft, one item each, in the order a reader meets them: each
 * 【待补：…】, each fact without a source (无出处), each fact of the answers the draft leaves out
 * (遗漏, placed where its part is written), each spoken word or typo left (口语), each part
 * skipped for later. The 核对清单 counts the
 * same report; the finishing walk (app/walk.ts) goes through these items one at a time. Pure.
 */

export type OpenItem =
  | { kind: 'placeholder'; key: string; text: string; at: number; sectionId?: string }
  | { kind: 'untraced'; key: string; fact: UntracedFact; at: number; sectionId?: string }
  | { kind: 'omitted'; key: string; fact: OmittedFact; at: number; sectionId?: string }
  | { kind: 'later'; key: string; sectionId: string; title: string; at: number }
  | { kind: 'wording'; key: string; issue: WordingIssue; at: number; sectionId?: string };

const L1_RE = /^([一二三四五六七八九十]{1,3})、/;
const L2_RE = /^[（(][一二三四五六七八九十]{1,3}[）)]/;
const PART_RE = /^[一二三四五六七八九十]{1,2}是/;

/** One line of the draft with where it starts. */
export interface DraftLine {
  text: string;
  start: number;
}

export function draftLines(draft: string): DraftLine[] {
  const out: DraftLine[] = [];
  let start = 0;
  for (const text of draft.split('\n')) {
    out.push({ text, start });
    start += text.length + 1;
  }
  return out;
}

/** Where each part of the material is written: its lines (indices into draftLines). */
export interface PartPlace {
  sectionId: string;
  /** The level-1 heading it stands under (1 = 一、). */
  heading: number;
  first: number;
  last: number;
}

/**
 * The parts as the draft lays them out: a level-1 heading follows the outline's heading of the
 * same number; under it a （一） starts the next sub-heading's part, a 一是/二是 paragraph the
 * next of several parts. A part's lines run to the next such marker.
 */
export function partPlaces(draft: string, material: Material): PartPlace[] {
  const headings = materialOutline(material).headings;
  const lines = draftLines(draft);
  const places: PartPlace[] = [];
  let heading = 0;
  let sub = -1;
  let para = -1;
  const open = (sectionId: string | undefined, i: number) => {
    const prev = places.at(-1);
    if (prev && prev.last < 0) prev.last = i - 1;
    if (sectionId) places.push({ sectionId, heading, first: i, last: -1 });
  };
  lines.forEach((line, i) => {
    const text = line.text.trim();
    const h = headings[heading] && L1_RE.test(text) ? headings[heading] : undefined;
    if (h) {
      heading++;
      sub = -1;
      para = -1;
      open(h.subs.length > 0 ? undefined : h.sectionIds[0], i);
      return;
    }
    const current = headings[heading - 1];
    if (!current) return;
    if (current.subs.length > 0 && L2_RE.test(text)) {
      sub++;
      open(current.subs[sub]?.sectionIds[0], i);
    } else if (current.subs.length === 0 && current.sectionIds.length > 1 && PART_RE.test(text)) {
      para++;
      // The first 一是 paragraph continues the part opened at the heading.
      if (para > 0) open(current.sectionIds[para], i);
      else if (places.at(-1)?.sectionId !== current.sectionIds[0]) open(current.sectionIds[0], i);
    }
  });
  const last = places.at(-1);
  if (last && last.last < 0) last.last = bodyEnd(lines, material, heading);
  return places;
}

/** The last body line of the last heading: the closing paragraph, 落款 and date are not its. */
function bodyEnd(lines: DraftLine[], material: Material, _headings: number): number {
  let end = lines.length - 1;
  const tail = new Set([material.signer ?? '', material.date ?? '', ''].filter((t) => t !== ''));
  while (end > 0 && (lines[end]!.text.trim() === '' || tail.has(lines[end]!.text.trim()))) end--;
  // The closing paragraph (…将…取得新的成效。) after the last heading's body.
  if (/将.*成效。$/.test(lines[end]!.text.trim())) end--;
  return end;
}

/** The part a position of the draft belongs to (undefined in the title and opening). */
export function partAt(places: PartPlace[], lines: DraftLine[], at: number): PartPlace | undefined {
  const line = lines.findLastIndex((l) => l.start <= at);
  return places.find((p) => p.first <= line && line <= p.last);
}

/** A place of the draft in words: 第二部分 (the draft's 二、), 开头 before the first heading. */
export function partName(draft: string, material: Material, at: number): string {
  const part = partAt(partPlaces(draft, material), draftLines(draft), at);
  return part ? `第${cnOrdinal(part.heading)}部分` : '开头';
}

/** The section an answer fact comes from. */
function sourceSection(material: Material, text: string): string | undefined {
  return material.sections.find((s) =>
    [...s.parts, s.followUp?.answer ?? ''].some((p) => p.includes(text)),
  )?.id;
}

/** A fact's place in its line of the draft. */
function untracedAt(lines: DraftLine[], f: UntracedFact): number {
  const line = lines[f.line - 1];
  if (!line) return 0;
  const i = line.text.indexOf(f.text);
  return line.start + Math.max(0, i);
}

export function omittedKey(f: OmittedFact): string {
  return `o|${f.kind}|${f.text}`;
}

/** The report without the 遗漏 the user said need not be written ([不用写]). */
export function settledReport(report: CheckReport, dismissed: string[] = []): CheckReport {
  if (dismissed.length === 0) return report;
  const omitted = report.omitted.filter((f) => !dismissed.includes(omittedKey(f)));
  const wording = report.wording.filter((w) => !dismissed.includes(wordingKey(w)));
  return {
    ...report,
    omitted,
    wording,
    ok: report.untraced.length === 0 && omitted.length === 0 && report.structure.length === 0,
  };
}

export function openItems(draft: string, report: CheckReport, material: Material): OpenItem[] {
  const lines = draftLines(draft);
  const places = partPlaces(draft, material);
  const section = (at: number) => partAt(places, lines, at)?.sectionId;
  const items: OpenItem[] = [];
  const seen = new Map<string, number>();
  for (const m of draft.matchAll(PLACEHOLDER_RE)) {
    const n = seen.get(m[0]) ?? 0;
    seen.set(m[0], n + 1);
    const at = m.index ?? 0;
    items.push({
      kind: 'placeholder',
      key: `p|${m[0]}|${n}`,
      text: m[0],
      at,
      sectionId: section(at),
    });
  }
  const untraced = new Set<string>();
  for (const fact of report.untraced) {
    const key = `u|${fact.kind}|${fact.text}`;
    if (untraced.has(key)) continue;
    untraced.add(key);
    const at = untracedAt(lines, fact);
    items.push({ kind: 'untraced', key, fact, at, sectionId: section(at) });
  }
  for (const fact of report.omitted) {
    const sectionId = sourceSection(material, fact.text);
    const place = places.findLast((p) => p.sectionId === sectionId);
    const line = lines[place?.last ?? -1];
    // Where it would be written: the end of its part; the end of the body when it has none.
    const at = line ? line.start + line.text.length : draft.length;
    items.push({ kind: 'omitted', key: omittedKey(fact), fact, at, sectionId });
  }
  for (const issue of report.wording) {
    const at = issue.index;
    items.push({ kind: 'wording', key: wordingKey(issue), issue, at, sectionId: section(at) });
  }
  for (const title of report.later) {
    const s = material.sections.find((x) => x.title === title);
    if (s)
      items.push({ kind: 'later', key: `l|${s.id}`, sectionId: s.id, title, at: draft.length });
  }
  // A stable sort: items at one place keep the report's order.
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.at - b.item.at || a.i - b.i)
    .map((x) => x.item);
}
