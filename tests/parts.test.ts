import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pushPart, removeParts, replacePart } from '../src/interview/parts.js';
import type { Answer } from '../src/interview/types.js';

/**
 * A part typed on Telegram, a sentence from a document, another typed part: a reply to the last
 * message, a [删除第N条] and an [撤销] of the document must each touch the part they name.
 */
describe("an answer's parts keep their message ids and sources", () => {
  function mixed(): Answer {
    const a: Answer = { status: 'open', parts: [] };
    pushPart(a, '召开座谈会2次', { messageId: 11 });
    pushPart(a, '走访企业26家', { origin: { kind: 'document', batch: 'd1', name: '简报.docx' } });
    pushPart(a, '收到建议11条', { messageId: 13 });
    return a;
  }

  test('appending after a document part keeps the next message id on its own part', () => {
    const a = mixed();
    assert.deepEqual(a.messageIds, [11, null, 13]);
    assert.deepEqual(
      a.source?.map((s) => s?.kind ?? null),
      [null, 'document', null],
    );
  });

  test('a reply to message 13 replaces the third part, which is typed from then on', () => {
    const a = mixed();
    const k = a.messageIds?.indexOf(13) ?? -1;
    replacePart(a, k, '收到建议12条', 14);
    assert.deepEqual(a.parts, ['召开座谈会2次', '走访企业26家', '收到建议12条']);
    assert.deepEqual(a.messageIds, [11, null, 14]);
    assert.equal(a.source?.[2], null);
  });

  test('[删除第1条] and then [撤销] of the document leave only the last typed part, still replyable', () => {
    const a = mixed();
    assert.equal(
      removeParts(a, (i) => i === 0),
      1,
    );
    const source = a.source ?? [];
    assert.equal(
      removeParts(a, (i) => source[i]?.batch === 'd1'),
      1,
    );
    assert.deepEqual(a.parts, ['收到建议11条']);
    assert.deepEqual(a.messageIds, [13]);
    assert.deepEqual(a.source, [null]);
  });

  test('a terminal answer (no message ids, no sources) stays without those arrays', () => {
    const a: Answer = { status: 'open', parts: [] };
    pushPart(a, '召开座谈会2次');
    removeParts(a, () => false);
    assert.equal(a.messageIds, undefined);
    assert.equal(a.source, undefined);
  });
});
