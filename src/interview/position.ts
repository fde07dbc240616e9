import type { Template } from '../templates/schema.js';
import type { Position, Summary, UserState } from './types.js';

/**
 * Where the interview stands, as numbers the user sees. Part 1 is 基本信息; section i is part
 * i + 2. One module owns this arithmetic so buttons, progress and /edit N agree.
 */

export function partCount(template: Template): number {
  return template.sections.length + 1;
}

/** The 1-based part the position belongs to (review and drafted have none). */
export function partOf(position: Position): number | undefined {
  switch (position.kind) {
    case 'info':
      return 1;
    case 'section':
    case 'followUp':
      return position.index + 2;
    default:
      return undefined;
  }
}

/** The position that asks part N (1-based); undefined when N is out of range. */
export function positionOfPart(template: Template, part: number): Position | undefined {
  if (!Number.isInteger(part) || part < 1 || part > partCount(template)) return undefined;
  return part === 1 ? { kind: 'info', field: 0 } : { kind: 'section', index: part - 2 };
}

/**
 * A short key naming the step a button was shown for (i0, s3, f3, review, drafted). A button
 * whose key differs from the current step's is stale.
 */
export function positionKey(position: Position): string {
  switch (position.kind) {
    case 'info':
      return `i${position.field}`;
    case 'section':
      return `s${position.index}`;
    case 'followUp':
      return `f${position.index}`;
    default:
      return position.kind;
  }
}

/** Matches any step of the summary: for buttons that stay valid while the summary exists. */
export const ANY_STEP = '*';

export function activeSummary(state: UserState): Summary | undefined {
  return state.activeId ? state.summaries.find((s) => s.id === state.activeId) : undefined;
}

/**
 * The first section after `from` with no answer yet, then any unanswered one before it; used
 * after finishing a section so an edit returns to the gaps (or to review) instead of walking
 * through everything again.
 */
export function nextOpenPosition(template: Template, summary: Summary, from: number): Position {
  const n = template.sections.length;
  for (let k = 1; k <= n; k++) {
    const i = from + k;
    if (i >= n) break;
    const section = template.sections[i];
    if (section && !isSettled(summary, section.id)) return { kind: 'section', index: i };
  }
  for (let i = 0; i < n; i++) {
    const section = template.sections[i];
    if (section && !isSettled(summary, section.id)) return { kind: 'section', index: i };
  }
  return { kind: 'review' };
}

function isSettled(summary: Summary, sectionId: string): boolean {
  const a = summary.answers[sectionId];
  return a !== undefined && a.status !== 'open';
}

/** How many parts are settled (basic info counts when its required fields are filled). */
export function settledParts(template: Template, summary: Summary): number {
  const infoDone = template.info.every((f) => f.optional || (summary.info[f.id] ?? '') !== '');
  return (infoDone ? 1 : 0) + template.sections.filter((s) => isSettled(summary, s.id)).length;
}

/** The parts skipped for later and not left out at /draft. */
export function laterSections(template: Template, summary: Summary) {
  return template.sections.flatMap((section, index) => {
    const a = summary.answers[section.id];
    return a?.status === 'skipped' && !a.leaveOut ? [{ section, index }] : [];
  });
}
