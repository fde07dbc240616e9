import * as z from 'zod';

/**
 * The shape of a template file in prompts/templates/. A template is one kind of summary
 * (统战工作总结, 通用工作总结 …): the basic-info fields asked first, then the ordered sections.
 * Adding a new kind of summary means adding a file, not code.
 */

/** The unit types the interview adapts to; ids are what the user picks and what overrides key on. */
export const UNIT_TYPES = ['乡镇', '街道', '社区或村', '学校', '机关部门', '其他'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

const nonEmpty = z.string().trim().min(1, '不能为空');

/** Wording that may change with the unit type (a school is asked about 学生思想政治工作). */
const sectionWording = z.strictObject({
  title: nonEmpty.optional(),
  heading: nonEmpty.optional(),
  question: nonEmpty.optional(),
  hints: z.array(nonEmpty).min(2).max(4).optional(),
  example: nonEmpty.optional(),
  followUp: nonEmpty.optional(),
  /** Whether [不涉及] is offered for this unit type (a school has no 商会, every unit leads). */
  notApplicable: z.boolean().optional(),
});

/** A basic-info field's wording for one unit type (the example 镇党委 becomes 学校党委). */
const infoWording = z.strictObject({
  question: nonEmpty.optional(),
  example: nonEmpty.optional(),
});

export const infoFieldSchema = z.strictObject({
  /** Stable key in stored answers. */
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, '只能用英文字母和数字，以小写字母开头'),
  label: nonEmpty,
  question: nonEmpty,
  /** text: free text; choice: one of options (buttons); year: a plausible four-digit year. */
  kind: z.enum(['text', 'choice', 'year']),
  options: z.array(nonEmpty).min(2).optional(),
  /**
   * Other words users type for an option (全年 → 年度, 高校 → 学校), for a choice field; each
   * value must be one of the options.
   */
  aliases: z.record(nonEmpty, nonEmpty).optional(),
  example: nonEmpty.optional(),
  /** Optional fields may be skipped; the draft then leaves a 【待补】 or omits the phrase. */
  optional: z.boolean().default(false),
  /** Marks the field that holds the unit type, so sections can adapt their wording. */
  unitType: z.boolean().default(false),
  /**
   * Ids of earlier fields whose values are offered as buttons (the 落款 question offers the
   * 领导机关 and the unit name); the user may still type another value.
   */
  suggest: z.array(z.string()).optional(),
  /** Per-unit-type wording, keyed by unit type (for fields asked after the unit type). */
  byUnitType: z.partialRecord(z.enum(UNIT_TYPES), infoWording).optional(),
});

export const sectionSchema = sectionWording.extend({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, '只能用英文字母和数字，以小写字母开头'),
  /** Short name shown to the user: 第3/11部分 · 党外代表人士与党外干部. */
  title: nonEmpty,
  /** The level-1 heading this section becomes in the draft (a parallel 公文 phrase). */
  heading: nonEmpty,
  question: nonEmpty,
  hints: z.array(nonEmpty).min(2).max(4),
  example: nonEmpty,
  /** work: a body section; shortcomings: 存在的不足; nextSteps: 下一步工作打算. */
  role: z.enum(['work', 'shortcomings', 'nextSteps']).default('work'),
  skippable: z.boolean().default(true),
  notApplicable: z.boolean().default(true),
  /**
   * A part the summary is incomplete without (存在的不足, 下一步工作打算): it may be skipped for
   * later, but the user is warned once when skipping it and reminded at /draft.
   */
  required: z.boolean().default(false),
  /** Key sections get one follow-up question before drafting when their answer has no concrete fact. */
  key: z.boolean().default(false),
  /**
   * False where a part reports arrangements rather than results (组织领导): the offline draft
   * asks no 【待补：…的成效】 after a short answer there.
   */
  outcome: z.boolean().default(true),
  /** The follow-up asked when no model is configured to write one. */
  followUp: nonEmpty.optional(),
  /** Per-unit-type wording overrides, keyed by unit type. */
  byUnitType: z.partialRecord(z.enum(UNIT_TYPES), sectionWording).optional(),
});

/**
 * A group of sections written under one level-1 heading of the draft (the outline stage, see
 * templates/outline.ts). Several answered parts become （一）（二） sub-headings; a group with
 * one part takes that part's own heading. A template without groups is written flat.
 */
export const groupSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, '只能用英文字母和数字，以小写字母开头'),
  /** The level-1 heading when the group holds several parts (a parallel 公文 phrase). */
  heading: nonEmpty,
  /** One fact-free sentence the offline composer opens the heading with. */
  lead: nonEmpty,
  /** Section ids, in the order they are written. */
  sections: z.array(z.string()).min(1),
  /** Per-unit-type heading and lead. */
  byUnitType: z
    .partialRecord(
      z.enum(UNIT_TYPES),
      z.strictObject({ heading: nonEmpty.optional(), lead: nonEmpty.optional() }),
    )
    .optional(),
});

export const templateSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, '只能用小写英文字母、数字和连字符'),
  /** The name the user picks from: 统战工作总结. */
  name: nonEmpty,
  /** One line on what it is for, shown in the template list. */
  description: nonEmpty,
  /** Position in the template list. */
  order: z.number().int().default(100),
  /** The last words of the draft title: [单位][期间]<titleSuffix>. */
  titleSuffix: nonEmpty,
  /** How running text names the work (统战工作, 各项工作): the offline opening and closing. */
  topic: nonEmpty.optional(),
  /** The offline opening's fact-free aim phrase (把凝聚人心、汇聚力量贯穿统战工作全过程). */
  aim: nonEmpty.optional(),
  /** Fixed wording the opening may use beyond the answers (the checker accepts it). */
  fixedWording: z.array(nonEmpty).default([]),
  info: z
    .array(
      infoFieldSchema.refine(
        (f) => Object.values(f.aliases ?? {}).every((v) => f.options?.includes(v)),
        { message: 'aliases 的每个值都必须是 options 里的一项', path: ['aliases'] },
      ),
    )
    .min(1),
  sections: z.array(sectionSchema).min(1),
  /** Sections grouped under shared level-1 headings; sections in no group stand alone. */
  groups: z.array(groupSchema).default([]),
});

export type InfoField = z.infer<typeof infoFieldSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Template = z.infer<typeof templateSchema>;
export type SectionWording = z.infer<typeof sectionWording>;
export type Group = z.infer<typeof groupSchema>;

/** The info field ids every template must have, because titles and openings are built from them. */
export const REQUIRED_INFO_IDS = ['unit', 'period', 'year'] as const;
