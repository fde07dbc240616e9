import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadTemplates } from '../src/templates/load.js';
import { UNIT_TYPES } from '../src/templates/schema.js';
import { infoWording, sectionWording } from '../src/templates/wording.js';
import { FOREIGN_WORDS } from './support/unit-words.js';

/**
 * Every word a user of one unit type is shown — each part's question, hints, example and
 * follow-up, each 基本信息 example — fits that unit type: a school is never asked about its
 * 村（社区）, a 乡镇 never about its 学生. (tests/bot-phone.test.ts walks the same on the emulator.)
 */

const templates = loadTemplates();

describe('wording by unit type', () => {
  for (const template of templates.filter((t) => t.info.some((f) => f.unitType))) {
    test(`${template.name}: no part and no 基本信息 example uses another unit type's words`, () => {
      const found: string[] = [];
      for (const unitType of UNIT_TYPES) {
        const texts: [string, string][] = [];
        for (const field of template.info) {
          const w = infoWording(field, unitType);
          if (w.example) texts.push([`基本信息.${field.id}.example`, w.example]);
        }
        for (const section of template.sections) {
          const w = sectionWording(section, unitType);
          texts.push([`${section.id}.question`, w.question]);
          texts.push([`${section.id}.example`, w.example]);
          for (const [i, hint] of w.hints.entries())
            texts.push([`${section.id}.hints[${i}]`, hint]);
          if (section.key && w.followUp) texts.push([`${section.id}.followUp`, w.followUp]);
        }
        for (const [where, text] of texts) {
          const word = FOREIGN_WORDS[unitType].find((x) => text.includes(x));
          if (word) found.push(`${unitType} · ${where}: 「${word}」 in ${text}`);
        }
      }
      assert.deepEqual(found, []);
    });
  }

  test('[不涉及] fits the unit: never on organisation, 不足 or 下一步; a school may skip 校友企业家', () => {
    const tongzhan = templates.find((t) => t.id === 'tongzhan')!;
    const byId = (id: string) => tongzhan.sections.find((s) => s.id === id)!;
    for (const unitType of UNIT_TYPES) {
      for (const id of ['organization', 'shortcomings', 'nextSteps']) {
        assert.equal(sectionWording(byId(id), unitType).notApplicable, false, `${unitType} ${id}`);
      }
    }
    assert.equal(sectionWording(byId('economy'), '学校').notApplicable, true);
    assert.equal(sectionWording(byId('overseas'), '社区或村').notApplicable, true);
  });

  test('不足 and 下一步 are the parts a summary needs', () => {
    for (const template of templates) {
      assert.deepEqual(
        template.sections.filter((s) => s.required).map((s) => s.role),
        ['shortcomings', 'nextSteps'],
        template.id,
      );
    }
  });
});
