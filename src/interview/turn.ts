import type { Template } from '../templates/schema.js';
import type { Effect, Pending, Reply, StepResult, Summary, UserState } from './types.js';

/** What the engine is given besides the state and the event. */
export interface EngineContext {
  templates: Template[];
  /** Milliseconds since the epoch, from the adapter's clock. */
  now: number;
  /** Drafts plus revisions allowed per user per day (DRAFTS_PER_DAY). */
  draftsPerDay: number;
  /** False when no model is configured: a revision in words cannot be made, so say so at once. */
  canRevise?: boolean;
}

const STALE = '这个按钮已过期（对应的步骤已经变了），请使用最新消息里的按钮。';
/** With where the user is now (issue 24: an old button must say where the user is). */
const staleAt = (where: string) => `这个按钮已过期。${where}请用最新消息里的按钮。`;

/** One event's context inside an active summary: what every step handler works on. */
export interface Turn {
  state: UserState;
  summary: Summary;
  template: Template;
  ctx: EngineContext;
  out: Outcome;
  /** What was pending before this event (the state's own pending is cleared by then). */
  pending?: Pending;
}

/** Collects replies and effects; `touch` marks the state changed so the adapter writes it. */
export class Outcome {
  replies: Reply[] = [];
  effects: Effect[] = [];
  changed = false;
  private readonly after: (() => void)[] = [];
  constructor(readonly state: UserState) {}
  /** Runs `fn` once the event has been handled, before the result is taken. */
  afterwards(fn: () => void) {
    this.after.push(fn);
  }
  say(reply: Reply | string) {
    this.replies.push(typeof reply === 'string' ? { text: reply, kind: 'notice' } : reply);
  }
  error(text: string) {
    this.replies.push({ text, kind: 'error' });
  }
  /**
   * A button that no longer fits the current step: a short notice (with where the user is now,
   * when known), nothing else happens.
   */
  stale(where?: string) {
    this.replies.push({ text: where ? staleAt(where) : STALE, kind: 'stale' });
  }
  touch(summary?: Summary, now?: number) {
    this.changed = true;
    if (summary && now !== undefined) summary.updatedAt = now;
  }
  result(): StepResult {
    for (const fn of this.after.splice(0)) fn();
    return {
      state: this.state,
      replies: this.replies,
      effects: this.effects,
      changed: this.changed,
    };
  }
}
