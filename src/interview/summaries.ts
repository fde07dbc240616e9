import { templateById } from '../templates/match.js';
import { activeSummary, partCount } from './position.js';
import { lastPeriodFor } from './previous.js';
import type { EngineContext, Outcome } from './turn.js';
import type { Action, Summary, UserState } from './types.js';
import {
  draftedActions,
  greeting,
  LABEL,
  listCard,
  MENU_CARD,
  questionCard,
  summaryName,
  templateMenu,
} from './view.js';
import { isDeleteWord, replyWord } from './words.js';

/** Choosing, resuming and deleting summaries; confirming and cancelling what is pending. */

export function chooseTemplate(
  state: UserState,
  templateId: string,
  ctx: EngineContext,
  out: Outcome,
) {
  if (state.pending?.kind !== 'chooseTemplate') {
    out.stale();
    return;
  }
  const template = templateById(ctx.templates, templateId);
  if (!template) {
    out.error('这个总结类型已不可用，请重新选择。');
    out.say(templateMenu(ctx.templates));
    return;
  }
  state.pending = undefined;
  state.seq += 1;
  const summary: Summary = {
    id: `s${state.seq}`,
    templateId: template.id,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    info: {},
    answers: {},
    position: { kind: 'info', field: 0 },
    drafts: [],
  };
  const last = lastPeriodFor(state, template, summary.id);
  if (last) summary.lastPeriod = last;
  state.summaries.push(summary);
  state.activeId = summary.id;
  state.paused = false;
  out.touch();
  // The menu becomes part 1's card (one message, changed in place), opening with what to expect.
  out.say(
    questionCard(template, summary, {
      update: true,
      from: MENU_CARD,
      opening: `好的，开始写《${template.name}》。共${partCount(template)}部分，每部分几句话即可；随时可以停下，回答都会保存。`,
    }),
  );
}

export function resume(
  state: UserState,
  summaryId: string | undefined,
  ctx: EngineContext,
  out: Outcome,
) {
  const summary = summaryId
    ? state.summaries.find((s) => s.id === summaryId)
    : (activeSummary(state) ?? [...state.summaries].sort((a, b) => b.updatedAt - a.updatedAt)[0]);
  if (!summary) {
    out.say({
      ...greeting(state),
      text: summaryId ? '这份总结已不存在。' : '您还没有总结，点[新建总结]开始。',
    });
    return;
  }
  const template = templateById(ctx.templates, summary.templateId);
  if (!template) {
    out.error('这份总结使用的模板已不可用，请新建一份总结。');
    return;
  }
  state.activeId = summary.id;
  state.paused = false;
  out.touch();
  out.say(`继续《${summaryName(template, summary)}》。`);
  if (summary.position.kind === 'drafted') {
    out.say({
      kind: 'notice',
      text: '这份总结已有草稿。直接发送修改意见即可修改（如：第二部分写具体些），或点下面的按钮。',
      actions: draftedActions(summary.id),
    });
    return;
  }
  out.say(questionCard(template, summary));
}

export function askDeleteSummary(
  state: UserState,
  summaryId: string,
  ctx: EngineContext,
  out: Outcome,
) {
  const summary = state.summaries.find((s) => s.id === summaryId);
  if (!summary) {
    out.error('这份总结已不存在。');
    return;
  }
  const template = templateById(ctx.templates, summary.templateId);
  state.pending = { kind: 'confirmDeleteSummary', summaryId };
  out.touch();
  out.say({
    kind: 'notice',
    text: `确定删除《${summaryName(template, summary)}》及其全部回答和草稿吗？删除后无法恢复。`,
    actions: deleteButtons(summaryId, 'deleteSummary'),
  });
}

/** [确认删除] [取消] under a delete question; `summaryId` '' for all of the user's data. */
export function deleteButtons(summaryId: string, at: 'deleteAll' | 'deleteSummary'): Action[][] {
  return [
    [
      { label: LABEL.confirmDelete, event: { type: 'confirm', ref: { summaryId, at } } },
      { label: LABEL.cancel, event: { type: 'cancel' } },
    ],
  ];
}

/**
 * A typed reply to a delete question. Deleting cannot be undone, so only the explicit words
 * (确认删除, words/actions.txt [delete]) delete; a bare 是/好/嗯 asks for the button again
 * (the question stays open) and 不/不是 cancels. False for any other text: the question lapses
 * and the text is handled as usual.
 */
export function typedAtDelete(
  state: UserState,
  pending: UserState['pending'],
  text: string,
  ctx: EngineContext,
  out: Outcome,
): boolean {
  if (pending?.kind !== 'confirmDeleteAll' && pending?.kind !== 'confirmDeleteSummary') {
    return false;
  }
  const at = pending.kind === 'confirmDeleteAll' ? 'deleteAll' : 'deleteSummary';
  if (isDeleteWord(text)) {
    confirm(state, pending, at, ctx, out);
    return true;
  }
  const reply = replyWord(text);
  if (reply === 'no') {
    cancel(state, pending, out);
    return true;
  }
  if (reply !== 'yes') return false;
  state.pending = pending;
  out.touch();
  out.say({
    kind: 'notice',
    text: '删除后无法恢复，为防误删，请点[确认删除]按钮，或发送“确认删除”四个字；不删除请点[取消]。',
    actions: deleteButtons(pending.kind === 'confirmDeleteSummary' ? pending.summaryId : '', at),
  });
  return true;
}

export function confirm(
  state: UserState,
  pending: UserState['pending'],
  at: string | undefined,
  ctx: EngineContext,
  out: Outcome,
) {
  state.pending = undefined;
  if (pending?.kind === 'confirmDeleteAll' && at === 'deleteAll') {
    out.effects.push({ type: 'deleteUserData' });
    const fresh: UserState = {
      schema: state.schema,
      userId: state.userId,
      seq: state.seq,
      summaries: [],
    };
    Object.assign(state, { activeId: undefined, paused: undefined, quota: undefined }, fresh);
    out.touch();
    out.say({ ...greeting(state), text: '已删除您的全部数据。需要时可以随时新建总结。' });
    return;
  }
  if (pending?.kind === 'confirmDeleteSummary' && at === 'deleteSummary') {
    const summary = state.summaries.find((s) => s.id === pending.summaryId);
    if (summary) {
      const template = templateById(ctx.templates, summary.templateId);
      state.summaries = state.summaries.filter((s) => s.id !== summary.id);
      // Its text must not live on as another summary's reference to last period.
      for (const s of state.summaries)
        if (s.lastPeriod?.summaryId === summary.id) delete s.lastPeriod;
      if (state.activeId === summary.id) state.activeId = undefined;
      out.effects.push({
        type: 'deleteSummaryData',
        summaryId: summary.id,
        versions: summary.drafts.map((d) => d.version),
      });
      out.touch();
      out.say(`已删除《${summaryName(template, summary)}》。`);
      out.say(listCard(state, ctx.templates));
      return;
    }
  }
  out.touch();
  out.stale();
}

export function cancel(state: UserState, pending: UserState['pending'], out: Outcome) {
  if (pending) {
    out.touch();
    out.say('已取消。');
    return;
  }
  const summary = activeSummary(state);
  if (!summary || state.paused) {
    out.say('当前没有要取消的操作。');
    return;
  }
  state.paused = true;
  out.touch();
  out.say({
    kind: 'notice',
    text: '已暂停，您的回答都已保存。随时点[继续上次]或发送 /resume 接着填写。',
    actions: [
      [
        { label: LABEL.resume, event: { type: 'resume' } },
        { label: LABEL.list, event: { type: 'list' } },
      ],
    ],
  });
}
