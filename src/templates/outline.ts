import type { Group, Section, UnitType } from './schema.js';

/**
 * The outline stage: which level-1 headings a draft has, which answered parts become （一）（二）
 * sub-headings under which heading (all of a group's parts, once two of them are rich), which
 * thin parts are written together as 一是/二是 paragraphs, then 不足
 * and 下一步. Deterministic, from the template's groups and the answers alone, so the offline
 * composer, the model request, the /outline command and the structure check all see the same
 * outline. Skipped and 不涉及 parts take no number.
 */

/** An answer with fewer characters than this (汉字 and digits) is thin: no sub-heading of its own. */
export const THIN_CHARS = 40;

export interface OutlinePart {
  id: string;
  /** Short name (组织领导与工作网络). */
  title: string;
  /** The part's own level-1/level-2 heading (a parallel 公文 phrase). */
  heading: string;
  role: Section['role'];
  status: 'done' | 'open' | 'skipped' | 'na' | 'unanswered';
  /** Everything the user wrote for it (answer and follow-up), joined. */
  text: string;
}

/** A group as it applies to one unit type. */
export interface OutlineGroup {
  id: string;
  heading: string;
  lead: string;
  sections: string[];
}

export interface OutlineSub {
  heading: string;
  /** The part the sub-heading is named for. */
  sectionIds: string[];
}

export interface OutlineHeading {
  /** 1-based: 一、 is 1. */
  n: number;
  heading: string;
  role: Section['role'];
  /** The group's fact-free opening sentence (offline composer), when the heading is a group's. */
  lead?: string;
  /** （一）（二）… sub-headings; empty when the parts are written as paragraphs. */
  subs: OutlineSub[];
  /** Parts written as paragraphs directly under the heading (一是/二是 when several). */
  sectionIds: string[];
  /**
   * A part of no group whose answers are several distinct messages (a 县教育局's 双减, 学校建设,
   * 控辍保学, 教师, 安全 in one 主要工作): how many. The model may give each a （一） of its own.
   */
  areas?: number;
}

export interface Outline {
  headings: OutlineHeading[];
}

/** 汉字 and digits: what "~40 字" counts (punctuation, spaces and emoji are not content). */
export function contentChars(text: string): number {
  return (text.match(/[\p{Script=Han}0-9０-９]/gu) ?? []).length;
}

export function isThin(part: Pick<OutlinePart, 'text'>): boolean {
  return contentChars(part.text) < THIN_CHARS;
}

/** The parts that belong in the draft: answered, or never answered (a 【待补】 keeps their place). */
function inDraft(part: OutlinePart): boolean {
  if (part.status === 'skipped' || part.status === 'na') return false;
  if (part.status === 'unanswered') return true;
  return part.text.trim() !== '';
}

/** The groups with their heading and lead for a unit type. */
export function groupsFor(groups: Group[], unitType?: UnitType | string): OutlineGroup[] {
  return groups.map((g) => {
    const o = unitType ? g.byUnitType?.[unitType as UnitType] : undefined;
    return {
      id: g.id,
      heading: o?.heading ?? g.heading,
      lead: o?.lead ?? g.lead,
      sections: g.sections,
    };
  });
}

export function planOutline(parts: OutlinePart[], groups: OutlineGroup[]): Outline {
  const used = parts.filter(inDraft);
  const byId = new Map(used.map((p) => [p.id, p]));
  const groupOf = new Map<string, OutlineGroup>();
  for (const g of groups) for (const id of g.sections) groupOf.set(id, g);

  const headings: Omit<OutlineHeading, 'n'>[] = [];
  const placed = new Set<string>();
  for (const part of used.filter((p) => p.role === 'work')) {
    if (placed.has(part.id)) continue;
    const group = groupOf.get(part.id);
    const members = group
      ? group.sections.map((id) => byId.get(id)).filter((p): p is OutlinePart => p !== undefined)
      : [part];
    for (const m of members) placed.add(m.id);
    headings.push(groupHeading(members, group));
  }
  for (const role of ['shortcomings', 'nextSteps'] as const) {
    for (const part of used.filter((p) => p.role === role)) {
      headings.push({ heading: part.heading, role, subs: [], sectionIds: [part.id] });
    }
  }
  return { headings: headings.map((h, i) => ({ ...h, n: i + 1 })) };
}

function groupHeading(members: OutlinePart[], group?: OutlineGroup): Omit<OutlineHeading, 'n'> {
  const only = members[0] as OutlinePart;
  // The lead speaks for the group: it opens the group's heading, or a group of one section.
  const speaks = group && (members.length > 1 || group.sections.length === 1);
  const lead = speaks ? { lead: group.lead } : {};
  if (!group || members.length === 1) {
    const areas = group ? 0 : distinctMessages(only);
    return {
      heading: only.heading,
      role: 'work',
      ...lead,
      subs: [],
      sectionIds: [only.id],
      ...(areas >= AREAS_FOR_SUBS ? { areas } : {}),
    };
  }
  const rich = members.filter((m) => m.status !== 'unanswered' && !isThin(m));
  if (rich.length < 2) {
    // Too little for sub-headings: the parts are paragraphs under the group's heading.
    return {
      heading: group.heading,
      role: 'work',
      ...lead,
      subs: [],
      sectionIds: members.map((m) => m.id),
    };
  }
  // Once the group has sub-headings, every part takes its own, a thin one too: written inside
  // a neighbour it would stand under a heading that names something else.
  const subs: OutlineSub[] = members.map((m) => ({ heading: m.heading, sectionIds: [m.id] }));
  return { heading: group.heading, role: 'work', ...lead, subs, sectionIds: [] };
}

/** From this many substantial messages a part of no group may be written as （一）（二）…. */
const AREAS_FOR_SUBS = 3;
/** A message this long (汉字 and digits) is one area of work, not a remark. */
export const AREA_CHARS = 15;

function distinctMessages(part: OutlinePart): number {
  return part.text.split('\n').filter((l) => contentChars(l) >= AREA_CHARS).length;
}

const CN = '一二三四五六七八九十';

export function cnOrdinal(n: number): string {
  if (n <= 10) return CN[n - 1] ?? String(n);
  if (n < 20) return `十${CN[n - 11] ?? ''}`;
  return String(n);
}

/**
 * The outline as the user (and the model) reads it: one line per heading, sub-headings indented,
 * each naming the parts of the interview it is written from.
 */
export function outlineLines(outline: Outline, titleOf: (id: string) => string): string[] {
  const names = (ids: string[]) => ids.map((id) => `“${titleOf(id)}”`).join('、');
  const lines: string[] = [];
  for (const h of outline.headings) {
    const how =
      h.role === 'shortcomings'
        ? '（写成一段）'
        : h.role === 'nextSteps'
          ? '（分条列出）'
          : h.subs.length === 0 && h.sectionIds.length > 1
            ? '（不设二级标题，各部分分段写，用一是、二是）'
            : h.areas
              ? `（回答有${h.areas}条，分属不同方面的，可按方面设“（一）”“（二）”等二级标题，标题据内容自拟）`
              : '';
    const from = h.subs.length === 0 ? `　← ${names(h.sectionIds)}` : '';
    lines.push(`${cnOrdinal(h.n)}、${h.heading}${how}${from}`);
    h.subs.forEach((sub, i) => {
      lines.push(`　　（${cnOrdinal(i + 1)}）${sub.heading}　← ${names(sub.sectionIds)}`);
    });
  }
  return lines;
}
