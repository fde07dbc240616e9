/**
 * Bodies named by their field in a list under one head: 联合应急、消防、住建等部门 names three
 * bodies (应急, 消防, 住建) though none ends in 局 or 委; and offices in a list of bodies working
 * together (与院工会、后勤保障处联合). Each item is an organisation a draft may only name where
 * the answers do, so an invented 住建 in the list is found. Pure.
 */

export interface FieldFact {
  kind: 'org';
  /** The field as written: 住建. */
  text: string;
  index: number;
  /** Read from a list (under 部门, or working together): traced by its field, not as a name. */
  field: true;
}

/**
 * A connective or verb of working together, before a list (与, 会同, 联合 …), or a preposition
 * (在交警、城管部门的共同维护下).
 */
const JOINING = '联合|会同|协调|协同|配合|牵头|[与同和由及在经对向]';

/**
 * The list: two to four characters an item, 、 between them, after a verb of working together
 * or a mark, and the shared head (等部门, 等相关单位) after the last.
 */
const FIELD_LIST_RE = new RegExp(
  `(?<=${JOINING}|组织|[，。；：、\\s])((?:[\\u4e00-\\u9fff]{2,4}、)+[\\u4e00-\\u9fff]{2,4}?)等?(?:相关|有关|职能)?(?:部门|单位)`,
  'g',
);

/**
 * Working together with a list of bodies (与院工会、后勤保障处联合召开): an office of the unit's
 * own (…处, …科, …室, …办) is named there though no level comes before it.
 */
const JOINT_LIST_RE =
  /(?<=与|和|同|会同|联合)((?:[\u4e00-\u9fff]{2,8}?、)+[\u4e00-\u9fff]{2,8}?)(?=联合|共同|一起|一道)/g;
const OFFICE_RE = /(?:[处科室办]|办公室)$/;

export function extractFieldLists(text: string): FieldFact[] {
  return [
    ...itemsOf(text, JOINT_LIST_RE, JOINT_LEAD_RE, (item) => OFFICE_RE.test(item)),
    ...itemsOf(
      text,
      FIELD_LIST_RE,
      FIELD_LEAD_RE,
      (item) => !NOT_A_FIELD_RE.test(item) && !BODY_NAMED_RE.test(item),
    ),
  ];
}

/**
 * What no field is: the qualifier of 部门 itself (职能部门, 相关部门), or a clause in a row of
 * clauses (牵头抓总、职能部门具体落实; 团委牵头、文旅等部门配合): a field is a noun.
 */
const NOT_A_FIELD_RE =
  /^(?:相关|有关|职能|主管|业务|其他|其它|各|各个)$|牵头|抓总|落实|负责|配合|协同|协调|联动|参与|推进|主抓|统筹|指导|督促/;

/**
 * An item that is a body by its own name (镇司法所, 县审计局: a level before it, a kind after): the
 * name reader reads it as such, and its field is no claim of its own.
 */
const BODY_NAMED_RE = /^[省市州县区镇乡村][\u4e00-\u9fff]+[局办所委院站队馆部厅]$/;

/**
 * A connective or verb of working together before a list's first item (与, 会同, 联合 …), or a
 * verb that brings the bodies in (推动税务、住建部门进驻, 邀请公安、司法等部门).
 */
const FIELD_LEAD_RE = new RegExp(
  `^(?:${JOINING}|推动|邀请|组织|督促|召集|动员)(?=[\\u4e00-\\u9fff]{2})`,
);
/** …and only a connective before bodies working together (与组织人事科、宣传科: 组织 is the name's). */
const JOINT_LEAD_RE = new RegExp(`^(?:${JOINING})(?=[\\u4e00-\\u9fff]{2})`);

/** The items of each list `re` finds (its first group, split at 、) that `keep` keeps. */
function itemsOf(
  text: string,
  re: RegExp,
  lead: RegExp,
  keep: (item: string) => boolean,
): FieldFact[] {
  const out: FieldFact[] = [];
  for (const m of text.matchAll(re)) {
    let at = m.index;
    for (const [i, said] of m[1]!.split('、').entries()) {
      // ，与交通、水利等部门: the list began after its connective, which is no part of a field.
      const cut = i === 0 ? (lead.exec(said)?.[0] ?? '') : '';
      const item = said.slice(cut.length);
      if (keep(item)) out.push({ kind: 'org', text: item, index: at + cut.length, field: true });
      at += said.length + 1;
    }
  }
  return out;
}
