import type { Logger } from '../logger.js';

/** How long a graceful stop may take before the process gives up and exits 1. */
export const DEFAULT_SHUTDOWN_MS = 10_000;

/**
 * SIGINT/SIGTERM → `stop()`, then exit 0. A stop that is still not done after `deadlineMs`
 * (a Bot API that does not answer, a store that hangs) ends the process with exit code 1 and
 * one log line, so systemd or the orchestrator never waits on a process that will not end.
 * Installed before start-up finishes: a signal during start-up stops what has started so far.
 */
export function stopOnSignals(
  logger: Logger,
  stop: () => Promise<void>,
  deadlineMs = DEFAULT_SHUTDOWN_MS,
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    const deadline = setTimeout(() => {
      logger.error({ signal, deadlineMs }, 'shutdown deadline passed; exiting');
      process.exit(1);
    }, deadlineMs);
    stop().then(
      () => {
        clearTimeout(deadline);
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        clearTimeout(deadline);
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}
