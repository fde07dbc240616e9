import { type ComposedDraft, composeDraft, type DraftOptions } from '../compose/draft.js';
import type { Material } from '../compose/material.js';
import { type CheckReport, checkDraft } from './checker.js';

/** A composed draft with the checker's report on it: what the terminal and the bot show. */
export interface DraftResult extends Omit<ComposedDraft, 'tracedTo'> {
  check: CheckReport;
}

/** Composes a draft (model or offline, see compose/draft.ts) and checks whatever comes out. */
export async function makeDraft(
  material: Material,
  options: DraftOptions = {},
): Promise<DraftResult> {
  const { tracedTo, ...draft } = await composeDraft(material, options);
  return { ...draft, check: checkDraft(draft.text, tracedTo) };
}
