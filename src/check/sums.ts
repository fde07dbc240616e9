import { isSentenceEnd } from '../facts/clauses.js';
import { sameMeasure } from '../facts/measures.js';
import type { Claim } from './trace.js';

/** A total's word a few words before a figure (共入住老人66名, 共整治桥涵41座, 合计120次). */
const TOTAL_BEFORE_RE = /(?:(?<!公)共计?|合计|总计|累计|总共|一共)[\u4e00-\u9fff]{0,5}$/;
/** …or 其中 right after it: 共66名，其中东院37名. */
const PARTS_AFTER_RE = /^[^。；！？\n]{0,4}其中/;
/** More parts than this are not tried (a sentence lists a handful). */
const MAX_PARTS = 8;

/**
 * Whether the draft's figure `total` is the sum of two or more figures of the same measure in
 * its own sentence, each traced to the answers: 东院37名 … 西院29名 → 共66名. The writer added
 * them up; the total says nothing the answers do not. Only a figure marked as a total counts,
 * and only parts in the same sentence (never a sum over the whole draft).
 */
export function sumOfTraced(
  draft: string,
  total: Claim,
  claims: readonly Claim[],
  isTraced: (c: Claim) => boolean,
): boolean {
  if (total.kind !== 'number' || total.value === undefined || total.approx) return false;
  const before = draft.slice(Math.max(0, total.index - 8), total.index);
  const after = draft.slice(total.index + total.text.length);
  if (!TOTAL_BEFORE_RE.test(before) && !PARTS_AFTER_RE.test(after)) return false;
  let start = total.index;
  while (start > 0 && !isSentenceEnd(draft[start - 1]!)) start--;
  let end = total.index;
  while (end < draft.length && !isSentenceEnd(draft[end]!)) end++;
  const parts = claims.filter(
    (c) =>
      c !== total &&
      c.kind === 'number' &&
      c.index >= start &&
      c.index < end &&
      c.value !== undefined &&
      !c.approx &&
      !c.derived &&
      sameMeasure(c.measure, total.measure) &&
      isTraced(c),
  );
  if (parts.length < 2 || parts.length > MAX_PARTS) return false;
  const target = total.value;
  for (let mask = 1; mask < 1 << parts.length; mask++) {
    let n = 0;
    let sum = 0;
    for (let i = 0; i < parts.length; i++) {
      if (mask & (1 << i)) {
        n++;
        sum += parts[i]!.value!;
      }
    }
    if (n >= 2 && Math.abs(sum - target) < 1e-9) return true;
  }
  return false;
}
