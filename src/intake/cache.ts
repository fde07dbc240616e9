import { randomBytes } from 'node:crypto';

/**
 * Text read from a file (or a long pasted message) waiting for the user's [按部分整理] or
 * [加入第N部分]: in memory only, for 30 minutes, never stored and never logged. Only the
 * sentences the user places become answers. A restart (or another instance) forgets it and the
 * user is asked to send the file again.
 */
export interface CachedMaterial {
  userId: string;
  name?: string;
  sentences: string[];
  /** A pasted message already recorded in this section: removed from there when sorted. */
  pasted?: { sectionId: string; text: string };
  expires: number;
}

export const MATERIAL_TTL_MS = 30 * 60_000;
const MAX_ENTRIES = 1_000;

export class MaterialCache {
  private readonly entries = new Map<string, CachedMaterial>();

  constructor(private readonly now: () => number = Date.now) {}

  put(entry: Omit<CachedMaterial, 'expires'>): string {
    this.sweep();
    const key = randomBytes(6).readUIntBE(0, 6).toString(36).padStart(8, '0').slice(-10);
    this.entries.set(key, { ...entry, expires: this.now() + MATERIAL_TTL_MS });
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return key;
  }

  /** The entry, only for the user who sent it and while it is fresh. */
  get(key: string, userId: string): CachedMaterial | undefined {
    const e = this.entries.get(key);
    if (!e || e.userId !== userId || e.expires < this.now()) return undefined;
    return e;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Everything of one user (on /delete). */
  forget(userId: string): void {
    for (const [k, e] of this.entries) if (e.userId === userId) this.entries.delete(k);
  }

  private sweep() {
    const now = this.now();
    for (const [k, e] of this.entries) if (e.expires < now) this.entries.delete(k);
  }
}
