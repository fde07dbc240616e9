/**
 * Why a request to the Bot API or a model provider failed, in one line an operator can act
 * on: the cause (DNS, refused, timeout, TLS, a bad token or key …) and the likely fix. Errors
 * are read through their `cause` chain (grammY wraps node-fetch's, the openai SDK undici's).
 * Never echoes a URL: the Bot API's carry the token.
 */

export type Cause =
  | 'dns'
  | 'refused'
  | 'timeout'
  | 'tls'
  | 'reset'
  | 'proxy'
  | 'unauthorized'
  | 'notFound'
  | 'http'
  | 'other';

export interface Diagnosis {
  cause: Cause;
  /** HTTP status when the server answered. */
  status?: number;
  /** One line: what is wrong and what to do. */
  line: string;
}

/** The first errno-style code on the error or its causes (ENOTFOUND, ECONNREFUSED …). */
export function errorCode(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; e && depth < 6; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    e = (e as { cause?: unknown; error?: unknown }).cause ?? (e as { error?: unknown }).error;
  }
  return undefined;
}

function messages(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e && depth < 6; depth++) {
    if (e instanceof Error) parts.push(e.message);
    e = (e as { cause?: unknown }).cause ?? (e as { error?: unknown }).error;
  }
  return parts.join(' | ');
}

/** The network cause of a failure where no HTTP answer came. */
export function networkCause(error: unknown): Cause {
  const code = errorCode(error) ?? '';
  const text = messages(error);
  if (/ENOTFOUND|EAI_AGAIN|EAI_NONAME/.test(code) || /getaddrinfo/.test(text)) return 'dns';
  if (code === 'ECONNREFUSED') return 'refused';
  if (/ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|ABORT_ERR/.test(code))
    return 'timeout';
  if (/timed out|timeout|aborted/i.test(text)) return 'timeout';
  if (/CERT|SSL|TLS|SELF_SIGNED|ERR_TLS/.test(code) || /certificate|TLS|SSL/i.test(text))
    return 'tls';
  if (/ECONNRESET|EPIPE|UND_ERR_SOCKET/.test(code) || /socket hang up/i.test(text)) return 'reset';
  if (/proxy|407|SOCKS/i.test(text)) return 'proxy';
  return 'other';
}

const CAUSE_TEXT: Record<Cause, string> = {
  dns: '域名解析失败（DNS）',
  refused: '连接被拒绝',
  timeout: '连接超时',
  tls: 'TLS/证书错误',
  reset: '连接被重置',
  proxy: '代理拒绝或出错',
  unauthorized: '令牌或密钥无效（401）',
  notFound: '地址不存在（404）',
  http: '服务器返回错误',
  other: '网络错误',
};

export interface Where {
  /** The proxy's label (scheme://host:port) when one is used. */
  proxy?: string;
}

/** A Bot API failure: a grammY GrammyError (error_code) or HttpError (its `error`). */
export function diagnoseTelegram(error: unknown, where: Where): Diagnosis {
  const status = (error as { error_code?: unknown }).error_code;
  if (status === 401) {
    return {
      cause: 'unauthorized',
      status,
      line: `无法连接 Telegram：${CAUSE_TEXT.unauthorized} — 请核对 TELEGRAM_BOT_TOKEN（向 @BotFather 重新获取）`,
    };
  }
  if (status === 404) {
    return {
      cause: 'notFound',
      status,
      line: `无法连接 Telegram：${CAUSE_TEXT.notFound} — 令牌无效或 TELEGRAM_API_ROOT 不是 Bot API 服务器`,
    };
  }
  if (typeof status === 'number') {
    return {
      cause: 'http',
      status,
      line: `无法连接 Telegram：${CAUSE_TEXT.http}（${status}）— 稍后自动重试；若持续，检查 TELEGRAM_API_ROOT 或代理`,
    };
  }
  const cause = networkCause(error);
  const via = where.proxy ? `经代理 ${where.proxy}` : '直连';
  const fix = where.proxy
    ? cause === 'refused' || cause === 'proxy'
      ? '代理未运行或拒绝连接：检查 TELEGRAM_PROXY 的地址、端口和用户名密码'
      : '代理到不了 Telegram：换一个可用的代理（TELEGRAM_PROXY）或检查 TELEGRAM_API_ROOT'
    : cause === 'tls'
      ? '检查系统时间和证书，或设置 TELEGRAM_PROXY'
      : '在中国大陆需设置 TELEGRAM_PROXY（如 socks5://127.0.0.1:1080）或可访问的 TELEGRAM_API_ROOT';
  return { cause, line: `无法连接 Telegram（${via}）：${CAUSE_TEXT[cause]} — ${fix}` };
}

/** A model or transcription provider's failure: an HTTP status, or a network cause. */
export function diagnoseModel(
  failure: { status?: number; kind?: string; message?: string; error?: unknown },
  where: Where & { variables: { key: string; model: string; baseUrl: string; proxy: string } },
): Diagnosis {
  const v = where.variables;
  const status = failure.status;
  if (status === 401 || status === 403) {
    return {
      cause: 'unauthorized',
      status,
      line: `模型接口拒绝了密钥（${status}）— 请核对 ${v.key}，并确认它属于 ${v.baseUrl} 的服务商`,
    };
  }
  if (status === 404 || (status === 400 && /model/i.test(failure.message ?? ''))) {
    return {
      cause: 'notFound',
      status,
      line: `模型接口找不到模型或地址（${status}）— 请核对 ${v.model} 的名称，以及 ${v.baseUrl} 的路径（多数以 /v1 结尾）`,
    };
  }
  if (status !== undefined) {
    return {
      cause: 'http',
      status,
      line: `模型接口返回错误（${status}）— 若持续，检查服务商的额度和状态`,
    };
  }
  const cause =
    failure.kind === 'timeout' || failure.kind === 'idle'
      ? 'timeout'
      : networkCause(failure.error ?? new Error(failure.message ?? ''));
  const via = where.proxy ? `经代理 ${where.proxy}` : '直连';
  const fix =
    cause === 'dns' || cause === 'refused' || cause === 'tls'
      ? `检查 ${v.baseUrl}${where.proxy ? ` 和 ${v.proxy}` : ''}`
      : `检查网络${where.proxy ? `和 ${v.proxy}` : `；境外服务商需设置 ${v.proxy}`}`;
  return { cause, line: `无法连接模型接口（${via}）：${CAUSE_TEXT[cause]} — ${fix}` };
}

export const MODEL_VARIABLES = {
  key: 'OPENAI_API_KEY',
  model: 'OPENAI_MODEL',
  baseUrl: 'OPENAI_BASE_URL',
  proxy: 'OPENAI_PROXY',
};
export const TRANSCRIBE_VARIABLES = {
  key: 'TRANSCRIBE_API_KEY',
  model: 'TRANSCRIBE_MODEL',
  baseUrl: 'TRANSCRIBE_BASE_URL',
  proxy: 'TRANSCRIBE_PROXY',
};
