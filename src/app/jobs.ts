import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { Locker } from '../storage/lock.js';
import type { JobRecord, Repository } from '../storage/repository.js';

/**
 * Background compositions, recorded in the store while they run so a restart (or a crash of one
 * of several instances) does not silently drop a user's draft. A running job carries its
 * owner's id and a heartbeat; a job whose heartbeat is older than `staleMs` belongs to a dead
 * process and is claimed — under the job's lock, so only one instance takes it — and redone.
 */
export interface RunningJob extends JobRecord {
  owner: string;
  beat: number;
}

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

  /** Records the job as ours and keeps its heartbeat; the returned function ends it. */
  async begin(job: JobRecord): Promise<() => Promise<void>> {
    const record = (): RunningJob => ({ ...job, owner: this.owner, beat: Date.now() });
    await this.repo.putJob(record());
    const timer = setInterval(() => {
      this.repo.putJob(record()).catch((err) => this.logger?.warn({ err }, 'job heartbeat failed'));
    }, this.beatMs);
    timer.unref();
    return async () => {
      clearInterval(timer);
      await this.repo
        .deleteJob(job.userId)
        .catch((err) => this.logger?.warn({ err }, 'job cleanup failed'));
    };
  }

  /**
   * Claims the jobs whose owner stopped beating; each is returned once, to one instance. With
   * `all`, every job not ours is claimed at once: right for a store only one process can use
   * (SQLite), where any job found at start-up belonged to a process that is gone.
   */
  async claimOrphans(opts: { all?: boolean } = {}): Promise<JobRecord[]> {
    const claimed: JobRecord[] = [];
    for (const job of await this.repo.listJobs()) {
      const taken = await this.locker.withLock(`job:${job.userId}`, async () => {
        const current = (await this.repo.getJob(job.userId)) as Partial<RunningJob> | undefined;
        if (!current) return false;
        const beat = typeof current.beat === 'number' ? current.beat : (current.startedAt ?? 0);
        if (current.owner === this.owner) return false;
        if (!opts.all && Date.now() - beat < this.staleMs) return false;
        await this.repo.putJob({
          ...(current as JobRecord),
          owner: this.owner,
          beat: Date.now(),
        } as RunningJob);
        return true;
      });
      if (taken) claimed.push(job);
    }
    return claimed;
  }
}
