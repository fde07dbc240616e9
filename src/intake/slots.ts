/**
 * At most `size` jobs at once; the rest wait in arrival order. Each file is read in a child
 * process of up to a few hundred megabytes, so ten users sending files at once must not mean
 * ten children: the memory the bot needs stays that of `size` children, whatever the load.
 */
export class Slots {
  private busy = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  /** Jobs running or waiting now: what a newcomer waits behind. */
  get ahead(): number {
    return this.busy + this.waiting.length;
  }

  /**
   * Runs `job` when a slot is free. `onWait` is called once, before waiting, with the number of
   * jobs ahead (running or queued), only when the job cannot start at once.
   */
  async run<T>(job: () => Promise<T>, onWait?: (ahead: number) => void): Promise<T> {
    if (this.busy >= this.size) {
      onWait?.(this.ahead);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.busy++;
    }
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next job (busy stays the same), or is freed.
      if (next) next();
      else this.busy--;
    }
  }
}
