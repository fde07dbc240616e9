import { WALK_LABEL, walkStep } from '../src/app/walk.js';
import { checkDraft } from '../src/check/checker.js';
import { nothingOpen } from '../src/check/checklist.js';
import { openItems, settledReport } from '../src/check/open-items.js';
import { typedFact } from '../src/compose/edits.js';
import { buildMaterial } from '../src/compose/material.js';
import { freshState } from '../src/interview/state.js';
import type { Event, Reply, Summary, UserState } from '../src/interview/types.js';
import { loadTemplates } from '../src/templates/load.js';
import { COMPOSED_AT, caseSummary, caseTemplate } from './case-material.js';
import type { DraftCase } from './cases.js';

/**
 * The finishing walk on a case's first draft (issue 23), with a scripted user who does what a
 * cadre on a phone would: a 【待补】 gets the fact the case provides for it (`finishing.fill`),
 * else [删除这句]; a fact without a source is [属实，保留] only when the case marks it true
 * (`finishing.vouch`), else [删除]; a dropped fact is [补进草稿]; a part skipped for later is
 * [不写这部分]. Each reply or tap is one action; the [逐项完成] tap that starts the walk is not
 * counted. Pure: the same walkStep the bot runs, the versions kept in a map.
 */

export interface WalkResult {
  /** Open items of the first draft (the walk's 待完成 N). */
  open: number;
  /** Replies and taps to 定稿. */
  actions: number;
  /** Whether the walk ended at 定稿 with nothing open. */
  final: boolean;
  /** The last thing the bot said, when it did not end at 定稿. */
  last?: string;
  /** Facts the scripted user typed that the last version does not hold. */
  lost: string[];
}

const templates = loadTemplates();
/** More actions than this is a walk going round in circles. */
const MAX_ACTIONS = 60;

export function walkCase(c: DraftCase, draft: string): WalkResult {
  const summary: Summary = { ...caseSummary(c), position: { kind: 'drafted' } };
  summary.drafts = [
    { version: 1, createdAt: COMPOSED_AT, composer: 'offline', chars: draft.length },
  ];
  let state: UserState = { ...freshState('eval'), summaries: [summary], activeId: summary.id };
  const texts = new Map<number, string>([[1, draft]]);
  const template = caseTemplate(c);
  const material = buildMaterial(template, summary, { composedAt: COMPOSED_AT });
  const report = settledReport(checkDraft(draft, material));
  const open = openItems(draft, report, material).length;

  let replies: Reply[] = [];
  const walk = (event: Event) => {
    const s = state.summaries[0] as Summary;
    const version = s.drafts.at(-1)?.version ?? 1;
    const out = walkStep({
      state,
      event,
      templates,
      now: COMPOSED_AT + 1,
      text: texts.get(version) ?? '',
      version,
    });
    state = out.state;
    replies = out.replies;
    if (out.saved) texts.set(out.saved.version, out.saved.text);
  };
  const tap = (label: string) => {
    const action = replies.flatMap((r) => r.actions?.flat() ?? []).find((a) => a.label === label);
    if (!action) throw new Error(`${c.id}: no button ${label} in ${said()}`);
    walk(action.event);
  };
  const said = () => replies.map((r) => r.text).join('\n');

  walk({ type: 'finish' });
  let actions = 0;
  const fills = Object.entries(c.finishing?.fill ?? {});
  const used = new Set<string>();
  while (actions < MAX_ACTIONS) {
    const card = replies.find((r) => /^待完成 \d+\/\d+/.test(r.text))?.text;
    if (!card) break;
    actions++;
    const placeholder = /【待补[^】]*】/.exec(card.split('\n')[1] ?? '')?.[0];
    const untraced = /无出处：“([^”]*)”/.exec(card)?.[1];
    if (placeholder) {
      const fill = fills.find(([words]) => !used.has(words) && placeholder.includes(words));
      if (fill) {
        used.add(fill[0]);
        walk({ type: 'text', text: fill[1] });
      } else tap(WALK_LABEL.deleteSentence);
    } else if (untraced !== undefined) {
      tap(c.finishing?.vouch?.includes(untraced) ? WALK_LABEL.vouch : WALK_LABEL.delete);
    } else if (/遗漏：/.test(card)) tap(WALK_LABEL.add);
    else if (/留待补充/.test(card)) tap(WALK_LABEL.leaveOut);
    else throw new Error(`${c.id}: a card the script does not know: ${card}`);
  }
  const s = state.summaries[0] as Summary;
  const last = texts.get(s.drafts.at(-1)?.version ?? 1) ?? '';
  const after = settledReport(
    checkDraft(last, buildMaterial(template, s, { composedAt: COMPOSED_AT })),
    s.dismissed,
  );
  const final = s.finalVersion !== undefined && nothingOpen(after) && !/【待补/.test(last);
  const lost = fills
    .filter(([words]) => used.has(words))
    .map(([, reply]) => typedFact(reply))
    .filter((fact) => !last.includes(fact));
  return { open, actions, final, lost, ...(final ? {} : { last: said() }) };
}
