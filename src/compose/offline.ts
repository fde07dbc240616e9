import { placeholder } from '../facts/placeholder.js';
import type { Material, MaterialSection } from './material.js';
import { CHINESE_ORDINALS, enumerate } from './numbering.js';
import { cleanSentence, splitItems } from './sentences.js';

/**
 * The offline composer: turns the answers into a structured 公文 draft without a model. It is
 * the default without an API key and the fallback when the model fails, so it must read as a
 * formal text, not a dump of answers. It only rearranges the user's own words inside fixed,
 * fact-free formulas; it never adds a number, date, name or event.
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

export function selfName(material: Material): string {
  return SELF[material.unitType ?? '其他'] ?? '我单位';
}

export function composeOffline(material: Material): string {
  const paragraphs: string[] = [material.title, opening(material)];
  const used = material.sections.filter((s) => s.status !== 'skipped' && s.status !== 'na');
  const work = used.filter((s) => s.role === 'work');
  const shortcomings = used.filter((s) => s.role === 'shortcomings');
  const nextSteps = used.filter((s) => s.role === 'nextSteps');
  let n = 0;
  const heading = (text: string) => `${CHINESE_ORDINALS[n++]}、${text}`;

  for (const section of work) {
    paragraphs.push(heading(section.heading), ...workBody(section));
  }
  for (const section of shortcomings) {
    paragraphs.push(heading(section.heading), ...shortcomingsBody(section));
  }
  for (const section of nextSteps) {
    paragraphs.push(heading(section.heading), ...nextStepsBody(material, section));
  }
  paragraphs.push(closing(material));
  return `${paragraphs.join('\n')}\n`;
}

function opening(material: Material): string {
  const guide = infoValue(material, 'guide');
  const leader = infoValue(material, 'leader');
  const self = selfName(material);
  const time = material.periodPhrase || '本期';
  let under = '';
  if (guide && leader) under = `在${guide}的精心指导和${leader}的正确领导下，`;
  else if (leader) under = `在${leader}的正确领导下，`;
  else if (guide) under = `在${guide}的精心指导下，`;
  const topic = material.templateName.replace(/总结$/, '');
  return (
    `${time}，${self}${under}紧紧围绕中心工作和发展大局，团结一切可以团结的力量，` +
    `扎实推进各项${topic}，取得了一定成效。现将有关情况总结如下：`
  );
}

function closing(material: Material): string {
  const leader = infoValue(material, 'leader');
  const self = selfName(material);
  const topic = material.templateName.replace(/总结$/, '');
  return leader
    ? `今后，${self}将在${leader}的坚强领导下，凝心聚力、真抓实干，推动${topic}再上新台阶。`
    : `今后，${self}将继续凝心聚力、真抓实干，推动${topic}再上新台阶。`;
}

function infoValue(material: Material, id: string): string {
  return material.info.find((i) => i.id === id)?.value ?? '';
}

/** The user's facts for a section as clean items; the follow-up answer counts as one more. */
function items(section: MaterialSection): string[] {
  const raw = [...section.parts];
  if (section.followUp) raw.push(section.followUp.answer);
  return raw
    .flatMap(splitItems)
    .map(cleanSentence)
    .filter((s) => s !== '');
}

function workBody(section: MaterialSection): string[] {
  const list = items(section);
  if (list.length === 0) return [placeholder(`${section.title}的主要做法和成效`)];
  return enumerate(list);
}

function shortcomingsBody(section: MaterialSection): string[] {
  const list = items(section);
  if (list.length === 0) return [placeholder('存在的不足')];
  const lead = '在肯定成绩的同时，我们也清醒地认识到，工作中还存在一些不足：';
  if (list.length === 1) return [`${lead}${list[0]}`];
  return [lead + enumerate(list, { inline: true })[0]];
}

function nextStepsBody(material: Material, section: MaterialSection): string[] {
  const list = items(section);
  if (list.length === 0) return [placeholder('下一步工作打算')];
  const lead = `下一步，${selfName(material)}将重点做好以下工作：`;
  return [lead, ...list.map((item, i) => `${i + 1}. ${item}`)];
}
