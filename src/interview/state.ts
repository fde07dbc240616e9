import { type DraftMeta, STATE_SCHEMA, type UserState } from './types.js';

/** A user's record before their first event: the engine's start state. */
export function freshState(userId: string): UserState {
  return { schema: STATE_SCHEMA, userId, seq: 0, summaries: [] };
}

/**
 * Records a finished draft version on the summary (pure). Adapters call it after composing and
 * saving the text, then store the state.
 */
export function recordDraft(
  input: UserState,
  summaryId: string,
  draft: Omit<DraftMeta, 'version'>,
): { state: UserState; version: number } {
  const state = structuredClone(input);
  const summary = state.summaries.find((s) => s.id === summaryId);
  if (!summary) return { state, version: 0 };
  const version = (summary.drafts.at(-1)?.version ?? 0) + 1;
  summary.drafts.push({ version, ...draft });
  summary.position = { kind: 'drafted' };
  summary.updatedAt = draft.createdAt;
  return { state, version };
}

/** The version a new draft will get (for file names and the text key, before recording). */
export function nextVersion(state: UserState, summaryId: string): number {
  const summary = state.summaries.find((s) => s.id === summaryId);
  return (summary?.drafts.at(-1)?.version ?? 0) + 1;
}
