import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import { GrammyError } from 'grammy';
import pino from 'pino';
import { censorInner, loggerOptions } from '../src/logger.js';

/**
 * The operator's log is a second line of defence: a user's text or a token put into a log line
 * by mistake is censored, wherever it sits (the line itself, one object down, an error), and the
 * one line every update writes goes out as it is, without a copy.
 */
function capture(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  return { logger: pino(loggerOptions(level), sink), lines };
}

describe('the log never shows a user text or a token', () => {
  test('fields that would carry them are censored at the top and one level down', () => {
    const { logger, lines } = capture();
    logger.info({ text: '镇党委专题研究统战工作3次', answer: '谈心12次', user: 7 }, 'answer');
    logger.warn({ ctx: { text: '秘密句子', chat: 42 }, cfg: { apiKey: 'sk-not-a-secret' } }, 'x');
    logger.info({ instruction: '把第二部分写长一点', token: '123:AAsecret' }, 'revise');
    const out = JSON.stringify(lines);
    assert.doesNotMatch(out, /专题研究|谈心|秘密句子|sk-not-a-secret|写长|AAsecret/);
    assert.equal(lines[0]?.user, 7, 'the other fields stay');
    assert.deepEqual(lines[1]?.ctx, { text: '[redacted]', chat: 42 });
    assert.equal(lines[2]?.msg, 'revise');
    // (A child logger's own fields: censored at their top level, as pino's redact does it.)
    logger.child({ text: '孩子的回答', token: '123:AAchild', chat: 9 }).info('child');
    assert.doesNotMatch(JSON.stringify(lines[3]), /孩子的回答|AAchild/);
    assert.equal(lines[3]?.chat, 9);
  });

  test("a failed Telegram call's error keeps its description, not the message it carried", () => {
    const { logger, lines } = capture();
    const error = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 400, description: 'Bad Request: chat not found' },
      'sendMessage',
      { chat_id: 1, text: '第三部分：走访党外人士45人次' },
    );
    logger.warn({ err: error }, 'send failed');
    logger.warn({ err: { text: '回答原文', code: 3 } }, 'plain object as err');
    const out = JSON.stringify(lines);
    assert.doesNotMatch(out, /走访党外人士|回答原文/);
    assert.match(out, /chat not found/);
    assert.deepEqual(lines[1]?.err, { text: '[redacted]', code: 3 });
  });

  test("an update's line is written as it is, and not copied", () => {
    const line = { update: 901, user: 7, action: 'answer', ms: 1.4 };
    assert.equal(censorInner(line), line, 'nothing to censor: the same object');
    const { logger, lines } = capture();
    logger.info(line, 'update');
    assert.deepEqual(lines[0], { level: 30, time: lines[0]?.time, ...line, msg: 'update' });
  });
});
