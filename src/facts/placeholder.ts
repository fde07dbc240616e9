/**
 * 【待补：…】 marks a fact the user has not given: the draft names what is missing instead of
 * inventing it. One pattern for everyone who looks for them (fact extraction skips them, the
 * checker lists them, the .docx highlights them). The 【待补】 prefix may be followed by ：
 * (or :) and the missing item, captured as group 1; it never spans lines.
 */
export const PLACEHOLDER_RE = /【待补[：:]?([^】\n]*)】/g;

/** The placeholder for one missing item: 【待补：活动次数】. */
export function placeholder(what: string): string {
  return `【待补：${what}】`;
}
