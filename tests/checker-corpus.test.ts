import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  caseInput,
  evalCase,
  FALSE_FLAG_TARGET,
  loadCorpus,
  overlaps,
  RECALL_TARGET,
  reportsDropped,
  runCheckerEval,
} from '../eval/checker.js';
import { checkDraft } from '../src/check/checker.js';

/**
 * Every case of the checker's corpus (eval/checker-corpus.yaml) must hold: a faithful rewording
 * gets no flag at all, and each invented or dropped fact of the others is reported.
 */

const corpus = loadCorpus();

describe('checker corpus', () => {
  test('has at least 40 cases, both kinds', () => {
    assert.ok(corpus.cases.length >= 40, `${corpus.cases.length} cases`);
    assert.ok(corpus.cases.filter((c) => c.faithful).length >= 20);
    assert.ok(corpus.cases.filter((c) => !c.faithful).length >= 20);
    for (const c of corpus.cases) {
      assert.ok(c.faithful || c.planted.length + c.dropped.length > 0, `${c.id} plants nothing`);
    }
  });

  for (const c of corpus.cases) {
    test(`${c.faithful ? 'passes' : 'catches'}: ${c.id}`, () => {
      const r = evalCase(corpus, c);
      if (c.faithful) {
        assert.deepEqual([...r.extra, ...r.structure], [], 'a faithful draft is not flagged');
      } else {
        assert.deepEqual(r.missed, [], 'every planted or dropped fact is reported');
      }
    });
  }

  test('the case a faithful draft really differs from the base (no case is a no-op)', () => {
    const base = caseInput(corpus, corpus.cases[0]!).draft;
    for (const c of corpus.cases.slice(1)) {
      if (c.draft || c.sections) continue;
      assert.notEqual(caseInput(corpus, c).draft, base, c.id);
    }
  });

  test('recall and false flags meet their targets', () => {
    const e = runCheckerEval();
    assert.ok(e.recall >= RECALL_TARGET, `recall ${e.recall}`);
    assert.ok(e.falseFlagRate <= FALSE_FLAG_TARGET, `false flags ${e.falseFlagRate}`);
  });

  test('the flags quote the clause, never a line number', () => {
    const c = corpus.cases.find((x) => x.id === 'real-number-wrong-claim')!;
    const { material, draft } = caseInput(corpus, c);
    const report = checkDraft(draft, material);
    const number = report.untraced.find((u) => u.text === '3次');
    assert.equal(number?.clause, '开展视察调研活动3次');
  });

  test("a dropped amount counts as caught when reported in the answers' words (3万多 for 3万余元)", () => {
    assert.ok(reportsDropped('3万多', '3万余元'));
    assert.ok(reportsDropped('500多', '500余元'));
    assert.ok(!reportsDropped('3万多', '4万余元'));
    assert.ok(!reportsDropped('30多', '30余元'), 'a small figure is no amount of money');
  });

  test('a planted figure counts as caught when the flag says how near it is (约1.8万 for 1.8万立方米)', () => {
    assert.ok(overlaps('约1.8万', '1.8万立方米'));
    assert.ok(overlaps('1.8万立方米', '约1.8万立方米'));
    assert.ok(!overlaps('约2.8万', '1.8万立方米'));
    assert.ok(!overlaps('约', '1.8万立方米'), 'a word of nearness alone catches nothing');
  });
});
