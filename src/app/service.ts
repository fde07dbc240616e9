import { buildMaterial, type Material } from '../compose/material.js';
import type { RewriteRequest } from '../compose/rewrite.js';
import { giveBackQuota, rewordFollowUp } from '../interview/drafts.js';
import { type EngineContext, step } from '../interview/engine.js';
import { nextVersion, recordDraft } from '../interview/state.js';
import type { Effect, Event, Reply, StepResult, Summary, UserState } from '../interview/types.js';
import { versionLabel } from '../interview/view.js';
import type { Logger } from '../logger.js';
import type { Locker } from '../storage/lock.js';
import type { Repository } from '../storage/repository.js';
import { StorageError } from '../storage/store.js';
import { templateById } from '../templates/match.js';
import type { Template } from '../templates/schema.js';
import { draftReply, findDraftMessage, noteDraftMessages } from './quote-edit.js';
import { isWalkEvent, walkStep } from './walk.js';

/**
 * The one place where the pure engine meets storage, shared by the terminal and Telegram:
 * load the user's record, apply the event, write the record, and only then hand back the
 * replies. A reply is therefore never shown for an answer that is not stored.
 */

/** The summary a draft was composed for no longer exists (deleted meanwhile). */
export class SummaryGoneError extends Error {
  override readonly name = 'SummaryGoneError';
  constructor(readonly summaryId: string) {
    super(`summary ${summaryId} was deleted while its draft was composed`);
  }
}

/** How many recent update ids a record remembers to recognise a re-delivered update. */
const RECENT_UPDATES = 50;

/**
 * Rewords one sentence the finishing walk just wrote (the model, when one is configured);
 * undefined when it could not (the walk keeps its deterministic edit). Never throws.
 */
export type SentenceRewriter = (request: RewriteRequest) => Promise<string | undefined>;

/** Writes the one follow-up question for a section (the model, when one is configured). */
export type FollowUpWriter = (
  material: Material,
  sectionId: string,
  fallback: string,
) => Promise<string>;

export interface ServiceDeps {
  repo: Repository;
  followUpWriter?: FollowUpWriter;
  /**
   * The walk's one-sentence rewording. Spends no quota: a request of a few hundred characters
   * per item the user settles is a small fraction of one draft, and counting each against the
   * drafts-per-day limit would end a walk of seven items after three.
   */
  sentenceRewriter?: SentenceRewriter;
  locker: Locker;
  templates: Template[];
  draftsPerDay: number;
  /**
   * How long taking the user's lock and reading the record may take before the user is told to
   * retry (ms). Above the lock's 15 s expiry, so a lock left by a crashed instance is waited out.
   */
  readTimeoutMs?: number;
  /** Whether a model is configured (revisions in words need one). */
  canRevise?: boolean;
  now?: () => number;
  logger?: Logger;
}

export interface Dispatched {
  replies: Reply[];
  /** The effects the adapter still has to carry out (compose, revise, sendDraft). */
  effects: Effect[];
  state: UserState;
  /** True when this update id was already applied: nothing was done again. */
  duplicate: boolean;
  /** True when this event deleted all the user's data (/delete confirmed). */
  deletedUser?: boolean;
}

export interface DraftRequest {
  summaryId: string;
  /** Present for a revision. */
  instruction?: string;
}

export interface StoredDraft {
  summary: Summary;
  template: Template;
  material: Material;
  version: number;
  /** 草稿第2版（2026年12月3日 15:40）: the version with the time it was made. */
  label: string;
  text: string;
}

export class InterviewService {
  readonly templates: Template[];
  private readonly now: () => number;
  private readonly readTimeoutMs: number;

  constructor(private readonly deps: ServiceDeps) {
    this.templates = deps.templates;
    this.now = deps.now ?? Date.now;
    this.readTimeoutMs = deps.readTimeoutMs ?? 20_000;
  }

  private context(): EngineContext {
    return {
      templates: this.templates,
      now: this.now(),
      draftsPerDay: this.deps.draftsPerDay,
      canRevise: this.deps.canRevise ?? true,
    };
  }

  /** Applies one event for one user, under the user's lock, and stores the result first. */
  async dispatch(
    userId: string,
    event: Event,
    meta: { updateId?: number } = {},
  ): Promise<Dispatched> {
    // Until the record is read, a store that does not answer (frozen, not down) makes the user
    // wait for nothing: give up after STORAGE_TIMEOUT_MS and let the error boundary say "retry".
    // Once the read is done the event is carried through, so an answer is never stored after
    // the user was told to send it again.
    // A plain timer, cleared once the record is read: AbortSignal.timeout with a listener cost
    // a signal, a controller and a weakly tracked timer on every update (issue 26).
    let expired = false;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        expired = true;
        reject(new StorageError(`存储在 ${this.readTimeoutMs} ms 内没有响应`, 'timeout'));
      }, this.readTimeoutMs);
    });
    // Nobody awaits the timeout once the work has won the race.
    timedOut.catch(() => {});
    const work = this.deps.locker.withLock(`user:${userId}`, async () => {
      const { state, notice } = await this.deps.repo.loadUser(userId);
      if (expired) throw new StorageError('abandoned after the read timeout', 'timeout');
      // From here on the deadline does not apply.
      clearTimeout(timer);
      if (meta.updateId !== undefined && state.recentUpdates?.includes(meta.updateId)) {
        return { replies: [], effects: [], state, duplicate: true };
      }
      const result =
        (await this.replyToDraft(userId, state, event)) ??
        (await this.walk(userId, state, event)) ??
        (await this.writeFollowUp(state, step(state, event, this.context())));
      const isStorage = (e: Effect) =>
        e.type === 'deleteUserData' || e.type === 'deleteSummaryData';
      const storageEffects = result.effects.filter(isStorage);
      let next = result.state;
      if (storageEffects.some((e) => e.type === 'deleteUserData')) {
        await this.deps.repo.deleteUser(userId);
        // Nothing is written back, not even this update's id: a deleted user leaves no record.
        // (A re-delivered confirm tap finds no pending question and changes nothing.)
        return {
          replies: result.replies,
          effects: result.effects.filter((e) => !isStorage(e)),
          state: result.state,
          duplicate: false,
          deletedUser: true,
        };
      }
      for (const e of storageEffects) {
        if (e.type === 'deleteSummaryData') {
          await this.deps.repo.deleteSummaryData(userId, e.summaryId, e.versions);
        }
      }
      if (meta.updateId !== undefined) {
        next = {
          ...next,
          recentUpdates: [...(next.recentUpdates ?? []), meta.updateId].slice(-RECENT_UPDATES),
        };
      }
      // A user with nothing stored (new, or just deleted) who only looks around (/help, an old
      // button) gets no record: it would hold nothing but update ids.
      const nothingStored =
        !notice && !state.recentUpdates && holdsNothing(state) && holdsNothing(result.state);
      if ((result.changed || meta.updateId !== undefined || notice) && !nothingStored) {
        await this.deps.repo.saveUser(next);
      }
      const replies = notice
        ? [{ text: notice, kind: 'notice' as const }, ...result.replies]
        : result.replies;
      return {
        replies,
        effects: result.effects.filter((e) => !isStorage(e)),
        state: next,
        duplicate: false,
      };
    });
    // The abandoned attempt may still settle later; its outcome is no longer anyone's.
    work.catch(() => {});
    // A read that failed (or a lock that timed out) leaves no timer behind either.
    return Promise.race([work, timedOut]).finally(() => clearTimeout(timer));
  }

  /**
   * The finishing walk's events (app/walk.ts), with the latest version's text read here; a new
   * version's text is stored before the record that points at it (as saveDraft does).
   * Undefined when the event is not the walk's, or no text is stored.
   */
  private async walk(
    userId: string,
    state: UserState,
    event: Event,
  ): Promise<StepResult | undefined> {
    if (!isWalkEvent(state, event)) return undefined;
    const summary = state.summaries.find((s) => s.id === state.activeId);
    const version = summary?.drafts.at(-1)?.version;
    if (!summary || version === undefined) return undefined;
    const text = await this.deps.repo.loadDraftText(userId, summary.id, version);
    if (text === undefined) return undefined;
    const input = { state, event, templates: this.templates, now: this.now(), text, version };
    let done = walkStep(input);
    const rewriter = this.deps.sentenceRewriter;
    if (done.rewrite && rewriter) {
      const wording = await rewriter(done.rewrite);
      if (wording !== undefined) {
        // The same step again with the model's wording: it stands only if the walk's check
        // passes; otherwise this is the deterministic edit once more.
        done = walkStep({ ...input, rewrite: wording });
        if (!done.rewritten) {
          this.deps.logger?.warn(
            { kind: 'rewrite', edit: input.event.type },
            'reworded sentence failed the check; the deterministic edit is kept',
          );
        }
      }
    }
    if (done.saved) {
      await this.deps.repo.saveDraftText(
        userId,
        done.saved.summaryId,
        done.saved.version,
        done.saved.text,
      );
    }
    return { state: done.state, replies: done.replies, effects: done.effects, changed: true };
  }

  /**
   * A reply to a message that carried a draft (app/quote-edit.ts): a quoted edit made here, as
   * a new version (its text stored first); a revision handed to the engine. Undefined when the
   * event is not such a reply.
   */
  private async replyToDraft(
    userId: string,
    state: UserState,
    event: Event,
  ): Promise<StepResult | undefined> {
    if (event.type !== 'text' || event.replyTo === undefined) return undefined;
    const message = findDraftMessage(state, event.replyTo);
    const version = message?.summary.drafts.at(-1)?.version;
    if (!message || version === undefined) return undefined;
    const text = await this.deps.repo.loadDraftText(userId, message.summary.id, version);
    if (text === undefined) return undefined;
    const replied =
      message.version === version || event.quote
        ? undefined
        : await this.deps.repo.loadDraftText(userId, message.summary.id, message.version);
    const done = draftReply({
      state,
      event,
      message,
      replied,
      templates: this.templates,
      now: this.now(),
      canRevise: this.deps.canRevise ?? true,
      latest: { version, text },
    });
    if (!done) return undefined;
    if (done.kind === 'revise') {
      return step(state, { type: 'revise', instruction: done.instruction }, this.context());
    }
    if (done.saved) {
      const { summaryId, version: v, text: t } = done.saved;
      await this.deps.repo.saveDraftText(userId, summaryId, v, t);
    }
    return { state: done.state, replies: done.replies, effects: [], changed: true };
  }

  /**
   * Remembers which chat messages carried a version's text, so a reply to one of them is known
   * (edit by replying). Nothing is written for a summary or user deleted meanwhile.
   */
  async noteDraftMessages(
    userId: string,
    summaryId: string,
    version: number,
    sent: { id: number; start: number; end: number }[],
  ): Promise<void> {
    await this.deps.locker.withLock(`user:${userId}`, async () => {
      const { state } = await this.deps.repo.loadUser(userId);
      const next = noteDraftMessages(state, summaryId, version, sent);
      if (next) await this.deps.repo.saveUser(next);
    });
  }

  /**
   * When the engine has just asked a follow-up with the template's wording, let the model write
   * a question that fits what the user actually said; the stored question and the card follow.
   */
  private async writeFollowUp(before: UserState, result: StepResult): Promise<StepResult> {
    const writer = this.deps.followUpWriter;
    const summary = result.state.summaries.find((s) => s.id === result.state.activeId);
    if (!writer || summary?.position.kind !== 'followUp') return result;
    const previous = before.summaries.find((s) => s.id === summary.id)?.position;
    if (previous?.kind === 'followUp' && previous.index === summary.position.index) return result;
    const template = templateById(this.templates, summary.templateId);
    const section = template?.sections[summary.position.index];
    const followUp = section && summary.answers[section.id]?.followUp;
    if (!template || !section || !followUp) return result;
    let question: string;
    try {
      question = await writer(buildMaterial(template, summary), section.id, followUp.question);
    } catch (error) {
      this.deps.logger?.warn({ err: error }, 'follow-up writer failed; template wording kept');
      return result;
    }
    return rewordFollowUp(result, question, this.templates);
  }

  /** The material and (for a revision) the current text a draft request is composed from. */
  async prepareDraft(
    userId: string,
    request: DraftRequest,
  ): Promise<{ material: Material; summary: Summary; template: Template; previous?: string }> {
    const { state } = await this.deps.repo.loadUser(userId);
    const summary = state.summaries.find((s) => s.id === request.summaryId);
    const template = summary && templateById(this.templates, summary.templateId);
    // Deleted (the summary, or the user with /delete) before its turn came: nothing to compose.
    if (!summary || !template) throw new SummaryGoneError(request.summaryId);
    const material = buildMaterial(template, summary, { composedAt: this.now() });
    let previous: string | undefined;
    const last = summary.drafts.at(-1);
    if (request.instruction !== undefined && last) {
      previous = await this.deps.repo.loadDraftText(userId, summary.id, last.version);
    }
    return { material, summary, template, previous };
  }

  /**
   * Stores a finished draft as the summary's next version; returns the version number. Throws
   * SummaryGoneError, storing nothing, when the summary was deleted while it was composed (a
   * /delete must not be undone by a draft finishing afterwards).
   */
  async saveDraft(
    userId: string,
    summaryId: string,
    draft: {
      text: string;
      composer: 'model' | 'offline';
      instruction?: string;
      /** The summary's createdAt when composing began: a new summary reusing the id is not it. */
      summaryCreatedAt?: number;
      /** Quota slots to give back in the same write (merged requests beyond the one version). */
      giveBack?: { day: string; count: number };
    },
  ): Promise<number> {
    return this.deps.locker.withLock(`user:${userId}`, async () => {
      const { state } = await this.deps.repo.loadUser(userId);
      const summary = state.summaries.find((s) => s.id === summaryId);
      if (
        !summary ||
        (draft.summaryCreatedAt !== undefined && summary.createdAt !== draft.summaryCreatedAt)
      ) {
        throw new SummaryGoneError(summaryId);
      }
      const version = nextVersion(state, summaryId);
      // Text first, then the record that points at it: a crash between the two leaves an
      // orphan text, never a version without its text.
      await this.deps.repo.saveDraftText(userId, summaryId, version, draft.text);
      const recorded = recordDraft(state, summaryId, {
        createdAt: this.now(),
        composer: draft.composer,
        instruction: draft.instruction,
        chars: draft.text.length,
      });
      // In the write that records the version, so a crash cannot keep one and lose the other.
      if (draft.giveBack) giveBackQuota(recorded.state, draft.giveBack);
      await this.deps.repo.saveUser(recorded.state);
      return recorded.version;
    });
  }

  /** Gives back quota slots of requests that made no version (a failed or unchanged one). */
  async giveBackQuota(userId: string, slots: { day: string; count: number }): Promise<void> {
    if (slots.count <= 0) return;
    await this.deps.locker.withLock(`user:${userId}`, async () => {
      const { state } = await this.deps.repo.loadUser(userId);
      // A deleted user has no record to write back (and must not get one).
      if (state.quota?.day !== slots.day) return;
      giveBackQuota(state, slots);
      await this.deps.repo.saveUser(state);
    });
  }

  /** The summary's latest version number (0 before any draft; undefined when it is gone). */
  async latestVersion(userId: string, summaryId: string): Promise<number | undefined> {
    const { state } = await this.deps.repo.loadUser(userId);
    const summary = state.summaries.find((s) => s.id === summaryId);
    return summary ? (summary.drafts.at(-1)?.version ?? 0) : undefined;
  }

  async loadDraft(
    userId: string,
    summaryId: string,
    version?: number,
  ): Promise<StoredDraft | undefined> {
    const { state } = await this.deps.repo.loadUser(userId);
    const summary = state.summaries.find((s) => s.id === summaryId);
    const template = summary && templateById(this.templates, summary.templateId);
    if (!summary || !template) return undefined;
    const v = version ?? summary.drafts.at(-1)?.version;
    if (v === undefined) return undefined;
    const text = await this.deps.repo.loadDraftText(userId, summaryId, v);
    if (text === undefined) return undefined;
    // The 成文日期 the stored text was composed with: that version's own day.
    const composedAt = summary.drafts.find((d) => d.version === v)?.createdAt;
    const material = buildMaterial(template, summary, composedAt ? { composedAt } : {});
    return {
      summary,
      template,
      material,
      version: v,
      label: versionLabel(v, composedAt ?? summary.updatedAt),
      text,
    };
  }
}

/** A state with nothing of the user's in it (what a new or just-deleted user has). */
function holdsNothing(state: UserState): boolean {
  return (
    state.summaries.length === 0 &&
    state.pending === undefined &&
    state.activeId === undefined &&
    !state.paused &&
    state.quota === undefined
  );
}
