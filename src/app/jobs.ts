import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { Locker } from '../storage/lock.js';
import type { DraftRequestRecord, JobRecord, Repository } from '../storage/repository.js';

/**
 * Background compositions, recorded in the store while they run so a restart (or a crash of one
 * of several instances) does not silently drop a user's draft. A running job carries its
 * owner's id and a heartbeat; a job whose heartbeat is older than `staleMs` belongs to a dead
 * process and is claimed — under the job's lock, so only one instance takes it — and redone.
 *
 * A request made while the user's job runs is written into that job's queue (`queued`) before
 * the user is told it will be handled, so a crash loses it no more than the running one; the
 * owner takes the queue up, in order, when the running composition ends.
 */
export interface RunningJob extends JobRecord {
  owner: string;
  beat: number;
}

export type Placed =
  /** No job was running: this one is recorded as ours and is to be run now. */
  | { begun: JobRecord }
  /** A job is running: the request waits in its queue, merged into `queued` (see mergeRequest). */
  | { queued: DraftRequestRecord };

export class JobKeeper {
  readonly owner = randomUUID();
  private readonly beatMs: number;
  private readonly staleMs: number;

  constructor(
    private readonly repo: Repository,
    private readonly locker: Locker,
    private readonly logger?: Logger,
    opts: { beatMs?: number; staleMs?: number } = {},
  ) {
    this.beatMs = opts.beatMs ?? 10_000;
    this.staleMs = opts.staleMs ?? 30_000;
  }

  private lockJob<T>(userId: string, fn: () => Promise<T>): Promise<T> {
    return this.locker.withLock(`job:${userId}`, fn);
  }

  private running(job: JobRecord): RunningJob {
    return { ...job, owner: this.owner, beat: Date.now() };
  }

  /**
   * Records a request, durably, before it resolves: as a new job of ours when the user has none,
   * else at the end of the running job's queue (whoever runs it takes it up). `base` is the
   * summary's latest version now, kept with a new job (see JobRecord.base).
   */
  async place(
    userId: string,
    chatId: number,
    request: DraftRequestRecord,
    base: number | undefined,
  ): Promise<Placed> {
    return this.lockJob(userId, async () => {
      const current = await this.repo.getJob(userId);
      if (current) {
        const queued = mergeRequest(current.queued ?? [], request);
        await this.repo.putJob({ ...current, queued });
        return { queued: queued.at(-1) as DraftRequestRecord };
      }
      const job: JobRecord = {
        ...request,
        userId,
        chatId,
        startedAt: Date.now(),
        ...(base !== undefined ? { base } : {}),
      };
      await this.repo.putJob(this.running(job));
      return { begun: job };
    });
  }

  /**
   * Keeps the job's heartbeat (the queue others append is kept: the record is read, not
   * rewritten from memory). `lost` is called, and the beat stops, once the job is no longer
   * ours: deleted with the user's data (/delete) or claimed by another instance.
   */
  keepBeating(userId: string, lost: () => void): () => void {
    const timer = setInterval(() => {
      this.lockJob(userId, async () => {
        const current = (await this.repo.getJob(userId)) as Partial<RunningJob> | undefined;
        if (!current || current.owner !== this.owner) return false;
        const beating: RunningJob = { ...(current as RunningJob), beat: Date.now() };
        await this.repo.putJob(beating);
        return true;
      })
        .then((ours) => {
          if (ours) return;
          clearInterval(timer);
          lost();
        })
        .catch((err) => this.logger?.warn({ err }, 'job heartbeat failed'));
    }, this.beatMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /**
   * The running composition has ended: the first queued request becomes the job (returned, to
   * be run now), or, with nothing queued, the job is deleted. Undefined when the job is gone
   * (the user's data deleted) or no longer ours. `base`: the summary's latest version now.
   */
  async advance(userId: string, base: (summaryId: string) => Promise<number | undefined>) {
    return this.lockJob(userId, async (): Promise<JobRecord | undefined> => {
      const current = (await this.repo.getJob(userId)) as Partial<RunningJob> | undefined;
      if (!current || current.owner !== this.owner) return undefined;
      const [next, ...rest] = current.queued ?? [];
      if (!next) {
        await this.repo.deleteJob(userId);
        return undefined;
      }
      const latest = await base(next.summaryId);
      const job: JobRecord = {
        ...next,
        userId,
        chatId: current.chatId as number | string,
        startedAt: Date.now(),
        ...(latest !== undefined ? { base: latest } : {}),
        ...(rest.length > 0 ? { queued: rest } : {}),
      };
      await this.repo.putJob(this.running(job));
      return job;
    });
  }

  /**
   * Claims the jobs whose owner stopped beating; each is returned once, to one instance, as it
   * is stored (with its queue). With `all`, every job not ours is claimed at once: right for a
   * store only one process can use (SQLite), where any job found at start-up belonged to a
   * process that is gone. A job of ours that `here` says is not running (its loop stopped on a
   * store error) is an orphan too.
   */
  async claimOrphans(
    opts: { all?: boolean; here?: (userId: string) => boolean } = {},
  ): Promise<JobRecord[]> {
    const claimed: JobRecord[] = [];
    for (const job of await this.repo.listJobs()) {
      const taken = await this.lockJob(job.userId, async () => {
        const current = (await this.repo.getJob(job.userId)) as Partial<RunningJob> | undefined;
        if (!current) return undefined;
        const beat = typeof current.beat === 'number' ? current.beat : (current.startedAt ?? 0);
        if (current.owner === this.owner) {
          if (opts.here?.(job.userId) !== false) return undefined;
        } else if (!opts.all && Date.now() - beat < this.staleMs) return undefined;
        await this.repo.putJob(this.running(current as JobRecord));
        return current as JobRecord;
      });
      if (taken) claimed.push(taken);
    }
    return claimed;
  }
}

/**
 * A request added to a queue. Revisions of the same summary waiting side by side become one
 * revision with every instruction, numbered in the order sent: a user who sends 第二部分写具体些
 * and then 压缩到1500字 while a draft is still being written expects the next version to do
 * both, not one version per message with the second undoing the first's length. That version
 * costs one quota slot (`requests` counts the slots to give back). Repeated [重新生成] of the
 * same summary likewise become one composition.
 */
export function mergeRequest(
  queue: DraftRequestRecord[],
  request: DraftRequestRecord,
): DraftRequestRecord[] {
  const last = queue.at(-1);
  if (!last || last.summaryId !== request.summaryId || last.kind !== request.kind) {
    return [...queue, { ...request, requests: request.requests ?? 1 }];
  }
  const count = last.requests ?? 1;
  const merged: DraftRequestRecord = {
    ...last,
    requests: count + (request.requests ?? 1),
  };
  if (last.kind === 'revise') {
    const head = count === 1 ? `1. ${last.instruction ?? ''}` : (last.instruction ?? '');
    merged.instruction = `${head}\n${count + 1}. ${request.instruction ?? ''}`;
  }
  return [...queue.slice(0, -1), merged];
}
