import { type Material, materialOutline } from '../compose/material.js';
import { cnOrdinal } from '../templates/outline.js';

/**
 * The outline check: a draft of a material built from a template (which carries its groups)
 * must follow the outline the request gave — as many level-1 headings, the （一）（二）
 * sub-headings where the outline has them — and end with the 落款 and the 成文日期. 不足 may be
 * written as a paragraph instead of a heading of its own (as some of the samples do). Pure.
 */

const L1 = /^\s*(?:#+\s*)?(?:\*\*)?[一二三四五六七八九十]{1,3}、/;
const L2 = /^\s*(?:\*\*)?[（(][一二三四五六七八九十]{1,3}[）)]/;
/** Words that mark a paragraph as the 不足 (a bare 短板, as in 补短板, does not). */
const SHORTCOMINGS_WORDS = /不足|差距|有待(?:加强|提高|提升)/;
const SHORTCOMINGS_HEADING = /不足|问题|差距|短板|薄弱/;
const HAN = /\p{Script=Han}/gu;
/** How many 汉字 in a row of a clause of the user's 不足 answer the draft must repeat. */
const CLAUSE_RUN = 6;

/** The clauses of the user's 不足 answer, 汉字 only, each at least 4 long. */
function answerClauses(answer: readonly string[]): string[] {
  return answer
    .join('\n')
    .split(/[\s；;。，,、！？!?：:]+/)
    .map((c) => (c.match(HAN) ?? []).join('').replace(/^[一二三四五六七八九十]是/, ''))
    .filter((c) => c.length >= 4);
}

/** The text says at least one clause of the answer (a run of 6 of its 汉字, or all of a shorter one). */
function saysAnswer(text: string, clauses: readonly string[]): boolean {
  if (clauses.length === 0) return true;
  const han = (text.match(HAN) ?? []).join('');
  return clauses.some((c) => {
    const k = Math.min(CLAUSE_RUN, c.length);
    for (let i = 0; i + k <= c.length; i++) if (han.includes(c.slice(i, i + k))) return true;
    return false;
  });
}

/**
 * A paragraph (not a heading) that speaks of 不足 — the 不足 written without a heading — and,
 * when the user answered the 不足 part (`answer`), says one of its clauses.
 */
export function hasShortcomingsParagraph(lines: string[], answer: readonly string[] = []): boolean {
  const clauses = answerClauses(answer);
  return lines.some(
    (l) => !L1.test(l) && !L2.test(l) && SHORTCOMINGS_WORDS.test(l) && saysAnswer(l, clauses),
  );
}

/**
 * The 不足 is in the draft: a section whose heading names it (不足/问题/差距 …) and whose text
 * says one of the clauses of the user's answer, or such a paragraph without a heading.
 */
export function hasShortcomings(lines: string[], answer: readonly string[] = []): boolean {
  if (hasShortcomingsParagraph(lines, answer)) return true;
  const clauses = answerClauses(answer);
  const at = lines.findIndex((l) => L1.test(l) && SHORTCOMINGS_HEADING.test(l));
  if (at < 0) return false;
  const end = lines.findIndex((l, i) => i > at && L1.test(l));
  const section = lines.slice(at, end < 0 ? undefined : end);
  // A heading with nothing under it is reported as such ("下没有正文"), not twice.
  if (section.slice(1).every((l) => l.trim() === '') && !/[。：:]./.test(section[0] ?? '')) {
    return true;
  }
  return saysAnswer(section.join('\n'), clauses);
}

/** What the user answered for 不足, when they did. */
function shortcomingsAnswer(material: Material): string[] {
  return (
    material.sections.find((x) => x.role === 'shortcomings' && x.status === 'done')?.parts ?? []
  );
}

function nonEmptyLines(draft: string): string[] {
  return draft
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export function outlineProblems(draft: string, material: Material): string[] {
  const problems: string[] = [];
  const lines = nonEmptyLines(draft);
  if (lines.length === 0) return problems;

  if (material.groups !== undefined) {
    const outline = materialOutline(material);
    // The draft's level-1 headings with the number of sub-headings under each.
    const found: { text: string; subs: number }[] = [];
    for (const l of lines) {
      if (L1.test(l)) found.push({ text: l, subs: 0 });
      else if (L2.test(l) && found.length > 0) (found.at(-1) as { subs: number }).subs++;
    }
    const expected = outline.headings;
    const shortcoming = expected.find((h) => h.role === 'shortcomings');
    const shortcomingsAsParagraph =
      shortcoming !== undefined &&
      found.length === expected.length - 1 &&
      !found.some((f) => /不足|问题|差距|短板/.test(f.text)) &&
      hasShortcomingsParagraph(lines, shortcomingsAnswer(material));
    const plan = shortcomingsAsParagraph ? expected.filter((h) => h !== shortcoming) : expected;
    if (found.length !== plan.length) {
      problems.push(
        `没有按提纲分部分：提纲有${plan.length}个一级标题，草稿有${found.length}个（可发送 /outline 查看提纲）`,
      );
    } else {
      plan.forEach((h, i) => {
        const got = found[i]?.subs ?? 0;
        if (h.subs.length > 1 && got !== h.subs.length) {
          problems.push(
            `“${cnOrdinal(i + 1)}、”下按提纲应有${h.subs.length}个二级标题（（一）至（${cnOrdinal(h.subs.length)}）），草稿有${got}个`,
          );
        }
      });
    }
  }

  if (material.signer && material.date) {
    const [signer, date] = lines.slice(-2);
    if (signer !== material.signer || date !== material.date) {
      problems.push(`最后两行应是落款“${material.signer}”和成文日期“${material.date}”`);
    }
  }
  return problems;
}
