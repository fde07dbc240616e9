import type { Material, MaterialSection } from '../../src/compose/material.js';
import type { UnitType } from '../../src/templates/schema.js';

/**
 * A small hand-made 统战 material for composer tests: two answered work sections, one skipped,
 * one 不涉及, and next steps. Invented unit and facts.
 */
export function sampleMaterial(
  opts: { unit?: string; unitType?: UnitType; answers?: Record<string, string[]> } = {},
): Material {
  const unit = opts.unit ?? '青禾镇';
  const unitType = opts.unitType ?? '乡镇';
  const section = (
    id: string,
    title: string,
    heading: string,
    status: MaterialSection['status'],
    parts: string[],
    role: MaterialSection['role'] = 'work',
  ): MaterialSection => ({
    id,
    title,
    heading,
    role,
    status,
    parts: opts.answers?.[id] ?? parts,
  });
  return {
    templateId: 'tongzhan',
    templateName: '统战工作总结',
    title: `${unit}2026年上半年统战工作总结`,
    titleSuffix: '统战工作总结',
    unit,
    unitType,
    period: '上半年',
    year: '2026',
    periodPhrase: '2026年上半年',
    info: [
      { id: 'unit', label: '单位名称', value: unit },
      { id: 'unitType', label: '单位类型', value: unitType },
      { id: 'period', label: '总结期间', value: '上半年' },
      { id: 'year', label: '年份', value: '2026' },
      { id: 'guide', label: '上级指导部门', value: '县委统战部' },
    ],
    sections: [
      section('organization', '组织领导与工作网络', '压实主体责任，织密工作网络', 'done', [
        '镇党委3月专题研究统战工作1次，调整了统战工作领导小组。',
        '12个村各明确1名统战联络员。',
      ]),
      section('study', '理论学习与政策宣传', '深化理论学习，凝聚思想共识', 'done', [
        '5月举办统战政策讲座1场，镇村干部60人参加。',
      ]),
      section('ethnicReligion', '民族宗教工作', '依法规范管理，维护和谐稳定', 'skipped', []),
      section('overseas', '港澳台侨与海外联谊', '广泛联谊交友，做好侨台工作', 'na', []),
      section(
        'nextSteps',
        '下一步工作打算',
        '下一步工作打算',
        'done',
        ['下半年为联络员集中培训1次。'],
        'nextSteps',
      ),
    ],
    fixedWording: ['团结一切可以团结的力量'],
  };
}
