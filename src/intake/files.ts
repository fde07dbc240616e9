/**
 * What a file is and what the user is told when it cannot be read. Telegram's getFile refuses
 * anything over 20 MB, so a bigger file is refused before any download.
 */

export type FileKind = 'docx' | 'pdf' | 'txt' | 'md';

export const FILE_TEXT = {
  tooBig: (mb: number) =>
    `这个文件超过 ${mb} MB，机器人无法下载（Telegram 的限制）。请拆分或压缩后再发，或直接把需要的文字复制粘贴过来。`,
  oldWord:
    '这是旧版 Word（.doc）或 WPS（.wps）文件，我读不了。请在 Word 或 WPS 里「另存为」.docx 后再发，或直接复制文字粘贴过来。',
  image:
    '图片里的文字我读不了（我只能读文字消息和 .docx、带文字层的 .pdf、.txt、.md 文件）。请发送原始的 Word 文件，或用手机的「图片转文字」得到文字后粘贴过来。',
  unsupported: (ext: string) =>
    `暂不支持${ext ? ` ${ext} ` : '这种'}文件。请发送 Word（.docx）、带文字层的 PDF、.txt 或 .md 文件，或直接粘贴文字。`,
  scanned:
    '这个 PDF 里没有可读的文字（可能是扫描件或图片）。请发送原始的 Word 文件，或用 WPS、手机的「图片转文字」得到文字后粘贴过来。',
  empty: '这个文件里没有读到文字。请检查文件内容，或直接粘贴文字。',
  audio:
    '录音文件需要语音转写，本助手目前没有开启。请把要点打成文字发来（可用手机输入法的语音转文字）。',
  broken: '这个文件打不开（可能已损坏或加密）。请重新导出后再发，或直接粘贴文字。',
  inflatedTooBig: (mb: number) =>
    `这个文件解压后的内容超过 ${mb} MB，太大了，我读不了。请拆分后再发，或直接粘贴需要的文字。`,
  tooComplex:
    '这个文件太大或太复杂，读取时超出了内存上限。请拆分后再发，或直接粘贴其中需要的部分。',
  undecodable:
    '这个文件里的内容不是能识别的文字（可能是别的格式改了扩展名，或编码认不出）。请在记事本里「另存为」UTF-8 编码后再发，或直接粘贴文字。',
  queued: (ahead: number) => `⏳ 前面还有${ahead}个文件在读取，排队中……`,
  timeout: (s: number) =>
    `这个文件太大或太复杂，${s} 秒内没能读完。请拆分后再发，或直接粘贴其中需要的部分。`,
  download: '文件没能下载下来，请稍后重发。',
  busy: '正在读取您上一个文件，请稍等它读完再发。',
} as const;

const AUDIO_EXT = new Set([
  '.mp3',
  '.m4a',
  '.aac',
  '.wav',
  '.amr',
  '.ogg',
  '.oga',
  '.opus',
  '.flac',
]);

/** A recording sent as a file (a phone's recorder app saves .m4a, .mp3, .amr …). */
export function isAudioFile(name: string | undefined, mime: string | undefined): boolean {
  return AUDIO_EXT.has(extOf(name)) || (mime ?? '').toLowerCase().startsWith('audio/');
}

/**
 * A file carries no duration: it is estimated from the size at 32 kbit/s (a phone recorder's
 * usual rate or less), so the caps and the daily minutes still apply.
 */
export function estimatedSeconds(bytes: number): number {
  return Math.ceil(bytes / 4_000);
}

/**
 * The seconds a voice note is charged and checked against the limits: what Telegram reports,
 * unless its size says it is far longer. The duration is the client's claim (a 9 MB note that
 * claimed 1 s went through the daily minutes as 1 s); the size bound uses 64 kbit/s, twice
 * what a phone's Opus voice note takes, so an honest note is charged what it says.
 */
export function chargedSeconds(declared: number, bytes: number): number {
  return Math.max(declared, Math.ceil(bytes / 8_000));
}

/** A note this small, with no length, holds no speech (a tap on the microphone). */
export function isEmptyAudio(declared: number, bytes: number): boolean {
  return bytes === 0 || (declared === 0 && bytes < 1_000);
}

const IMAGE_EXT = new Set([
  '.jpg',
  '.jpeg',
  '.png',
  '.gif',
  '.webp',
  '.heic',
  '.bmp',
  '.tif',
  '.tiff',
]);
const OLD_WORD_EXT = new Set(['.doc', '.wps', '.wpt', '.dot', '.rtf']);

function extOf(name: string | undefined): string {
  const m = /\.[A-Za-z0-9]{1,8}$/.exec(name ?? '');
  return m ? m[0].toLowerCase() : '';
}

export type Classified = { ok: true; kind: FileKind } | { ok: false; message: string };

/** By the file name first (what the user sees), then the MIME type Telegram reports. */
export function classifyFile(name: string | undefined, mime: string | undefined): Classified {
  const ext = extOf(name);
  const type = (mime ?? '').toLowerCase();
  if (ext === '.docx' || type.includes('wordprocessingml')) return { ok: true, kind: 'docx' };
  if (ext === '.pdf' || type === 'application/pdf') return { ok: true, kind: 'pdf' };
  if (ext === '.md' || ext === '.markdown' || type === 'text/markdown')
    return { ok: true, kind: 'md' };
  if (ext === '.txt' || type === 'text/plain') return { ok: true, kind: 'txt' };
  if (OLD_WORD_EXT.has(ext) || type === 'application/msword' || type.includes('wps')) {
    return { ok: false, message: FILE_TEXT.oldWord };
  }
  if (IMAGE_EXT.has(ext) || type.startsWith('image/'))
    return { ok: false, message: FILE_TEXT.image };
  if (AUDIO_EXT.has(ext) || type.startsWith('audio/'))
    return { ok: false, message: FILE_TEXT.audio };
  return { ok: false, message: FILE_TEXT.unsupported(ext) };
}
