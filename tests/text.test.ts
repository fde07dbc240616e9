import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clipForPreview } from '../src/bot/preview.js';
import { splitMessage, TELEGRAM_MESSAGE_LIMIT } from '../src/bot/split.js';
import { draftFileName } from '../src/export/filename.js';
import { clip } from '../src/interview/view.js';
import { cleanText, hasUnsafeCharacters } from '../src/text/clean.js';
import { clipGraphemes, graphemes, headWithin, splitWithin, tailWithin } from '../src/text/cut.js';

/**
 * Every place the bot cuts text, tried on random strings of the characters that break naive
 * cuts: emoji outside the BMP (surrogate pairs), ZWJ families, flags, skin tones, keycaps,
 * combining marks, CJK and ASCII. A cut must never leave half a character (Telegram refuses a
 * lone surrogate; a reader sees a broken emoji), and nothing may be lost or invented.
 */

const ATOMS = [
  '统',
  '战',
  '工',
  '作',
  '。',
  '，',
  'a',
  '7',
  ' ',
  '\n',
  '😀',
  '🎉',
  '𠀋', // CJK Extension B: a surrogate pair too
  '👨‍👩‍👧‍👦',
  '🧑🏽‍💻',
  '🇨🇳',
  '🏳️‍🌈',
  '👍🏿',
  '1️⃣',
  'é',
  'ก์',
  '한',
];

/** A small seeded generator, so a failure can be replayed (the seed is in the message). */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

function randomText(next: () => number, maxAtoms: number): string {
  const n = Math.floor(next() * maxAtoms);
  let text = '';
  for (let i = 0; i < n; i++) text += ATOMS[Math.floor(next() * ATOMS.length)];
  return text;
}

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (s: string) => !LONE.test(s);
/** Whether `piece` ends (or starts) on a grapheme boundary of `whole` at `offset`. */
function boundaries(whole: string): Set<number> {
  const at = new Set<number>([0, whole.length]);
  let i = 0;
  for (const g of graphemes(whole)) {
    i += g.length;
    at.add(i);
  }
  return at;
}

const RUNS = 400;

function forEachCase(maxAtoms: number, check: (text: string, seed: number) => void) {
  for (let seed = 1; seed <= RUNS; seed++) {
    const text = randomText(random(seed * 7919), maxAtoms);
    try {
      check(text, seed);
    } catch (error) {
      throw new Error(`seed ${seed}, text ${JSON.stringify(text)}: ${(error as Error).message}`);
    }
  }
}

describe('every cut keeps characters whole', () => {
  test('clip (review card 40, question card 80): a grapheme prefix of the flattened text', () => {
    forEachCase(120, (text) => {
      for (const max of [1, 3, 40, 80]) {
        const out = clip(text, max);
        const flat = text.replace(/\s+/g, ' ');
        assert.ok(wellFormed(out));
        const body = out.endsWith('…') && out !== flat ? out.slice(0, -1) : out;
        assert.ok(flat.startsWith(body), 'a prefix of what was said');
        assert.ok(boundaries(flat).has(body.length), 'cut between graphemes');
        assert.ok(graphemes(body).length <= max);
        if (graphemes(flat).length <= max) assert.equal(out, flat);
      }
    });
  });

  test('splitMessage (the 4,096 limit, hard split of an over-long line)', () => {
    forEachCase(600, (text) => {
      for (const limit of [7, 50, TELEGRAM_MESSAGE_LIMIT]) {
        const parts = splitMessage(text, limit);
        for (const part of parts) {
          assert.ok(wellFormed(part), `piece ${JSON.stringify(part)}`);
          assert.ok(part.length <= limit, `${part.length} > ${limit}`);
        }
        // Nothing lost: only whitespace at the cuts may go.
        const squash = (s: string) => s.replace(/\s+/g, '');
        assert.equal(squash(parts.join('')), squash(text));
      }
    });
    // One line of 5,000 emoji: pieces within the limit, every emoji whole.
    const line = '😀'.repeat(5000);
    const parts = splitMessage(line);
    assert.ok(parts.length >= 3);
    assert.ok(parts.every((p) => p.length <= TELEGRAM_MESSAGE_LIMIT && wellFormed(p)));
    assert.equal(parts.join(''), line);
  });

  test('headWithin, tailWithin, splitWithin: UTF-16 limits, grapheme boundaries', () => {
    forEachCase(200, (text) => {
      const cuts = boundaries(text);
      for (const max of [2, 5, 33, 100]) {
        const head = headWithin(text, max);
        assert.ok(head.length <= max && wellFormed(head) && text.startsWith(head));
        if (text !== '' && !cuts.has(head.length)) {
          // only a single grapheme longer than the limit is cut inside it, between code points
          assert.ok(graphemes(text)[0]!.length > max);
        }
        const tail = tailWithin(text, max);
        assert.ok(tail.length <= max && wellFormed(tail) && text.endsWith(tail));
        assert.ok(cuts.has(text.length - tail.length));
        const pieces = splitWithin(text, max);
        assert.equal(pieces.join(''), text);
        assert.ok(pieces.every((p) => wellFormed(p) && p.length <= max));
      }
      const clipped = clipGraphemes(text, 10, '');
      assert.ok(text.startsWith(clipped) && cuts.has(clipped.length));
    });
  });

  test('the live preview shows the newest text, whole', () => {
    forEachCase(3000, (text) => {
      const shown = clipForPreview(text);
      assert.ok(wellFormed(shown));
      assert.ok(shown.length <= TELEGRAM_MESSAGE_LIMIT);
    });
    const long = '😀'.repeat(3000);
    const shown = clipForPreview(long);
    assert.ok(wellFormed(shown) && shown.length <= TELEGRAM_MESSAGE_LIMIT);
  });

  test('file names keep emoji whole and the version tag', () => {
    forEachCase(150, (text) => {
      const name = draftFileName({
        unit: `${text}镇`,
        periodPhrase: '2026年',
        titleSuffix: '统战工作总结',
        version: 3,
      });
      assert.ok(wellFormed(name));
      assert.match(name, /（草稿v3）\.docx$/);
    });
  });
});

describe('characters that must not reach a .docx or Telegram', () => {
  test('cleanText removes exactly the unsafe ones', () => {
    const unsafe = [
      '\u0000',
      '\u0001',
      '\u0008',
      '\u000B',
      '\u000C',
      '\u001F',
      '\uFFFE',
      '\uFFFF',
      '\uFDD0',
      '\uFDEF',
      '\u{1FFFE}',
      '\u{10FFFF}',
      '\uD83D', // half an emoji
      '\uDE00',
    ];
    for (const ch of unsafe) {
      assert.equal(cleanText(`甲${ch}乙`), '甲乙', JSON.stringify(ch));
      assert.ok(hasUnsafeCharacters(`甲${ch}乙`), JSON.stringify(ch));
    }
    const safe = '甲\t乙\n丙 😀 👨‍👩‍👧 é 𠀋 \u00A0\u3000\uFFFD\u{10FFFD}';
    assert.equal(cleanText(safe), safe);
    assert.ok(!hasUnsafeCharacters(safe));
    assert.equal(cleanText('一\r\n二\r三'), '一\n二\n三');
    forEachCase(100, (text) => {
      assert.equal(cleanText(text), text.replace(/\r\n?/g, '\n'), 'ordinary text is untouched');
    });
  });
});

describe('clipGraphemes on plain Chinese (the fast path)', () => {
  test('cuts plain text at the same place as the segmenter would, and keeps joined emoji whole', () => {
    const plain = '召开党外人士座谈会2次，收到意见建议31条（已办结28条）。ABC abc';
    for (let max = 1; max <= plain.length + 1; max++) {
      const slow = graphemes(plain).slice(0, max).join('');
      assert.equal(clipGraphemes(plain, max), slow.length < plain.length ? `${slow}…` : plain);
    }
    assert.equal(clipGraphemes('走访👨‍👩‍👧家庭3户', 3), '走访👨‍👩‍👧…');
    // A halfwidth voiced mark (ﾞ) joins the kana before it: not a unit of its own.
    assert.equal(clipGraphemes('ｶﾞｲﾄﾞ说明', 2), 'ｶﾞｲ…');
  });
});
