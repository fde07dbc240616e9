import { extractFacts } from './extract.js';
import { escapeRe, loadWords } from './words.js';

/** Events with a name: 中秋联谊会, 同心讲堂, 民营企业家座谈会. */
const ACTIVITY_SUFFIXES = loadWords('activity-suffixes');
const ACTIVITY_RE = new RegExp(
  `([\\u4e00-\\u9fff]+?)(?:${[...ACTIVITY_SUFFIXES].sort((a, b) => b.length - a.length).join('|')})`,
  'g',
);
/** Verbs that introduce an activity and words that describe any activity: not part of a name. */
const ACTIVITY_VERB_RE =
  /^.*(?:召开了?|开展了?|举办了?|组织了?|参加了?|参与了?|举行了?|进行了?|开了|办了|搞了|深入|积极|认真|广泛|扎实|通过|利用)/;
const GENERIC_WORDS = loadWords('generic-words');
const GENERIC_RE = new RegExp(GENERIC_WORDS.map(escapeRe).join('|'), 'g');

function hasNamedActivity(text: string): boolean {
  for (const m of text.matchAll(ACTIVITY_RE)) {
    const name = (m[1] ?? '').replace(ACTIVITY_VERB_RE, '').replace(GENERIC_RE, '');
    if (name.length >= 2) return true;
  }
  return false;
}

/**
 * Whether an answer says something checkable: a number, a date, a 《title》, a quoted name or a
 * named activity. A key section answered only in generalities gets a follow-up question.
 */
export function hasConcreteFact(text: string): boolean {
  return extractFacts(text).length > 0 || hasNamedActivity(text);
}
