import type { Template } from '../templates/schema.js';
import type { Answer, PartOrigin, Summary } from './types.js';

/**
 * An answer's `parts` and the arrays kept beside them (`messageIds`: the chat message each part
 * came from; `source`: where an untyped part came from) change together, so a reply, a [删除第N条]
 * or an [撤销] always finds the right part. A missing or short array means "unknown"/"typed".
 */

function aligned<T>(list: T[] | undefined, length: number): (T | null)[] {
  const out: (T | null)[] = (list ?? []).slice(0, length);
  while (out.length < length) out.push(null);
  return out;
}

/** Appends a part; the message id and origin are recorded only where one is known. */
export function pushPart(
  a: Answer,
  text: string,
  from: { messageId?: number | null; origin?: PartOrigin | null } = {},
): void {
  const n = a.parts.length;
  if ((from.messageId ?? null) !== null || a.messageIds) {
    a.messageIds = [...aligned(a.messageIds, n), from.messageId ?? null];
  }
  if ((from.origin ?? null) !== null || a.source) {
    a.source = [...aligned(a.source, n), from.origin ?? null];
  }
  a.parts.push(text);
}

/** Removes the parts `drop` picks (by index) with their ids and origins; returns how many. */
export function removeParts(a: Answer, drop: (index: number) => boolean): number {
  const n = a.parts.length;
  const keep = a.parts.map((_, i) => !drop(i));
  if (a.messageIds) a.messageIds = aligned(a.messageIds, n).filter((_, i) => keep[i]);
  if (a.source) a.source = aligned(a.source, n).filter((_, i) => keep[i]);
  a.parts = a.parts.filter((_, i) => keep[i]);
  return n - a.parts.length;
}

/** Part `k` retyped (a reply to its message): new text and message id, typed from now on. */
export function replacePart(a: Answer, k: number, text: string, messageId?: number | null): void {
  const n = a.parts.length;
  a.parts[k] = text;
  const ids = aligned(a.messageIds, n);
  ids[k] = messageId ?? null;
  a.messageIds = ids;
  if (a.source) {
    const source = aligned(a.source, n);
    source[k] = null;
    a.source = source;
  }
}

/**
 * Wording the user vouched for or typed while finishing a draft (the walk, an edit by quoting),
 * kept as an answer of its part — of the first answered part when it stands in none — so the
 * checker traces it in every later version, as it traces what was typed in the interview.
 */
export function recordOwnWords(
  summary: Summary,
  template: Template,
  sectionId: string | undefined,
  text: string,
  now: number,
): void {
  const id =
    sectionId ??
    template.sections.find((s) => summary.answers[s.id]?.status === 'done')?.id ??
    template.sections[0]?.id;
  if (!id || text === '') return;
  const a = summary.answers[id] ?? { status: 'done', parts: [] };
  pushPart(a, text);
  if (a.status === 'open') a.status = 'done';
  summary.answers[id] = a;
  summary.updatedAt = now;
}
