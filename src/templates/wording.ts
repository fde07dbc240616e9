import type { InfoField, Section, UnitType } from './schema.js';

/** A section's wording for one unit type: the override where the template has one, else the default. */
export interface Wording {
  title: string;
  heading: string;
  question: string;
  hints: string[];
  example: string;
  followUp?: string;
  /** Whether [不涉及] is offered for this unit type. */
  notApplicable: boolean;
}

export function sectionWording(section: Section, unitType?: UnitType | string): Wording {
  const o = unitType ? section.byUnitType?.[unitType as UnitType] : undefined;
  return {
    title: o?.title ?? section.title,
    heading: o?.heading ?? section.heading,
    question: o?.question ?? section.question,
    hints: o?.hints ?? section.hints,
    example: o?.example ?? section.example,
    followUp: o?.followUp ?? section.followUp,
    notApplicable: o?.notApplicable ?? section.notApplicable,
  };
}

/** A basic-info field's question and example for one unit type. */
export function infoWording(
  field: InfoField,
  unitType?: UnitType | string,
): { question: string; example?: string } {
  const o = unitType ? field.byUnitType?.[unitType as UnitType] : undefined;
  return { question: o?.question ?? field.question, example: o?.example ?? field.example };
}
