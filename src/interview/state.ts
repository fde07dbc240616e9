import { STATE_SCHEMA, type UserState } from './types.js';

/** A user's record before their first event: the engine's start state. */
export function freshState(userId: string): UserState {
  return { schema: STATE_SCHEMA, userId, seq: 0, summaries: [] };
}
