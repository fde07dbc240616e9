import type { UnitType } from '../../src/templates/schema.js';

/**
 * Words that belong to other unit types: a school is never asked about its 村（社区）, a 乡镇
 * never about its 学生. Test data for tests/unit-wording.test.ts and tests/bot-phone.test.ts.
 */
export const FOREIGN_WORDS: Record<UnitType, readonly string[]> = {
  乡镇: ['学生', '学院', '师生', '街道'],
  街道: ['学生', '学院', '师生', '镇', '村', '乡'],
  社区或村: ['学生', '学院', '师生', '镇', '局'],
  学校: ['村', '社区', '镇', '街道', '乡', '居民', '局'],
  机关部门: ['村', '社区', '镇', '街道', '乡', '学生', '学院', '师生', '居民'],
  其他: ['村', '社区', '镇', '街道', '乡', '学生', '学院', '师生'],
};
