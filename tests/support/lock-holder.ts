/**
 * Child process for tests/lock.test.ts: takes the lock `<key>` on `<url>` with `<ttlMs>`, prints
 * `locked`, and holds it (renewing) until killed.
 *
 *   node --import tsx tests/support/lock-holder.ts <url> <key> <ttlMs>
 */
import { createLocker } from '../../src/storage/lock.js';

const [url, key, ttl] = process.argv.slice(2);
const locker = createLocker(url);
setInterval(() => {}, 1000); // the lock's renewal timer is unref'd: keep the process alive
locker
  .withLock(
    key ?? 'k',
    () =>
      new Promise<void>(() => {
        console.log('locked');
      }),
    { ttlMs: Number(ttl), waitMs: 10_000 },
  )
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
