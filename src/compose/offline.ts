import { hasConcreteFact } from '../facts/concrete.js';
import { placeholder } from '../facts/placeholder.js';
import { loadWords } from '../facts/words.js';
import { hasPractice } from '../interview/depth.js';
import { cnOrdinal, contentChars, type OutlineHeading, THIN_CHARS } from '../templates/outline.js';
import { type Material, type MaterialSection, materialOutline } from './material.js';
import { CHINESE_ORDINALS, enumerate } from './numbering.js';
import { cleanSentence, splitItems } from './sentences.js';
import { clauseBreaks, splitEnumerated, splitPlans, toWritten } from './written.js';

/**
 * The offline composer: turns the answers into a structured 公文 draft without a model. It is
 * the default without an API key and the fallback when the model fails, so it must read as a
 * formal text, not a dump of answers. It follows the outline (templates/outline.ts), writes the
 * user's own words in written style inside fixed, fact-free formulas, and never adds a number,
 * date, name or event. Every sentence it adds is its own wording, none taken from the samples.
 */

/** How the unit refers to itself in running text, by unit type. */
const SELF: Record<string, string> = {
  乡镇: '我镇',
  街道: '我街道',
  社区或村: '我社区',
  学校: '我校',
  机关部门: '我单位',
  其他: '我单位',
};

/** What the work is rooted in, by unit type (fact-free). */
const FOCUS: Record<string, string> = {
  乡镇: '立足服务乡村振兴和基层治理',
  街道: '立足服务城市基层治理和辖区发展',
  社区或村: '立足服务居民群众和社区治理',
  学校: '立足立德树人根本任务',
  机关部门: '立足部门职能',
  其他: '立足本单位实际',
};

/** Whose expectations a 不足 is measured against, by unit type (a school serves 师生). */
const SERVED: Record<string, string> = {
  学校: '师生',
  机关部门: '服务对象',
};

interface PeriodWords {
  /** How the opening hands over to the body. */
  handOver: string;
  /** The coming period, for 下一步 and the closing. */
  ahead: string;
  /** The work looked back on, for 不足: 一年来的工作 / 这项工作. */
  behind: string;
}

function periodWords(period: string): PeriodWords {
  if (period === '上半年')
    return { handOver: '现将半年来的工作总结如下：', ahead: '下半年', behind: '半年来的工作' };
  if (period === '下半年')
    return { handOver: '现将半年来的工作总结如下：', ahead: '新的一年', behind: '半年来的工作' };
  if (period.includes('季度')) {
    return { handOver: '现将本季度工作总结如下：', ahead: '下一阶段', behind: '本季度的工作' };
  }
  if (period === '专项')
    return { handOver: '现将有关情况总结如下：', ahead: '下一步', behind: '这项工作' };
  return { handOver: '现将全年工作总结如下：', ahead: '新的一年', behind: '一年来的工作' };
}

export function selfName(material: Material): string {
  return SELF[material.unitType ?? '其他'] ?? '我单位';
}

export function composeOffline(material: Material): string {
  const outline = materialOutline(material);
  const byId = new Map(material.sections.map((s) => [s.id, s]));
  const paragraphs: string[] = [material.title, opening(material)];
  for (const h of outline.headings) {
    paragraphs.push(`${cnOrdinal(h.n)}、${h.heading}`, ...headingBody(material, h, byId));
  }
  paragraphs.push(closing(material));
  if (material.signer) paragraphs.push(material.signer);
  if (material.date) paragraphs.push(material.date);
  return `${paragraphs.join('\n')}\n`;
}

function headingBody(
  material: Material,
  h: OutlineHeading,
  byId: Map<string, MaterialSection>,
): string[] {
  const sections = (ids: string[]) =>
    ids.map((id) => byId.get(id)).filter((s): s is MaterialSection => s !== undefined);
  if (h.role === 'shortcomings') return shortcomingsBody(material, sections(h.sectionIds));
  if (h.role === 'nextSteps') return nextStepsBody(material, sections(h.sectionIds));

  const out: string[] = [];
  if (h.subs.length > 0) {
    if (h.lead) out.push(h.lead);
    h.subs.forEach((sub, i) => {
      const [main, ...merged] = sections(sub.sectionIds);
      out.push(`（${cnOrdinal(i + 1)}）${sub.heading}`);
      if (main) out.push(...workBody(main));
      for (const m of merged) out.push(`此外，${mergedText(m)}`);
    });
    return out;
  }
  const parts = sections(h.sectionIds);
  if (parts.length === 1) {
    const body = workBody(parts[0] as MaterialSection);
    if (h.lead && body[0] !== undefined && !body[0].startsWith('【')) {
      body[0] = `${h.lead}${body[0]}`;
    } else if (h.lead) body.unshift(h.lead);
    return body;
  }
  // Several thin parts under one heading: one paragraph each, 一是……二是…….
  if (h.lead) out.push(h.lead);
  parts.forEach((part, i) => {
    const label = `${CHINESE_ORDINALS[i] ?? String(i + 1)}是${part.heading}。`;
    out.push(label + mergedText(part));
  });
  return out;
}

/**
 * The user's facts for a section as clean, written-style sentences: one per line, and one per
 * item where the user numbered inside a line (一是……二是……, 1. 2.), so the draft's numbering
 * replaces the user's whole, never half of it. `split` divides a line further (plans).
 */
function items(section: MaterialSection, split: (line: string) => string[] = (l) => [l]): string[] {
  const raw = [...section.parts];
  if (section.followUp) raw.push(section.followUp.answer);
  return raw
    .flatMap(splitItems)
    .flatMap(splitEnumerated)
    .flatMap(split)
    .map((line) => clauseBreaks(line))
    .map(cleanSentence)
    .map(toWritten)
    .filter((s) => s !== '');
}

function missing(section: MaterialSection): string {
  return placeholder(`${section.title}的主要做法和成效`);
}

const EFFECT_WORDS = loadWords('effect-words', new URL('./words/', import.meta.url));

/**
 * Where a key 做法 or 成效 is plainly missing, a visible 【待补】 after the part: the user sees
 * where the draft needs more, none is made up. Nothing checkable (no number, date, name or named
 * activity): 做法和成效; no 做法 named (开展, 召开, 走访 …): 做法; a very short part (under
 * ~20 字) with no word of a result (参加, 覆盖, 采纳, 提升 …): 成效.
 */
function depthNote(section: MaterialSection, list: string[]): string {
  const text = list.join('');
  if (!hasConcreteFact(text)) return placeholder(`${section.title}的具体做法和成效`);
  if (!hasPractice(text)) return placeholder(`${section.title}的具体做法`);
  const short = contentChars(text) < THIN_CHARS / 2;
  if (section.outcome !== false && short && !EFFECT_WORDS.some((w) => text.includes(w))) {
    return placeholder(`${section.title}的成效`);
  }
  return '';
}

function workBody(section: MaterialSection): string[] {
  const list = items(section);
  if (list.length === 0) return [missing(section)];
  const out = enumerate(list);
  const note = depthNote(section, list);
  if (note) out[out.length - 1] += note;
  return out;
}

/** A part written inside another: its sentences in one run. */
function mergedText(section: MaterialSection): string {
  const list = items(section);
  return list.length === 0 ? missing(section) : list.join('') + depthNote(section, list);
}

function infoValue(material: Material, id: string): string {
  return material.info.find((i) => i.id === id)?.value ?? '';
}

function opening(material: Material): string {
  const guide = infoValue(material, 'guide');
  const leader = infoValue(material, 'leader');
  const self = selfName(material);
  const time = material.periodPhrase || '本期';
  let under = '';
  if (guide && leader) under = `在${leader}的坚强领导和${guide}的具体指导下，`;
  else if (leader) under = `在${leader}的坚强领导下，`;
  else if (guide) under = `在${guide}的具体指导下，`;
  const focus = FOCUS[material.unitType ?? '其他'] ?? FOCUS.其他;
  const aim = material.aim ?? `扎实推进${topicOf(material)}`;
  const words = periodWords(material.period);
  return `${time}，${self}${under}${focus}，${aim}，各项工作稳步推进。${words.handOver}`;
}

/** The template's name for the work (统战工作, 各项工作); its name without 总结 otherwise. */
function topicOf(material: Material): string {
  return material.topic ?? material.templateName.replace(/总结$/, '');
}

function closing(material: Material): string {
  const leader = infoValue(material, 'leader');
  const self = selfName(material);
  const topic = topicOf(material);
  const under = leader ? `在${leader}的领导下，` : '';
  return `${self}将${under}坚持问题导向，补短板、强弱项，以更加务实的作风推动${topic}取得新的成效。`;
}

/** 存在的不足 人手不够, 下一步打算是…: the user naming the part before saying it. */
const RESTATED_RE =
  /^(?:存在的?(?:问题和)?不足|主要(?:问题|不足)|不足之处|不足|下一步(?:工作)?(?:打算|计划)?|明年(?:的)?打算)(?:主要)?(?:是|有|为)?[：:，,、\s]*/;

function unrestated(item: string): string {
  const rest = item.replace(RESTATED_RE, '');
  return rest.length >= 2 ? rest : item;
}

function shortcomingsBody(material: Material, sections: MaterialSection[]): string[] {
  const list = sections.flatMap((s) => items(s)).map(unrestated);
  if (list.length === 0) return [placeholder('存在的不足')];
  const { behind } = periodWords(material.period);
  const served = SERVED[material.unitType ?? '其他'] ?? '群众';
  const lead = `回顾${behind}，我们也看到，与上级的要求和${served}的期待相比，还有一些不足：`;
  if (list.length === 1) return [`${lead}${list[0]}`];
  return [lead + enumerate(list, { inline: true })[0]];
}

function nextStepsBody(material: Material, sections: MaterialSection[]): string[] {
  // Plans are split at ；/。 and the user's own numbers; at spaces only when typed without any
  // punctuation, and then only between whole plans (splitPlans).
  const list = sections.flatMap((s) => items(s, splitPlans)).map(unrestated);
  if (list.length === 0) return [placeholder('下一步工作打算')];
  const { ahead: period } = periodWords(material.period);
  // A plan that names the period itself (下半年为联络员……) would repeat it after the lead.
  const ahead = list.some((item) => item.startsWith(period)) ? '下一步' : period;
  // One plan is one sentence, not a list of "以下几项" with a single item.
  if (list.length === 1) return [`${ahead}，${selfName(material)}将着重抓好这项工作：${list[0]}`];
  const lead = `${ahead}，${selfName(material)}将着重抓好以下几项工作：`;
  return [lead, ...list.map((item, i) => `${i + 1}. ${item}`)];
}
