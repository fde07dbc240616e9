import { groupsFor, type Outline, outlineLines, planOutline } from '../templates/outline.js';
import type { Template } from '../templates/schema.js';
import { sectionWording } from '../templates/wording.js';
import type { Action, Reply, Summary } from './types.js';

/**
 * The outline of the draft a summary's answers will give (templates/outline.ts), as the user
 * sees it with /outline or the [查看提纲] button before drafting. The composers plan the same
 * outline from the material (compose/material.ts materialOutline).
 */
export function summaryOutline(template: Template, summary: Summary): Outline {
  const unitType = summary.info.unitType;
  return planOutline(
    template.sections.map((section) => {
      const w = sectionWording(section, unitType);
      const a = summary.answers[section.id];
      const parts = (a?.parts ?? []).map((p) => p.trim()).filter(Boolean);
      const followUp = (a?.followUp?.parts ?? []).map((p) => p.trim()).filter(Boolean);
      return {
        id: section.id,
        title: w.title,
        heading: w.heading,
        role: section.role,
        status: a ? a.status : 'unanswered',
        text: [...parts, ...followUp].join('\n'),
      };
    }),
    groupsFor(template.groups, unitType),
  );
}

export function outlineCard(template: Template, summary: Summary, actions: Action[][]): Reply {
  const outline = summaryOutline(template, summary);
  const titleOf = (id: string) =>
    sectionWording(
      template.sections.find((s) => s.id === id) ?? template.sections[0]!,
      summary.info.unitType,
    ).title;
  const lines = outlineLines(outline, titleOf).map((l) =>
    l.replace(/（不设二级标题，各部分分段写，用一是、二是）/, '（内容较少，合写一段）'),
  );
  return {
    kind: 'review',
    text: [
      `草稿提纲（按目前的回答，共${outline.headings.length}个一级标题）：`,
      ...lines,
      '',
      '内容较少的部分会并入相邻部分；跳过和“不涉及”的部分不写。补充回答后提纲会随之调整。',
    ].join('\n'),
    actions,
  };
}
