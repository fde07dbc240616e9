import type { Event, Ref } from '../interview/types.js';

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
  edit: 'e',
  draft: 'd',
  review: 'r',
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
  else if (event.type === 'choose') arg = event.value;
  else if (event.type === 'chooseTemplate') arg = event.templateId;
  else if (event.type === 'resume') summaryId = event.summaryId ?? '';
  else if (event.type === 'deleteSummary') summaryId = event.summaryId;
  else if (event.type === 'showDraft') {
    summaryId = event.summaryId;
    arg = String(event.version);
  }
  const data = [code, summaryId, ref?.at ?? '', arg].join('|');
  if (Buffer.byteLength(data) > CALLBACK_LIMIT_BYTES) {
    throw new Error(`callback data too long for ${event.type}`);
  }
  return data;
}

/** The event a button press means; undefined for data this bot never made. */
export function decodeEvent(data: string): Event | undefined {
  const [code, summaryId = '', at = '', arg = ''] = data.split('|');
  const type = code ? BY_CODE.get(code) : undefined;
  if (!type) return undefined;
  const ref = summaryId || at ? { summaryId, at } : undefined;
  switch (type) {
    case 'edit':
      return { type, part: Number(arg), ref };
    case 'choose':
      return { type, value: arg, ref };
    case 'chooseTemplate':
      return { type, templateId: arg };
    case 'resume':
      return { type, summaryId: summaryId || undefined };
    case 'deleteSummary':
      return { type, summaryId };
    case 'showDraft':
      return { type, summaryId, version: Number(arg) };
    case 'finish':
    case 'skip':
    case 'na':
    case 'back':
    case 'clear':
    case 'draft':
    case 'confirm':
      return { type, ref };
    default:
      return { type } as Event;
  }
}
