import { cleanText } from '../text/clean.js';

/**
 * The export boundary: whatever reaches the .docx passes through here first. XML 1.0 has no
 * place for C0 controls, non-characters (U+FFFE …) or lone surrogates; one of them in an answer
 * (and so in the draft) made a document Word refuses to open.
 */
export function sanitizeForDocx<O extends { title?: string }>(text: string, opts: O): [string, O] {
  return [
    cleanText(text),
    opts.title === undefined ? opts : { ...opts, title: cleanText(opts.title) },
  ];
}
