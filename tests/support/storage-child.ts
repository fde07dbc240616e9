/**
 * Child process for the storage tests (run with `node --import tsx`):
 *
 *   write <url> <n> <namespace>   saves n drafts (and the user record after each), printing
 *                                 `ack <i>` once each save resolved, then `done`; then waits to
 *                                 be killed
 *   read <url> <n> <namespace>    prints `present <count>`, `missing <i,…>` and `seq <n>`
 *   burst <url> <writers> <namespace>
 *                                 that many writers at once, each storing its counter under
 *                                 `burst:<w>` again and again, printing `ack <w> <i>` once a
 *                                 write resolved (SQLite commits them in groups); until killed
 *   burst-read <url> <writers> <namespace>
 *                                 prints `value <w> <i>` for each writer's stored counter
 *   unreachable <url>…            prints each openStore error and then simply returns: the
 *                                 process must exit by itself (nothing left open)
 */
import { STATE_SCHEMA } from '../../src/interview/types.js';
import { openRepository } from '../../src/storage/repository.js';
import { openStore } from '../../src/storage/store.js';

const [mode, ...args] = process.argv.slice(2);
const USER = 'durable-user';

async function main() {
  if (mode === 'write') {
    const [url, n, namespace] = args;
    const repo = await openRepository(url, { namespace });
    console.log('open');
    for (let i = 0; i < Number(n); i++) {
      await repo.saveDraftText(USER, 's1', i, `第${i}稿：全文内容。`.repeat(20));
      await repo.saveUser({ schema: STATE_SCHEMA, userId: USER, seq: i, summaries: [] });
      console.log(`ack ${i}`);
    }
    console.log('done');
    setInterval(() => {}, 1000); // stay alive until SIGKILL
    return;
  }
  if (mode === 'read') {
    const [url, n, namespace] = args;
    const repo = await openRepository(url, { namespace });
    const missing: number[] = [];
    for (let i = 0; i < Number(n); i++) {
      const text = await repo.loadDraftText(USER, 's1', i);
      if (text !== `第${i}稿：全文内容。`.repeat(20)) missing.push(i);
    }
    const { state, notice } = await repo.loadUser(USER);
    console.log(`present ${Number(n) - missing.length}`);
    console.log(`missing ${missing.join(',')}`);
    console.log(`seq ${state.seq}${notice ? ' notice' : ''}`);
    await repo.close();
    return;
  }
  if (mode === 'burst') {
    const [url, writers, namespace] = args;
    const store = await openStore(url, { namespace });
    console.log('open');
    await Promise.all(
      Array.from({ length: Number(writers) }, async (_, w) => {
        for (let i = 0; ; i++) {
          await store.set(`burst:${w}`, { w, i, text: `第${i}条回答。`.repeat(10) });
          console.log(`ack ${w} ${i}`);
        }
      }),
    );
    return;
  }
  if (mode === 'burst-read') {
    const [url, writers, namespace] = args;
    const store = await openStore(url, { namespace });
    for (let w = 0; w < Number(writers); w++) {
      const value = (await store.get(`burst:${w}`)) as { i?: number } | undefined;
      console.log(`value ${w} ${value?.i ?? -1}`);
    }
    await store.close();
    return;
  }
  if (mode === 'unreachable') {
    for (const url of args) {
      try {
        const store = await openStore(url, { timeoutMs: 2000 });
        await store.close();
        console.log(`opened ${url}`);
      } catch (error) {
        console.log(`error ${(error as Error).name}: ${(error as Error).message}`);
      }
    }
    return;
  }
  throw new Error(`unknown mode ${mode}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
