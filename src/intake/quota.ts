/**
 * Voice minutes per user per day (VOICE_MINUTES_PER_DAY), counted in this process by the
 * duration Telegram reports. The day is the server's UTC date, as for DRAFTS_PER_DAY.
 */
export class VoiceQuota {
  private readonly used = new Map<string, { day: string; seconds: number }>();

  constructor(
    private readonly secondsPerDay: number,
    private readonly now: () => number = Date.now,
  ) {}

  private today(): string {
    return new Date(this.now()).toISOString().slice(0, 10);
  }

  /** Seconds left today for this user. */
  left(userId: string): number {
    const u = this.used.get(userId);
    const spent = u && u.day === this.today() ? u.seconds : 0;
    return Math.max(0, this.secondsPerDay - spent);
  }

  spend(userId: string, seconds: number): void {
    const day = this.today();
    const u = this.used.get(userId);
    const spent = u && u.day === day ? u.seconds : 0;
    this.used.set(userId, { day, seconds: spent + seconds });
  }

  forget(userId: string): void {
    this.used.delete(userId);
  }
}
