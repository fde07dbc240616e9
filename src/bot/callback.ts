import { ANY_STEP } from '../interview/position.js';
import type { Event, Ref, WalkAct } from '../interview/types.js';

/**
 * Button events as callback_data (at most 64 bytes). The data names the summary and the step
 * it was shown for, so a stale or double-tapped button is recognised by the engine.
 * Layout: `<code>|<summaryId>|<at>|<arg>`; no field contains `|`.
 */
export const CALLBACK_LIMIT_BYTES = 64;

const CODES = {
  finish: 'f',
  skip: 's',
  na: 'n',
  back: 'b',
  clear: 'c',
  removePart: 'x',
  edit: 'e',
  draft: 'd',
  review: 'r',
  outline: 'O',
  list: 'l',
  resume: 'R',
  deleteSummary: 'D',
  deleteAll: 'X',
  confirm: 'Y',
  cancel: 'C',
  new: 'N',
  chooseTemplate: 'T',
  choose: 'o',
  showDraft: 'v',
  help: 'h',
  start: 'S',
  undoIntake: 'u',
  sortMaterial: 'P',
  addMaterial: 'A',
  withdrawPaste: 'W',
  hints: 'H',
  reuseInfo: 'I',
  useLast: 'L',
  confirmLast: 'K',
  walk: 'w',
} as const;

type Code = (typeof CODES)[keyof typeof CODES];
const BY_CODE = new Map<string, keyof typeof CODES>(
  Object.entries(CODES).map(([type, code]) => [code, type as keyof typeof CODES]),
);

export function encodeEvent(event: Event): string {
  const code = (CODES as Record<string, Code | undefined>)[event.type];
  if (!code) throw new Error(`event ${event.type} has no button form`);
  const ref: Ref | undefined = 'ref' in event ? event.ref : undefined;
  let arg = '';
  let summaryId = ref?.summaryId ?? '';
  if (event.type === 'edit') arg = String(event.part);
  else if (event.type === 'removePart') arg = `${event.index}.${event.of}`;
  else if (event.type === 'choose') arg = event.value;
  else if (event.type === 'chooseTemplate') arg = event.templateId;
  else if (event.type === 'draft' && event.unverifiedOk) arg = DRAFT_ANYWAY;
  else if (event.type === 'undoIntake')
    arg = event.retype ? `${event.batch}${RETYPE}` : event.batch;
  else if (event.type === 'sortMaterial' || event.type === 'withdrawPaste') arg = event.key;
  else if (event.type === 'addMaterial') arg = `${event.key}.${event.part}`;
  else if (event.type === 'confirmLast') arg = String(event.part);
  else if (event.type === 'resume') summaryId = event.summaryId ?? '';
  else if (event.type === 'walk') {
    summaryId = event.summaryId ?? '';
    arg = `${event.act}.${event.key ?? ''}`;
  } else if (event.type === 'deleteSummary') summaryId = event.summaryId;
  else if (event.type === 'showDraft') {
    summaryId = event.summaryId;
    arg = `${event.version}${event.docxOnly ? DOCX_ONLY : ''}`;
  }
  const data = [code, summaryId, ref?.at ?? '', arg].join('|');
  if (Buffer.byteLength(data) > CALLBACK_LIMIT_BYTES) {
    throw new Error(`callback data too long for ${event.type}`);
  }
  return data;
}

const SUMMARY_ID = /^s\d{1,9}$/;
/** The step keys positionKey makes (i0, s3, f3, review, drafted). */
const STEP = /^(?:[isf]\d{1,4}|review|drafted)$/;
const CONFIRM_AT =
  /^(?:deleteAll|deleteSummary|asAnswer|skip|clear|leaveOut|draftAnyway|replace|asNew|place(?:[2-9]|[1-9]\d))$/;
/** A message of a part and how many the part had: `3.5`. */
const REMOVE = /^(0|[1-9]\d{0,2})\.([1-9]\d{0,2})$/;
const PART = /^[1-9]\d{0,2}$/;
const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Batch ids (what one voice note, file or reference added) and material keys. */
const BATCH = /^p?[a-z0-9]{1,12}$/;
const KEY = /^[a-z0-9]{6,16}$/;
const DRAFT_ANYWAY = '!';
/** A walk button's act and the short key of its item. */
const WALK = /^(start|stop|pass|delete|vouch|add|dismiss|leaveOut|fix|keep)\.([A-Za-z0-9_-]{8})?$/;
const RETYPE = '~';
/** [发送Word文件]: a stored version's .docx alone (`v|s1||3w`). */
const DOCX_ONLY = 'w';

/**
 * The step field of a button: a real step key, or ANY_STEP (`*`) only where the bot itself
 * puts it (the review card's [修改第N部分] and [生成草稿], [重新生成] under a draft). A `*`
 * anywhere else would pass the engine's stale-button check for any step, so it is refused.
 */
function refOf(summaryId: string, at: string, anyStepAllowed: boolean): Ref | undefined | null {
  if (summaryId === '' && at === '') return undefined; // no ref: the same as typing the command
  if (!SUMMARY_ID.test(summaryId)) return null;
  if (STEP.test(at) || (anyStepAllowed && at === ANY_STEP)) return { summaryId, at };
  return null;
}

/**
 * The event a button press means; undefined for data this bot never made (a forged or garbled
 * button is told it has expired, and nothing happens). Every field is checked against what
 * encodeEvent can produce.
 */
export function decodeEvent(data: string): Event | undefined {
  const fields = data.split('|');
  if (fields.length !== 4) return undefined;
  const [code = '', summaryId = '', at = '', arg = ''] = fields;
  const type = BY_CODE.get(code);
  if (!type) return undefined;
  const bare = summaryId === '' && at === '' && arg === '';
  switch (type) {
    case 'edit': {
      const ref = refOf(summaryId, at, true);
      return ref === null || !PART.test(arg) ? undefined : { type, part: Number(arg), ref };
    }
    case 'removePart': {
      const ref = refOf(summaryId, at, false);
      const m = REMOVE.exec(arg);
      return ref === null || !m ? undefined : { type, index: Number(m[1]), of: Number(m[2]), ref };
    }
    case 'draft': {
      const ref = refOf(summaryId, at, true);
      if (ref === null || (arg !== '' && arg !== DRAFT_ANYWAY)) return undefined;
      return arg === DRAFT_ANYWAY ? { type, ref, unverifiedOk: true } : { type, ref };
    }
    case 'undoIntake': {
      const ref = refOf(summaryId, at, true);
      const retype = arg.endsWith(RETYPE);
      const batch = retype ? arg.slice(0, -1) : arg;
      if (!ref || !BATCH.test(batch)) return undefined;
      return retype ? { type, batch, retype, ref } : { type, batch, ref };
    }
    case 'sortMaterial':
    case 'withdrawPaste': {
      const ref = refOf(summaryId, at, true);
      return ref && KEY.test(arg) ? { type, key: arg, ref } : undefined;
    }
    case 'addMaterial': {
      const ref = refOf(summaryId, at, true);
      const [key = '', part = ''] = arg.split('.');
      if (!ref || !KEY.test(key) || !PART.test(part)) return undefined;
      return { type, key, part: Number(part), ref };
    }
    case 'confirmLast': {
      const ref = refOf(summaryId, at, true);
      return ref && PART.test(arg) ? { type, part: Number(arg), ref } : undefined;
    }
    case 'reuseInfo':
    case 'useLast': {
      const ref = refOf(summaryId, at, false);
      return ref && arg === '' ? { type, ref } : undefined;
    }
    case 'choose': {
      const ref = refOf(summaryId, at, false);
      return ref === null || arg.trim() === '' ? undefined : { type, value: arg, ref };
    }
    case 'finish':
    case 'skip':
    case 'na':
    case 'back':
    case 'clear': {
      const ref = refOf(summaryId, at, false);
      return ref === null || arg !== '' ? undefined : { type, ref };
    }
    case 'confirm': {
      if (!CONFIRM_AT.test(at) || arg !== '') return undefined;
      if (at === 'deleteAll' ? summaryId !== '' : !SUMMARY_ID.test(summaryId)) return undefined;
      return { type, ref: { summaryId, at } };
    }
    case 'walk': {
      // `w|<summaryId>||<act>.<item key>`: the walk checks the key against its current item.
      const m = WALK.exec(arg);
      if (!m || at !== '' || (summaryId !== '' && !SUMMARY_ID.test(summaryId))) return undefined;
      const act = m[1] as WalkAct;
      return {
        type,
        act,
        ...(summaryId ? { summaryId } : {}),
        ...(m[2] ? { key: m[2] } : {}),
      };
    }
    case 'chooseTemplate':
      return summaryId === '' && at === '' && TEMPLATE_ID.test(arg)
        ? { type, templateId: arg }
        : undefined;
    case 'resume':
      if (at !== '' || arg !== '' || (summaryId !== '' && !SUMMARY_ID.test(summaryId))) {
        return undefined;
      }
      return { type, summaryId: summaryId || undefined };
    case 'deleteSummary':
      return SUMMARY_ID.test(summaryId) && at === '' && arg === ''
        ? { type, summaryId }
        : undefined;
    case 'showDraft': {
      const docxOnly = arg.endsWith(DOCX_ONLY);
      const version = docxOnly ? arg.slice(0, -1) : arg;
      if (!SUMMARY_ID.test(summaryId) || at !== '' || !PART.test(version)) return undefined;
      return docxOnly
        ? { type, summaryId, version: Number(version), docxOnly }
        : { type, summaryId, version: Number(version) };
    }
    default:
      return bare ? ({ type } as Event) : undefined;
  }
}

/**
 * [完整核对清单] under a cut 核对清单: not an engine event, only a read of a stored version.
 * Layout `K|<summaryId>|<version>`.
 */
export function encodeChecklistButton(summaryId: string, version: number): string {
  return `K|${summaryId}|${version}`;
}

export function decodeChecklistButton(
  data: string,
): { summaryId: string; version: number } | undefined {
  const m = /^K\|(s\d{1,9})\|([1-9]\d{0,2})$/.exec(data);
  return m ? { summaryId: m[1]!, version: Number(m[2]) } : undefined;
}
