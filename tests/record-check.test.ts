import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { freshState } from '../src/interview/state.js';
import { STATE_SCHEMA, type UserState } from '../src/interview/types.js';
import { NOTICE_UNREADABLE, openRepository } from '../src/storage/repository.js';

/**
 * A record this process wrote is read back without the schema check (the text is the one it
 * wrote); any text it did not write or check, even for a user it has written, is checked
 * again: a record another program changed is never trusted because this process wrote it once.
 */
const dir = mkdtempSync(join(tmpdir(), 'zongjie-record-check-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const state = (userId: string, seq: number): UserState => ({
  schema: STATE_SCHEMA,
  userId,
  seq,
  summaries: [],
  recentUpdates: [seq],
});

test('reading back what this process wrote, then what someone else wrote over it', async () => {
  const repo = await openRepository(`sqlite://${join(dir, 'r.sqlite')}`);
  try {
    await repo.saveUser(state('u1', 3));
    for (let i = 0; i < 3; i++) {
      assert.deepEqual(await repo.loadUser('u1'), { state: state('u1', 3) });
    }
    // The loaded state is the caller's to change; the next load is unaffected.
    const { state: loaded } = await repo.loadUser('u1');
    loaded.seq = 99;
    assert.equal((await repo.loadUser('u1')).state.seq, 3);

    // Another program writes a record of the wrong shape under the same key: it is checked.
    await repo.store.setRaw('user:u1', JSON.stringify({ value: { ...state('u1', 3), seq: -1 } }));
    assert.deepEqual(await repo.loadUser('u1'), {
      state: freshState('u1'),
      notice: NOTICE_UNREADABLE,
    });

    // …and a well-formed record of an older schema is migrated, not taken as it is.
    await repo.store.setRaw('user:u1', JSON.stringify({ value: { userId: 'u1', summaries: [] } }));
    const migrated = await repo.loadUser('u1');
    assert.equal(migrated.notice, undefined);
    assert.equal(migrated.state.schema, STATE_SCHEMA);
    assert.equal(migrated.state.seq, 0);

    // Another user's record copied under this user's key is refused, even after a save.
    await repo.saveUser(state('u2', 5));
    const u2text = await repo.store.getRaw('user:u2');
    assert.ok(u2text);
    await repo.store.setRaw('user:u1', u2text);
    assert.equal((await repo.loadUser('u1')).notice, NOTICE_UNREADABLE);
  } finally {
    await repo.close();
  }
});
