import { AREA_CHARS, contentChars, outlineLines } from '../templates/outline.js';
import { type Material, type MaterialSection, materialOutline } from './material.js';
import { exemplarKey, type Prompts } from './prompts.js';

/**
 * The messages sent to the model. The layout serves providers' prefix caches: message[0] (the
 * system prompt: rules + style guide + the exemplar for the unit type) is byte-identical for
 * every user with the same unit type, and everything user-specific comes after it, with the
 * material as the tail of the first user message. A revision repeats the compose request and
 * appends the current draft and the instruction, so it shares the whole material prefix too.
 */

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** The tag around the material. Its content is data, never instructions (system.md says so). */
export const MATERIAL_TAG = 'material';
/** The tag around a revision instruction. */
export const REQUEST_TAG = 'request';

const EXEMPLAR_INTRO =
  '【文风示例】\n\n以下示例只示范文风、层次和篇章结构。示例中的【示例单位】【次数】【日期】等方括号记号只表示“此处写材料中的相应事实”：起草时一律换成材料里的内容，材料没有的就不写这句话或写【待补：缺什么】，绝不照抄记号，也不照搬示例的句子和事项。';

const COMPOSE_TASK =
  '请根据下面 material 数据块中的材料，按系统提示的事实规则、格式和文风指南起草这篇工作总结，直接输出全文。';

const STATUS_LABEL = { answered: '已回答', unanswered: '未作答' } as const;
const ROLE_LABEL: Record<MaterialSection['role'], string> = {
  work: '工作',
  shortcomings: '存在的不足',
  nextSteps: '下一步打算',
};

/**
 * The static prefix: identical bytes for any two users of the same template kind and unit type.
 * Nothing from the material may enter it except through exemplarKey().
 */
export function buildSystemPrompt(material: Material, prompts: Prompts): string {
  const exemplar = prompts.exemplars[exemplarKey(material)];
  return [prompts.system, prompts.styleGuide, `${EXEMPLAR_INTRO}\n\n${exemplar}`].join(
    '\n\n────────\n\n',
  );
}

/**
 * The first request for a draft: [system, user(task + material)]. The task line names the block
 * without writing its tags, so each tag occurs once in the message.
 */
export function buildComposeMessages(material: Material, prompts: Prompts): ChatMessage[] {
  const task = [COMPOSE_TASK, outlineTask(material), lengthTask(material), closingTask(material)]
    .filter((t) => t !== '')
    .join('\n\n');
  return [
    { role: 'system', content: buildSystemPrompt(material, prompts) },
    { role: 'user', content: `${task}\n\n${materialBlock(materialData(material))}` },
  ];
}

/** The outline (templates/outline.ts) as instructions: the headings the draft must have. */
export function outlineTask(material: Material): string {
  const outline = materialOutline(material);
  if (outline.headings.length === 0) return '';
  const titleOf = (id: string) => material.sections.find((s) => s.id === id)?.title ?? id;
  return [
    '【提纲】请严格按以下提纲安排一级标题和二级标题：数量、层次和顺序不变，标题文字可以略作润色；“←”后是该处依据的材料部分。除注明可按方面设二级标题的地方外，没有二级标题的地方不要自设“（一）”。',
    ...outlineLines(outline, titleOf),
  ].join('\n');
}

/** Words of answers, and the length that material supports (about 3–5 times, capped). */
export function lengthRange(material: Material): { answers: number; min: number; max: number } {
  const answers = contentChars(
    material.sections
      .filter((s) => s.status !== 'skipped' && s.status !== 'na')
      .flatMap((s) => [...s.parts, s.followUp?.answer ?? ''])
      .join(''),
  );
  const round = (n: number) => Math.round(n / 100) * 100;
  // Each substantial message is a 做法 or a result the draft writes out with its 机制 and 作用
  // (about 60–120 字 in 公文 prose), however tersely it was typed: a bureau's five areas in
  // 170 字 are not a 300-字 year.
  const messages = material.sections
    .filter((s) => s.status !== 'skipped' && s.status !== 'na')
    .flatMap((s) => s.parts)
    .filter((p) => contentChars(p) >= AREA_CHARS).length;
  // A draft needs its frame (opening, headings, closing) however little was said.
  // About 2–4 times the answers: a faithful draft of rich material (做法, 机制, 作用 written
  // out) lands there (eval/model-samples); more invites padding or invention.
  const max = Math.min(3000, Math.max(600, round(answers * 4), round(messages * 120)));
  const min = Math.min(max - 200, Math.max(300, round(answers * 2), round(messages * 60)));
  return { answers, min, max };
}

function lengthTask(material: Material): string {
  const { answers, min, max } = lengthRange(material);
  return `【篇幅】材料中的回答约${answers}字，全文写到约${min}—${max}字：篇幅靠写清做法、机制和意义来充实，绝不靠新增事实；材料确实缺少关键做法或成效的地方写【待补：缺什么】。`;
}

function closingTask(material: Material): string {
  if (!material.signer || !material.date) return '';
  return `【落款和日期】全文最后两行依次是落款和成文日期，各占一行，照抄：\n${material.signer}\n${material.date}`;
}

/**
 * A revision: the compose request, the current draft as the assistant's turn, then the revise
 * wrapper with the user's instruction in its own delimited block. The first two messages are the
 * compose request's bytes, so a provider's prefix cache covers the material as well.
 */
export function buildReviseMessages(
  material: Material,
  prompts: Prompts,
  currentDraft: string,
  instruction: string,
): ChatMessage[] {
  return [
    ...buildComposeMessages(material, prompts),
    { role: 'assistant', content: currentDraft },
    {
      role: 'user',
      content: `${prompts.revise}\n\n${tagged(REQUEST_TAG, escapeTextTags(instruction.trim()))}`,
    },
  ];
}

/** One follow-up question about one section: a small request of its own (follow-up.md). */
export function buildFollowUpMessages(
  material: Material,
  prompts: Prompts,
  sectionId: string,
): ChatMessage[] {
  const section = material.sections.find((s) => s.id === sectionId);
  if (!section) throw new Error(`no section ${sectionId} in template ${material.templateId}`);
  const data = {
    总结: material.templateName,
    ...(material.unitType ? { 单位类型: material.unitType } : {}),
    部分: section.title,
    回答: section.parts,
  };
  return [
    { role: 'system', content: prompts.followUp },
    { role: 'user', content: materialBlock(data) },
  ];
}

/** What the model sees of the material, as plain data with Chinese keys (system.md names them). */
export function materialData(material: Material): Record<string, unknown> {
  // Skipped and 不涉及 sections are left out entirely: the model cannot write what it never sees.
  const sections = material.sections.filter((s) => s.status !== 'skipped' && s.status !== 'na');
  return {
    标题: material.title,
    时间: material.periodPhrase,
    基本情况: material.info.map((i) => ({ 项目: i.label, 内容: i.value })),
    各部分: sections.map((s) => {
      const answered = s.parts.length > 0 || s.followUp !== undefined;
      return {
        部分: s.title,
        建议标题: s.heading,
        用途: ROLE_LABEL[s.role],
        状态: answered ? STATUS_LABEL.answered : STATUS_LABEL.unanswered,
        ...(answered ? { 回答: s.parts } : {}),
        ...(s.followUp ? { 追问: { 问: s.followUp.question, 答: s.followUp.answer } } : {}),
        ...(s.unverified ? { 待核实: s.unverified } : {}),
      };
    }),
    ...(material.fixedWording.length > 0 ? { 可用固定表述: material.fixedWording } : {}),
  };
}

/**
 * The delimited data block. JSON strings escape `<` and `>` as \u003c / \u003e (still valid
 * JSON, still readable by the model), so an answer containing `</material>` cannot close the
 * block: the closing tag occurs exactly once, at the end.
 */
export function materialBlock(data: unknown): string {
  return tagged(MATERIAL_TAG, escapeJsonTags(compactJson(data)));
}

/**
 * JSON with one top-level key per line and one array element per line: valid JSON, easy for a
 * model (and a person) to read, without the indentation that costs tokens on every line.
 */
export function compactJson(data: unknown): string {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return JSON.stringify(data);
  const lines = Object.entries(data).map(([key, value]) => {
    const head = `${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null)) {
      return `${head}[\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]`;
    }
    return head + JSON.stringify(value);
  });
  return `{\n${lines.join(',\n')}\n}`;
}

function tagged(tag: string, body: string): string {
  return `<${tag}>\n${body}\n</${tag}>`;
}

/** JSON text with `<` `>` written as JSON escapes: same value when parsed, no tag can form. */
export function escapeJsonTags(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

/** Free text (a revision instruction) with `<` `>` made full-width, so no tag can form. */
export function escapeTextTags(text: string): string {
  return text.replace(/</g, '＜').replace(/>/g, '＞');
}
