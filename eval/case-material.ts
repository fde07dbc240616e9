import { buildMaterial, type Material } from '../src/compose/material.js';
import type { Answer, Summary } from '../src/interview/types.js';
import { loadTemplates } from '../src/templates/load.js';
import type { Template } from '../src/templates/schema.js';
import type { DraftCase } from './cases.js';

/** A suite of `npm run eval`: printed lines and the musts that failed. */
export interface SuiteResult {
  lines: string[];
  failures: string[];
}

/** Composed on a fixed day so the table and the dumps are the same on every run. */
export const COMPOSED_AT = Date.UTC(2026, 11, 3, 2);

const templates = loadTemplates();

export function caseMaterial(c: DraftCase): Material {
  const summary = caseSummary(c);
  return buildMaterial(caseTemplate(c), summary, { composedAt: COMPOSED_AT });
}

export function caseTemplate(c: DraftCase): Template {
  const template = templates.find((t) => t.id === c.templateId);
  if (!template) throw new Error(`no template ${c.templateId}`);
  return template;
}

/** The case as a stored summary (id s1), as the interview would have left it. */
export function caseSummary(c: DraftCase): Summary {
  const template = caseTemplate(c);
  const answers: Record<string, Answer> = {};
  for (const [id, a] of Object.entries(c.answers)) {
    answers[id] =
      a === 'skip'
        ? { status: 'skipped', parts: [] }
        : a === 'na'
          ? { status: 'na', parts: [] }
          : { status: 'done', parts: a };
  }
  const summary: Summary = {
    id: 's1',
    templateId: template.id,
    createdAt: 0,
    updatedAt: 0,
    info: c.info,
    answers,
    position: { kind: 'review' },
    drafts: [],
  };
  return summary;
}
