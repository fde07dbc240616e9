import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isWalkEvent, WALK_LABEL, type WalkOutput, walkStep } from '../src/app/walk.js';
import { checkDraft } from '../src/check/checker.js';
import { nothingOpen } from '../src/check/checklist.js';
import { settledReport } from '../src/check/open-items.js';
import { buildMaterial } from '../src/compose/material.js';
import { composeOffline } from '../src/compose/offline.js';
import { parseCommand } from '../src/interview/commands.js';
import { type EngineContext, step } from '../src/interview/engine.js';
import { freshState, recordDraft } from '../src/interview/state.js';
import type { Event, Reply, Summary, UserState } from '../src/interview/types.js';
import { loadTemplates } from '../src/templates/load.js';
import { templateById } from '../src/templates/match.js';

const templates = loadTemplates();
const NOW = Date.UTC(2026, 10, 28, 9, 0, 0);
const ctx: EngineContext = { templates, now: NOW, draftsPerDay: 3, canRevise: false };

/** A user finishing a draft with the walk; the stored versions kept like the store would. */
class Walker {
  state: UserState = freshState('u1');
  replies: Reply[] = [];
  texts = new Map<number, string>();
  saved = 0;
  engine(input: string | Event) {
    const event =
      typeof input === 'string' ? (parseCommand(input) ?? { type: 'text', text: input }) : input;
    const r = step(this.state, event, ctx);
    this.state = r.state;
    this.replies = r.replies;
    return r;
  }
  get summary(): Summary {
    return this.state.summaries.find((s) => s.id === this.state.activeId)!;
  }
  get template() {
    return templateById(templates, this.summary.templateId)!;
  }
  get latest(): { version: number; text: string } {
    const version = this.summary.drafts.at(-1)!.version;
    return { version, text: this.texts.get(version)! };
  }
  /** What the adapter does on compose: the offline draft stored as a version. */
  composeOffline(
    text = composeOffline(buildMaterial(this.template, this.summary, { composedAt: NOW })),
  ) {
    const r = recordDraft(this.state, this.summary.id, {
      createdAt: NOW,
      composer: 'offline',
      chars: text.length,
    });
    this.state = r.state;
    this.texts.set(r.version, text);
  }
  walk(input: string | Event): WalkOutput {
    const event =
      typeof input === 'string' ? (parseCommand(input) ?? { type: 'text', text: input }) : input;
    assert.ok(isWalkEvent(this.state, event), `not a walk event: ${JSON.stringify(event)}`);
    const out = walkStep({ state: this.state, event, templates, now: NOW + 1, ...this.latest });
    this.state = out.state;
    this.replies = out.replies;
    if (out.saved) {
      this.texts.set(out.saved.version, out.saved.text);
      this.saved++;
    }
    return out;
  }
  tap(label: string) {
    const action = this.replies
      .flatMap((r) => r.actions?.flat() ?? [])
      .find((a) => a.label === label);
    assert.ok(action, `no button ${label} in: ${this.text()}`);
    return this.walk(action.event);
  }
  text() {
    return this.replies.map((r) => r.text).join('\n---\n');
  }
  report() {
    const material = buildMaterial(this.template, this.summary, { composedAt: NOW });
    return settledReport(checkDraft(this.latest.text, material), this.summary.dismissed);
  }
}

/** 基本信息 for 清河镇, then thin, sloppy answers (two with no fact at all); four parts skipped for later. */
function sloppy(w: Walker) {
  for (const x of ['/new', '1', '清河镇', '乡镇', '年度', '2026', '/skip', '/skip', '/skip'])
    w.engine(x);
  w.engine('开了2次会研究统战吧');
  w.engine('/next');
  w.engine('搞了宣讲 约1800人次吧');
  w.engine('/next');
  w.engine('联系了党外人士');
  w.engine('/next');
  for (let i = 0; i < 4; i++) w.engine('/skip');
  w.engine('搞了些特色活动');
  w.engine('/next');
  w.engine('人手不够');
  w.engine('/next');
  w.engine('明年继续搞好');
  w.engine('/next');
}

describe('the finishing walk (pure)', () => {
  test('walks every open item in document order and ends at a 定稿 with nothing open', () => {
    const w = new Walker();
    sloppy(w);
    w.composeOffline();
    const before = w.report();
    if (process.env.SHOW)
      console.log(w.latest.text, JSON.stringify(w.summary.answers), JSON.stringify(before));
    assert.ok(before.placeholders.length > 0, 'the first draft has 【待补】');
    const facts = ['2次', '1800人次'];
    for (const f of facts) assert.ok(w.latest.text.includes(f));

    w.walk('/finish');
    const total = Number(/待完成 1\/(\d+)/.exec(w.text())?.[1]);
    assert.ok(total >= 3, w.text());
    let taps = 0;
    let typed = false;
    const log: string[] = [];
    while (!/定稿/.test(w.text()) && taps < 30) {
      taps++;
      const card = w.text();
      log.push(card.split('\n').slice(0, 2).join(' '));
      if (/留待补充/.test(card)) w.tap(WALK_LABEL.leaveOut);
      else if (!typed && /【待补：[^】]*做法/.test(card)) {
        typed = true;
        w.walk('走访党外人士15人次。');
      } else if (/【待补/.test(card)) w.tap(WALK_LABEL.deleteSentence);
      else assert.fail(`unexpected card: ${card}`);
      log.push(w.replies[0]!.text);
    }
    if (process.env.SHOW) console.log(log.join('\n'));
    assert.match(w.text(), /✅ 没有待完成的了：草稿第\d+版就是定稿/, log.join('\n'));
    assert.equal(w.summary.finalVersion, w.latest.version);
    const after = w.report();
    assert.ok(nothingOpen(after), JSON.stringify(after));
    assert.doesNotMatch(w.latest.text, /【待补/);
    for (const f of [...facts, '走访党外人士15人次']) assert.ok(w.latest.text.includes(f), f);
    // The one fact the user typed in the walk is an answer now, so it is traced.
    assert.equal(after.untraced.length, 0);
  });

  test('a fact without a source: [属实，保留] records it, so the next check traces it', () => {
    const w = new Walker();
    sloppy(w);
    w.composeOffline();
    const invented = w.latest.text.replace('约1800人次', '约1800人次，覆盖12个行政村');
    w.composeOffline(invented);
    assert.ok(w.report().untraced.some((u) => u.text.includes('12')));
    w.walk('/finish');
    while (!/无出处/.test(w.text())) w.tap(WALK_LABEL.pass);
    assert.match(w.text(), /无出处：“12个/);
    const saved = w.saved;
    w.tap(WALK_LABEL.vouch);
    assert.match(w.replies[0]!.text, /已记为属实/);
    assert.equal(w.saved, saved, 'vouching changes no text');
    assert.equal(w.report().untraced.length, 0);
  });

  test("a dropped fact: [补进草稿] writes the answer's sentence at the end of its part; [删除] takes an invented one out", () => {
    const w = new Walker();
    sloppy(w);
    w.composeOffline();
    const dropped = w.latest.text.replace(/[^。\n]*1800人次[^。\n]*。?/, '');
    w.composeOffline(`${dropped.replace('2次', '5次')}`);
    const r = w.report();
    assert.ok(
      r.omitted.some((o) => o.text.includes('1800')),
      JSON.stringify(r.omitted),
    );
    w.walk('/finish');
    let guard = 0;
    while (!/遗漏：[^\n]*1800/.test(w.text()) && guard++ < 20) {
      if (/无出处：“5次/.test(w.text())) {
        w.tap(WALK_LABEL.delete);
        assert.match(w.replies[0]!.text, /删去“[^”]*5次/);
      } else w.tap(WALK_LABEL.pass);
    }
    w.tap(WALK_LABEL.add);
    assert.match(w.replies[0]!.text, /补上“[^”]*1800人次/);
    assert.ok(w.latest.text.includes('1800人次'));
    assert.ok(!w.report().omitted.some((o) => o.text.includes('1800')));
  });

  test('[先这样] ends the walk; /finish resumes it; a tap on an older card does not act', () => {
    const w = new Walker();
    sloppy(w);
    w.composeOffline();
    w.walk('/finish');
    const old = w.replies;
    w.walk('一共走访5户');
    const v = w.latest.version;
    w.replies = old;
    w.tap(WALK_LABEL.deleteSentence);
    assert.match(w.text(), /按钮已过期/);
    assert.equal(w.latest.version, v);
    w.tap(WALK_LABEL.stop);
    assert.match(w.text(), /先到这里。已完成1项/);
    assert.equal(w.summary.walk?.active, false);
    // Text is no longer taken by the walk; /finish brings it back where it was.
    assert.equal(isWalkEvent(w.state, { type: 'text', text: '随便' }), false);
    w.walk('/finish');
    assert.match(w.text(), /待完成 2\//);
  });

  test('phone wording left in a draft: a typo is one tap, a spoken sentence is replaced by the reply, or kept', () => {
    const w = new Walker();
    sloppy(w);
    w.composeOffline();
    // A draft that kept the user's phone words (a model copying them, or a composer that could
    // not rewrite them): a typo, a spoken verb, a spoken verdict.
    const text = w.latest.text
      .replace('开展了宣讲，约1800人次。', '开展了宣讲，约1800人次，巩故了宣讲成效。')
      .replace('联系了党外人士。', '联系了党外人士，把联谊活动弄起来了。')
      .replace('人手不够。', '人手不够，全年没出什么大事。');
    w.composeOffline(text);
    const before = w.report();
    assert.deepEqual(
      before.wording.map((x) => x.text),
      ['巩故', '弄', '没出什么'],
    );
    assert.ok(!nothingOpen({ ...before, placeholders: [], later: [] }), 'wording keeps it open');

    w.walk('/finish');
    const seen: string[] = [];
    let guard = 0;
    while (!/定稿|这一轮看完了/.test(w.text()) && guard++ < 30) {
      const card = w.text();
      if (/疑似错字/.test(card)) {
        seen.push('typo');
        assert.match(card, /疑似错字：“巩故”应为“巩固”/);
        assert.match(card, /“[^”]*巩故了宣讲成效。”/, 'the sentence is quoted');
        w.tap('改为“巩固”');
        assert.match(w.replies[0]!.text, /巩故 → 巩固（已存为草稿第\d+版）/);
      } else if (/口语：“弄”/.test(card)) {
        seen.push('spoken');
        w.walk('联系党外人士，组织开展联谊活动');
        assert.match(w.replies[0]!.text, /→ “联系党外人士，组织开展联谊活动。”/);
      } else if (/口语：“没出什么”/.test(card)) {
        seen.push('keep');
        w.tap(WALK_LABEL.keep);
        assert.match(w.replies[0]!.text, /保留原样/);
      } else if (/留待补充/.test(card)) w.tap(WALK_LABEL.leaveOut);
      else if (/【待补/.test(card)) w.tap(WALK_LABEL.deleteSentence);
      else assert.fail(`unexpected card: ${card}`);
    }
    assert.deepEqual(seen, ['typo', 'spoken', 'keep'], 'in document order');
    assert.match(w.text(), /✅ 没有待完成的了/);
    const final = w.latest.text;
    assert.ok(final.includes('巩固了宣讲成效'));
    assert.ok(final.includes('联系党外人士，组织开展联谊活动。'));
    assert.ok(!final.includes('弄起来'));
    assert.ok(final.includes('没出什么大事'), 'kept as the user chose');
    const after = w.report();
    assert.equal(after.wording.length, 0, 'the kept sentence is not asked again');
    assert.equal(after.untraced.length, 0, 'the typed wording is the user’s own material');
    assert.ok(final.includes('1800人次'));
  });
});

describe('a reworded sentence (the model path, pure)', () => {
  /** The first 【待补】 card of the sloppy persona's draft, answered with `reply`. */
  function filled(reply: string, rewrite?: string): { w: Walker; out: WalkOutput } {
    const w = new Walker();
    sloppy(w);
    w.composeOffline();
    w.walk('/finish');
    while (!/【待补：[^】]*做法/.test(w.text())) w.tap(WALK_LABEL.pass);
    const event: Event = { type: 'text', text: reply };
    const out = walkStep({
      state: w.state,
      event,
      templates,
      now: NOW + 1,
      ...w.latest,
      ...(rewrite !== undefined ? { rewrite } : {}),
    });
    return { w, out };
  }

  test('the deterministic step describes the sentence it wrote, with its heading and the reply', () => {
    const { out } = filled('走访党外人士15人次');
    assert.ok(out.rewrite, 'a rewrite is asked for');
    assert.equal(out.rewrite.kind, 'fill');
    assert.match(out.rewrite.sentence, /走访党外人士15人次/);
    assert.equal(out.rewrite.reply, '走访党外人士15人次');
    assert.match(out.rewrite.heading, /^[一二三四五六七八九十]、/);
    assert.equal(out.rewritten, undefined, 'nothing was offered');
  });

  test('a wording that keeps every fact stands; one that drops or adds a figure, or is two sentences, does not', () => {
    const plain = filled('走访党外人士15人次').out.saved!.text;
    const good = filled('走访党外人士15人次', '深入走访党外人士15人次。').out;
    assert.equal(good.rewritten, true);
    assert.ok(good.saved!.text.includes('深入走访党外人士15人次。'));
    assert.equal(good.rewrite, undefined, 'no second request');
    for (const bad of [
      '深入走访党外人士。',
      '深入走访党外人士15人次，覆盖8个村。',
      '深入走访党外人士15人次。取得明显成效。',
    ]) {
      const out = filled('走访党外人士15人次', bad).out;
      assert.equal(out.rewritten, false, bad);
      assert.equal(out.saved!.text, plain, `${bad}: the deterministic edit is kept`);
    }
  });
});

describe('deleting the last sentence under a heading', () => {
  test('the heading goes too, the headings after it are renumbered, its part is 不写, and the walk still ends at 定稿', () => {
    const w = new Walker();
    sloppy(w);
    w.composeOffline();
    // A draft (as a model might write it) whose 二、 holds nothing but a 【待补】.
    const lone = w.latest.text.replace(
      /联系了党外人士。(【待补：[^】]*】)/,
      (_, placeholder: string) => placeholder,
    );
    assert.notEqual(lone, w.latest.text);
    w.composeOffline(lone);
    w.walk('/finish');
    assert.match(w.text(), /待完成 1\/\d+\n第二部分 · 【待补：党外代表人士/);
    w.tap(WALK_LABEL.deleteSentence);
    assert.match(w.replies[0]!.text, /标题“二、突出培养使用[^”]*”一并删去/);
    const text = w.latest.text;
    assert.doesNotMatch(text, /突出培养使用/);
    const headings = text.split('\n').filter((l) => /^[一二三四五六七八九十]、/.test(l));
    assert.deepEqual(
      headings.map((h) => h.slice(0, 2)),
      ['一、', '二、', '三、', '四、'],
    );
    assert.match(headings[1]!, /^二、突出特色亮点/);
    assert.equal(w.summary.answers.representatives?.leaveOut, true);
    assert.deepEqual(w.summary.answers.representatives?.parts, ['联系了党外人士'], 'answer kept');
    assert.deepEqual(w.report().structure, [], 'no empty heading, the outline still followed');
    for (let taps = 0; !/定稿/.test(w.text()) && taps < 10; taps++) {
      if (/留待补充/.test(w.text())) w.tap(WALK_LABEL.leaveOut);
      else w.tap(WALK_LABEL.deleteSentence);
    }
    assert.match(w.text(), /✅ 没有待完成的了/);
    assert.ok(nothingOpen(w.report()));
  });

  test('a sentence with others under its heading goes alone', () => {
    const w = new Walker();
    sloppy(w);
    w.composeOffline();
    const invented = w.latest.text.replace('约1800人次。', '约1800人次。覆盖12个村。');
    w.composeOffline(invented);
    w.walk('/finish');
    while (!/无出处/.test(w.text())) w.tap(WALK_LABEL.pass);
    w.tap(WALK_LABEL.delete);
    assert.doesNotMatch(w.replies[0]!.text, /一并删去/);
    assert.ok(w.latest.text.includes('一、强化组织引领'));
    assert.doesNotMatch(w.latest.text, /12个村/);
  });
});
