import { parseChineseNumber } from '../facts/numerals.js';
import { summaryOutline } from '../interview/outline.js';
import { isUnverified, originOf } from '../interview/reference.js';
import { draftTitle } from '../interview/title.js';
import type { Summary } from '../interview/types.js';
import { groupsFor, type Outline, type OutlineGroup, planOutline } from '../templates/outline.js';
import type { Section, Template, UnitType } from '../templates/schema.js';
import { sectionWording } from '../templates/wording.js';
import { chinaDay } from '../text/china-time.js';

/**
 * The material a draft is written from: the user's answers, laid out by section, plus the
 * template's fixed wording. Composers (offline or model) and the checker see only this, so
 * "traceable to the answers" has one meaning everywhere.
 */
export interface MaterialSection {
  id: string;
  /** Short name (组织领导与工作网络). */
  title: string;
  /** The level-1 heading suggested by the template. */
  heading: string;
  role: Section['role'];
  /** done = answered; skipped/na = leave it out of the draft; open = started but not finished. */
  status: 'done' | 'skipped' | 'na' | 'open' | 'unanswered';
  /** The user's messages for this section, each one trimmed, in order. */
  parts: string[];
  /** The follow-up question and the user's answer to it, if any. */
  followUp?: { question: string; answer: string };
  /**
   * Text copied from last period's summary that the user has not confirmed (⚠ 待核实). Kept out
   * of `parts`, so nothing in a draft is traced to it: the model is told to put 【待补】 for its
   * numbers and dates, and the 核对清单 names the part.
   */
  unverified?: string[];
  /** False: the part reports arrangements, not results (no 【待补：成效】 offline). */
  outcome?: boolean;
  /** Skipped with [不写这部分]: left out for good, not an open item of the draft. */
  leaveOut?: boolean;
}

export interface Material {
  templateId: string;
  templateName: string;
  /** The template's name for the work in running text, and its opening's aim (offline). */
  topic?: string;
  aim?: string;
  /** The draft title: [单位][期间]<titleSuffix>, e.g. 清河镇2026年上半年统战工作总结. */
  title: string;
  /** The title's last part (统战工作总结), for the file name (see interview/title.ts). */
  titleSuffix: string;
  unit: string;
  unitType?: UnitType;
  /** 年度 / 上半年 / … as chosen. */
  period: string;
  year: string;
  /** The time phrase the opening starts with: 2026年 / 2026年上半年. */
  periodPhrase: string;
  /** Every basic-info value with its label, in template order (empty values left out). */
  info: { id: string; label: string; value: string }[];
  sections: MaterialSection[];
  /** Wording the template allows beyond the answers (the checker accepts it). */
  fixedWording: string[];
  /** The template's section groups for this unit type (none: every part its own heading). */
  groups?: OutlineGroup[];
  /**
   * The outline, planned once from the summary (interview/outline.ts) — the same one /outline
   * shows. Absent only in materials built by hand (tests), which materialOutline plans.
   */
  outline?: Outline;
  /** 落款: who signs (the user's choice, else the unit name). */
  signer?: string;
  /** 成文日期: 2026年12月3日, the day composed unless the user gave one. */
  date?: string;
}

export interface MaterialOptions {
  /** When the draft is composed (ms): its day is the 成文日期 unless the user gave one. */
  composedAt?: number;
}

/** The 成文日期 of a moment, in China's time zone (UTC+8), with Arabic numerals (GB/T 9704). */
export function chineseDate(ms: number): string {
  const { year, month, day } = chinaDay(ms);
  return `${year}年${month}月${day}日`;
}

const TRAILING_DATE = /\s*(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?\s*$/;

/** 二〇二六年十二月二十八日 (a 〇 typed as O or ○ too). */
const TRAILING_CN_DATE =
  /\s*([〇零一二三四五六七八九OＯ○]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日\s*$/;

/**
 * “镇党委 2026年12月28日” (or 二〇二六年十二月二十八日) → 镇党委 and 2026年12月28日, in Arabic
 * numerals as GB/T 9704 writes the 成文日期; a value without a date is only the signer.
 */
export function splitSigner(value: string): { signer: string; date?: string } {
  const m = TRAILING_DATE.exec(value);
  const cn = m ? undefined : TRAILING_CN_DATE.exec(value);
  const found = m ?? cn;
  if (!found) return { signer: value.trim() };
  const [y, mo, d] = found
    .slice(1, 4)
    .map((x) => (m ? Number(x) : parseChineseNumber((x ?? '').replace(/[OＯ○]/g, '〇'))));
  if (!y || !mo || !d || mo > 12 || d > 31) return { signer: value.trim() };
  return { signer: value.slice(0, found.index).trim(), date: `${y}年${mo}月${d}日` };
}

export function buildMaterial(
  template: Template,
  summary: Summary,
  options: MaterialOptions = {},
): Material {
  const value = (id: string) => (summary.info[id] ?? '').trim();
  const unitTypeField = template.info.find((f) => f.unitType);
  const unitType = unitTypeField ? (value(unitTypeField.id) as UnitType) || undefined : undefined;
  const { title, unit, periodPhrase, titleSuffix } = draftTitle(template, summary);
  const signed = splitSigner(value('signer'));
  const signer = signed.signer || unit;
  const date = signed.date ?? chineseDate(options.composedAt ?? Date.now());
  const info = template.info
    .map((f) => ({ id: f.id, label: f.label, value: f.id === 'signer' ? signer : value(f.id) }))
    .filter((i) => i.value !== '');
  info.push({ id: 'date', label: '成文日期', value: date });
  return {
    templateId: template.id,
    templateName: template.name,
    ...(template.topic ? { topic: template.topic } : {}),
    ...(template.aim ? { aim: template.aim } : {}),
    title,
    titleSuffix,
    unit,
    unitType,
    period: value('period'),
    year: value('year'),
    periodPhrase,
    info,
    sections: template.sections.map((section) => {
      const w = sectionWording(section, unitType);
      const answer = summary.answers[section.id];
      const unverified = (answer?.parts ?? []).filter(
        (p, i) => isUnverified(originOf(answer, i)) && p.trim() !== '',
      );
      const parts = (answer?.parts ?? [])
        .filter((_, i) => !isUnverified(originOf(answer, i)))
        .map((p) => p.trim())
        .filter((p) => p !== '');
      const fu = answer?.followUp;
      const fuAnswer =
        fu?.parts
          .map((p) => p.trim())
          .filter(Boolean)
          .join('\n') ?? '';
      return {
        id: section.id,
        title: w.title,
        heading: w.heading,
        role: section.role,
        status: answer ? answer.status : 'unanswered',
        parts,
        ...(fu && fuAnswer ? { followUp: { question: fu.question, answer: fuAnswer } } : {}),
        ...(unverified.length > 0 ? { unverified: unverified.map((p) => p.trim()) } : {}),
        ...(section.outcome ? {} : { outcome: false }),
        ...(answer?.leaveOut ? { leaveOut: true } : {}),
      } satisfies MaterialSection;
    }),
    fixedWording: template.fixedWording,
    groups: groupsFor(template.groups, unitType),
    outline: summaryOutline(template, summary),
    ...(signer ? { signer } : {}),
    date,
  };
}

/** The outline a draft of this material follows: the one planned with the material. */
export function materialOutline(material: Material): Outline {
  if (material.outline) return material.outline;
  return planOutline(
    material.sections.map((s) => ({
      id: s.id,
      title: s.title,
      heading: s.heading,
      role: s.role,
      status: s.status,
      text: [...s.parts, s.followUp?.answer ?? ''].join('\n'),
    })),
    material.groups ?? [],
  );
}

/** All the user's own words in the material: what every fact in a draft must be traced to. */
export function materialSources(material: Material): string[] {
  const out: string[] = [material.title, ...material.info.map((i) => i.value)];
  for (const s of material.sections) {
    if (s.status === 'skipped' || s.status === 'na') continue;
    out.push(...s.parts);
    if (s.followUp) out.push(s.followUp.answer);
  }
  return out;
}

/** Sections whose content belongs in the draft (answered, with text). */
export function usableSections(material: Material): MaterialSection[] {
  return material.sections.filter(
    (s) => (s.status === 'done' || s.status === 'open') && (s.parts.length > 0 || s.followUp),
  );
}
