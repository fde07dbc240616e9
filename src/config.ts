import * as z from 'zod';

/**
 * The environment, parsed once into a typed object. Every variable is documented in
 * .env.example. A missing or bad value stops start-up with one line naming the variable.
 */

/** Where requests go when no base URL is set (for NO_PROXY). */
export const TELEGRAM_DEFAULT = 'https://api.telegram.org';
const OPENAI_DEFAULT = 'https://api.openai.com/v1';

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    expected: string,
  ) {
    super(`配置错误：${variable} — ${expected}`);
    this.name = 'ConfigError';
  }
}

const optional = z
  .string()
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s === '' ? undefined : s));

const httpUrl = (what: string) =>
  optional.refine(
    (s) => s === undefined || /^https?:\/\/[^\s]+$/.test(s),
    `应为 http(s):// 开头的${what}地址`,
  );

const proxyUrl = optional.refine(
  (s) => s === undefined || /^(https?|socks5h?|socks):\/\/[^\s/]+/.test(s),
  '应为 http://、https:// 或 socks5:// 开头的代理地址（如 socks5://127.0.0.1:1080 或 http://用户:密码@代理:8080）',
);

const positiveInt = (fallback: number, max: number) =>
  optional
    .refine(
      (s) => s === undefined || (/^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= max),
      `应为 1 到 ${max} 之间的整数`,
    )
    .transform((s) => (s === undefined ? fallback : Number(s)));

/** Every variable, its check and its description: docs/configuration.md is generated from it. */
export const configSchema = z.object({
  TELEGRAM_BOT_TOKEN: optional
    .refine(
      (s) => s === undefined || /^\d+:[\w-]{20,}$/.test(s),
      '格式应为 BotFather 给出的 123456789:ABC… （数字、冒号、至少20位字母数字）',
    )
    .describe(
      'The token BotFather gives (123456789:AA…). Without it `npm start` in a terminal runs the terminal chat; without a terminal it exits 1 naming this variable.',
    ),
  TELEGRAM_API_ROOT: httpUrl('Bot API 服务器').describe(
    'Another Bot API server: a self-hosted telegram-bot-api (e.g. http://127.0.0.1:8081) or the test emulator. Default https://api.telegram.org.',
  ),
  TELEGRAM_PROXY: proxyUrl.describe(
    'Proxy for the Bot API and Telegram file downloads: http://, https:// or socks5:// (user:pass@ allowed; never logged). In mainland China this is usually the only proxy needed. Default: HTTPS_PROXY.',
  ),
  ALLOWED_USER_IDS: optional
    .refine(
      (s) => s === undefined || s === '*' || /^\s*\d+(\s*,\s*\d+)*\s*$/.test(s),
      '应为逗号分隔的 Telegram 数字用户 ID（如 12345,67890），或 * 表示所有人',
    )
    .describe(
      'Who may use the bot: comma-separated numeric Telegram user ids, or * for everyone. Unset = nobody: a stranger is told their id and asked to send it to the operator.',
    ),
  STORAGE_URL: optional
    .refine(
      (s) => s === undefined || /^(sqlite|redis|rediss|postgres|postgresql):\/\//.test(s),
      '应为 sqlite://路径、redis://… 或 postgresql://…',
    )
    .describe(
      'Unset = SQLite file ./data/zongjie.sqlite. Else sqlite://relative.sqlite, sqlite:///absolute.sqlite (one process per file), redis://user:pass@host:6379/0 or postgresql://user:pass@host:5432/db (several instances).',
    ),
  OPENAI_API_KEY: optional.describe(
    'Key of the OpenAI-compatible model provider. Without OPENAI_MODEL the offline composer writes every draft (and says so).',
  ),
  OPENAI_BASE_URL: httpUrl('模型接口').describe(
    "The provider's endpoint, e.g. https://api.deepseek.com, https://dashscope.aliyuncs.com/compatible-mode/v1, http://localhost:11434/v1 (Ollama, no key). Unset = OpenAI.",
  ),
  OPENAI_MODEL: optional.describe(
    'Model name, required with OPENAI_API_KEY: deepseek-chat, qwen-plus, glm-4-plus …',
  ),
  OPENAI_PROXY: proxyUrl.describe(
    'Proxy for the model provider (http://, https:// or socks5://). Unset: HTTPS_PROXY, else direct (Chinese providers need none).',
  ),
  OPENAI_TIMEOUT_MS: positiveInt(120_000, 600_000).describe(
    'Per-attempt time limit of a model request (ms).',
  ),
  OPENAI_MAX_RETRIES: optional
    .refine(
      (s) => s === undefined || (/^\d+$/.test(s) && Number(s) <= 10),
      '应为 0 到 10 之间的整数',
    )
    .transform((s) => (s === undefined ? 2 : Number(s)))
    .describe('Retries of a model request after 429, 5xx and timeouts.'),
  DRAFTS_PER_DAY: positiveInt(20, 10_000).describe('Drafts plus revisions per user per day.'),
  DRAFT_REPAIRS: optional
    .refine((s) => s === undefined || /^[0-3]$/.test(s), '应为 0 到 3 之间的整数')
    .transform((s) => (s === undefined ? 1 : Number(s)))
    .describe(
      'Repair requests per model draft when the fact check finds invented or dropped facts (0–3); each is one more model request.',
    ),
  STORAGE_TIMEOUT_MS: positiveInt(20_000, 600_000).describe(
    "How long reading a user's record may take (ms) before the user is told to retry; includes the user's lock, which a crashed instance holds up to 15 s: keep it above 15000.",
  ),
  SHUTDOWN_TIMEOUT_MS: positiveInt(10_000, 600_000).describe(
    'How long a graceful stop (SIGTERM/SIGINT) may take (ms) before the process exits 1.',
  ),
  TELEGRAM_RETRY_MS: positiveInt(60_000, 3_600_000).describe(
    'How long a Bot API call is retried after network errors (ms) before it fails and is logged.',
  ),
  LOG_LEVEL: optional
    .refine(
      (s) =>
        s === undefined ||
        ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(s),
      '应为 fatal、error、warn、info、debug、trace 或 silent',
    )
    .transform((s) => s ?? 'info')
    .describe('fatal, error, warn, info, debug, trace or silent.'),
  BOT_MODE: optional
    .refine((s) => s === undefined || s === 'polling' || s === 'webhook', '应为 polling 或 webhook')
    .transform((s) => (s ?? 'polling') as 'polling' | 'webhook')
    .describe('polling or webhook.'),
  WEBHOOK_URL: optional
    .refine(
      (s) => s === undefined || /^https?:\/\/[^\s]+$/.test(s),
      '应为 Telegram 能访问到的 https:// 地址（如 https://bot.example.cn/telegram）',
    )
    .describe(
      'With BOT_MODE=webhook: the public https:// address Telegram posts updates to (its path is served).',
    ),
  WEBHOOK_SECRET: optional
    .refine(
      (s) => s === undefined || /^[A-Za-z0-9_-]{16,256}$/.test(s),
      '应为至少 16 位的字母、数字、_ 或 -',
    )
    .describe(
      'With BOT_MODE=webhook: at least 16 letters, digits, _ or -; Telegram sends it with every update.',
    ),
  PORT: positiveInt(8080, 65_535).describe(
    'With BOT_MODE=webhook: the port the server listens on (also GET /healthz).',
  ),
  TRANSCRIBE_MODEL: optional.describe(
    'Speech-to-text model of an OpenAI-compatible /audio/transcriptions endpoint (whisper-1, FunAudioLLM/SenseVoiceSmall …). Unset: a voice note is asked to be typed.',
  ),
  TRANSCRIBE_BASE_URL: httpUrl('语音转写接口').describe(
    'Endpoint for transcription. Default: OPENAI_BASE_URL.',
  ),
  TRANSCRIBE_API_KEY: optional.describe('Key for transcription. Default: OPENAI_API_KEY.'),
  TRANSCRIBE_PROXY: proxyUrl.describe(
    'Proxy for the transcription endpoint (http://, https:// or socks5://). Default: OPENAI_PROXY, then HTTPS_PROXY.',
  ),
  TRANSCRIBE_TIMEOUT_MS: positiveInt(30_000, 120_000).describe(
    'How long one voice note may take to transcribe, every attempt included (ms).',
  ),
  VOICE_MAX_SECONDS: positiveInt(300, 3_600).describe('Longest voice note (seconds).'),
  VOICE_MAX_MB: positiveInt(10, 20).describe('Largest voice note (MB).'),
  VOICE_MINUTES_PER_DAY: positiveInt(60, 1_440).describe('Voice minutes per user per day.'),
  FILE_MAX_MB: positiveInt(20, 20).describe(
    "Largest document read (MB, at most Telegram's getFile limit of 20).",
  ),
  EXTRACT_TIMEOUT_MS: positiveInt(20_000, 300_000).describe(
    'How long reading one document may take (ms) before the user is told to split it.',
  ),
  HTTPS_PROXY: proxyUrl.describe(
    'One proxy for every destination that has no proxy of its own (TELEGRAM_PROXY, OPENAI_PROXY, TRANSCRIBE_PROXY).',
  ),
  NO_PROXY: optional.describe(
    'Destinations reached directly whatever proxy is set: comma-separated host names (subdomains included), host:port, or *.',
  ),
});

/**
 * Whether NO_PROXY exempts a destination: a comma- or space-separated list of host names
 * (a name also covers its subdomains; a leading dot or *. means the same), host:port, or `*`.
 */
export function bypassesProxy(target: string, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return false;
  }
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true;
      const m = /^(.*?)(?::(\d+))?$/.exec(entry.toLowerCase().replace(/^\[|\](?=:|$)/g, ''));
      const name = (m?.[1] ?? '').replace(/^\*?\./, '');
      if (m?.[2] && m[2] !== port) return false;
      return host === name || host.endsWith(`.${name}`);
    });
}

/**
 * The proxy for one destination: its own setting wins; otherwise HTTPS_PROXY; either is
 * dropped for a destination NO_PROXY names.
 */
export function proxyFor(
  target: string,
  own: string | undefined,
  general: string | undefined,
  noProxy: string | undefined,
): string | undefined {
  const proxy = own ?? general;
  if (!proxy || bypassesProxy(target, noProxy)) return undefined;
  return proxy;
}

export interface ModelConfig {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  /** OPENAI_PROXY or HTTPS_PROXY, unless NO_PROXY names the endpoint. */
  proxy?: string;
}

/** Speech to text: an OpenAI-compatible /audio/transcriptions endpoint. */
export interface TranscribeConfig {
  apiKey: string;
  baseURL?: string;
  model: string;
  /** One deadline for every attempt of one voice note (the retry and a WAV resend included). */
  timeoutMs: number;
  /** At most 1: a second try is worth it after a 5xx, a third only makes the user wait. */
  maxRetries: number;
  /** TRANSCRIBE_PROXY, OPENAI_PROXY or HTTPS_PROXY, unless NO_PROXY names the endpoint. */
  proxy?: string;
}

/** Limits on voice notes and files (see src/intake). */
export interface IntakeLimits {
  voiceMaxSeconds: number;
  voiceMaxBytes: number;
  voiceMinutesPerDay: number;
  fileMaxBytes: number;
  extractTimeoutMs: number;
}

export interface Config {
  telegramToken?: string;
  telegramApiRoot?: string;
  /** For the Bot API and file downloads: TELEGRAM_PROXY or HTTPS_PROXY, unless NO_PROXY. */
  telegramProxy?: string;
  /** '*' = everyone; a set of ids; empty set = nobody (the default). */
  allowedUserIds: '*' | Set<number>;
  storageUrl?: string;
  /** How long a storage read may take before the user is told to retry. */
  storageTimeoutMs: number;
  /** How long a graceful stop (SIGTERM) may take before the process exits 1. */
  shutdownTimeoutMs: number;
  /** How long a Bot API call is retried after network errors before it fails. */
  telegramRetryMs: number;
  /** Absent when no model is configured: the offline composer is the default then. */
  model?: ModelConfig;
  draftsPerDay: number;
  /** Absent without TRANSCRIBE_MODEL: a voice note gets the kind "please type" reply. */
  transcribe?: TranscribeConfig;
  intake: IntakeLimits;
  /** Repair requests per model draft when the check finds invented or dropped facts. */
  draftRepairs: number;
  logLevel: string;
  mode: 'polling' | 'webhook';
  webhook?: { url: string; secret: string; port: number };
  port: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(String(issue?.path[0] ?? '?'), issue?.message ?? '取值无效');
  }
  const e = parsed.data;
  let model: ModelConfig | undefined;
  if (e.OPENAI_API_KEY || e.OPENAI_MODEL) {
    if (!e.OPENAI_MODEL) {
      throw new ConfigError(
        'OPENAI_MODEL',
        '设置了 OPENAI_API_KEY 时必须填写模型名（如 deepseek-chat、qwen-plus）',
      );
    }
    // A local server such as Ollama needs no key; everything else does.
    const local =
      e.OPENAI_BASE_URL && /^https?:\/\/(localhost|127\.|\[::1\])/.test(e.OPENAI_BASE_URL);
    if (!e.OPENAI_API_KEY && !local) {
      throw new ConfigError(
        'OPENAI_API_KEY',
        '设置了 OPENAI_MODEL 时必须提供接口密钥（本机 Ollama 等除外）',
      );
    }
    model = {
      apiKey: e.OPENAI_API_KEY ?? 'local-no-key',
      baseURL: e.OPENAI_BASE_URL,
      model: e.OPENAI_MODEL,
      timeoutMs: e.OPENAI_TIMEOUT_MS,
      maxRetries: e.OPENAI_MAX_RETRIES,
      proxy: proxyFor(
        e.OPENAI_BASE_URL ?? OPENAI_DEFAULT,
        e.OPENAI_PROXY,
        e.HTTPS_PROXY,
        e.NO_PROXY,
      ),
    };
  }
  let transcribe: TranscribeConfig | undefined;
  if (e.TRANSCRIBE_MODEL) {
    const baseURL = e.TRANSCRIBE_BASE_URL ?? e.OPENAI_BASE_URL;
    const apiKey = e.TRANSCRIBE_API_KEY ?? e.OPENAI_API_KEY;
    const local = baseURL && /^https?:\/\/(localhost|127\.|\[::1\])/.test(baseURL);
    if (!apiKey && !local) {
      throw new ConfigError(
        'TRANSCRIBE_API_KEY',
        '设置了 TRANSCRIBE_MODEL 时必须提供语音转写接口的密钥（或 OPENAI_API_KEY；本机服务除外）',
      );
    }
    transcribe = {
      apiKey: apiKey ?? 'local-no-key',
      baseURL,
      model: e.TRANSCRIBE_MODEL,
      // Its own deadline, not the draft's 120 s: the user's next message waits behind a voice
      // note (one chat's updates run in order), so all attempts together stay within it.
      timeoutMs: e.TRANSCRIBE_TIMEOUT_MS,
      maxRetries: Math.min(e.OPENAI_MAX_RETRIES, 1),
      proxy: proxyFor(
        baseURL ?? OPENAI_DEFAULT,
        e.TRANSCRIBE_PROXY ?? e.OPENAI_PROXY,
        e.HTTPS_PROXY,
        e.NO_PROXY,
      ),
    };
  } else if (e.TRANSCRIBE_BASE_URL || e.TRANSCRIBE_API_KEY) {
    throw new ConfigError(
      'TRANSCRIBE_MODEL',
      '设置了 TRANSCRIBE_BASE_URL 或 TRANSCRIBE_API_KEY 时必须填写语音转写模型名（如 whisper-1）',
    );
  }
  let webhook: Config['webhook'];
  if (e.BOT_MODE === 'webhook') {
    if (!e.WEBHOOK_URL)
      throw new ConfigError('WEBHOOK_URL', 'BOT_MODE=webhook 时必须填写 Telegram 推送的公网地址');
    if (!e.WEBHOOK_SECRET)
      throw new ConfigError('WEBHOOK_SECRET', 'BOT_MODE=webhook 时必须填写至少 16 位的密钥');
    webhook = { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET, port: e.PORT };
  }
  return {
    telegramToken: e.TELEGRAM_BOT_TOKEN,
    telegramApiRoot: e.TELEGRAM_API_ROOT,
    telegramProxy: proxyFor(
      e.TELEGRAM_API_ROOT ?? TELEGRAM_DEFAULT,
      e.TELEGRAM_PROXY,
      e.HTTPS_PROXY,
      e.NO_PROXY,
    ),
    allowedUserIds:
      e.ALLOWED_USER_IDS === '*'
        ? '*'
        : new Set(
            (e.ALLOWED_USER_IDS ?? '')
              .split(',')
              .filter((s) => s.trim() !== '')
              .map((s) => Number(s.trim())),
          ),
    storageUrl: e.STORAGE_URL,
    storageTimeoutMs: e.STORAGE_TIMEOUT_MS,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    telegramRetryMs: e.TELEGRAM_RETRY_MS,
    model,
    draftsPerDay: e.DRAFTS_PER_DAY,
    transcribe,
    intake: {
      voiceMaxSeconds: e.VOICE_MAX_SECONDS,
      voiceMaxBytes: e.VOICE_MAX_MB * 1024 * 1024,
      voiceMinutesPerDay: e.VOICE_MINUTES_PER_DAY,
      fileMaxBytes: e.FILE_MAX_MB * 1024 * 1024,
      extractTimeoutMs: e.EXTRACT_TIMEOUT_MS,
    },
    draftRepairs: e.DRAFT_REPAIRS,
    logLevel: e.LOG_LEVEL,
    mode: e.BOT_MODE,
    webhook,
    port: e.PORT,
  };
}
