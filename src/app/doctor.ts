import { pathToFileURL } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { createModelClient, ModelError } from '../compose/model.js';
import { type Config, loadConfig } from '../config.js';
import { diagnoseModel, MODEL_VARIABLES, TRANSCRIBE_VARIABLES } from '../net/diagnose.js';
import { proxiedFetch, proxyLabel } from '../net/proxy.js';
import { StorageError } from '../storage/errors.js';
import { openStore } from '../storage/store.js';
import { tryGetMe } from './reach.js';

/**
 * `npm run doctor` (issue 25): checks each configured part in turn — the configuration, the
 * token and the Bot API (through TELEGRAM_PROXY), the model (key and name, by one tiny
 * request), the transcription endpoint, the storage — and prints one line each: ✓, ✗ with
 * what to do, or – for a part not configured. Exit code 1 on any ✗. Secrets are never printed.
 */
export interface Check {
  ok: boolean | 'skipped';
  name: string;
  line: string;
}

const via = (proxy: string | undefined) => (proxy ? `经代理 ${proxyLabel(proxy)}` : '直连');

async function checkTelegram(config: Config): Promise<Check> {
  const name = 'Telegram Bot API';
  if (!config.telegramToken) {
    return { ok: false, name, line: '未设置 TELEGRAM_BOT_TOKEN：填写 @BotFather 给出的令牌' };
  }
  const r = await tryGetMe({
    token: config.telegramToken,
    apiRoot: config.telegramApiRoot,
    proxy: config.telegramProxy,
    timeoutSeconds: 10,
  });
  if (!r.ok) return { ok: false, name, line: r.diagnosis.line };
  return {
    ok: true,
    name,
    line: `令牌有效，@${r.me.username}（${via(config.telegramProxy)}，${r.ms} ms）`,
  };
}

async function checkModel(config: Config): Promise<Check> {
  const name = '模型';
  const m = config.model;
  if (!m) return { ok: 'skipped', name, line: '未配置 OPENAI_MODEL：草稿由离线起草器写' };
  const client = createModelClient({
    ...m,
    maxRetries: 0,
    timeoutMs: Math.min(m.timeoutMs, 30_000),
  });
  const started = Date.now();
  try {
    await client.streamCompletion([{ role: 'user', content: '请只回复一个字：好' }], {
      maxTokens: 5,
      maxRetries: 0,
    });
    return {
      ok: true,
      name,
      line: `${m.model} 可用，密钥有效（${via(m.proxy)}，${Date.now() - started} ms）`,
    };
  } catch (error) {
    const failure = error instanceof ModelError ? error : { message: String(error) };
    const d = diagnoseModel(failure, {
      ...(m.proxy ? { proxy: proxyLabel(m.proxy) } : {}),
      variables: MODEL_VARIABLES,
    });
    return { ok: false, name, line: d.line };
  }
}

async function checkTranscribe(config: Config): Promise<Check> {
  const name = '语音转写';
  const t = config.transcribe;
  if (!t) return { ok: 'skipped', name, line: '未配置 TRANSCRIBE_MODEL：语音消息会请用户改发文字' };
  const { default: OpenAI, APIError } = await import('openai');
  const client = new OpenAI({
    apiKey: t.apiKey,
    ...(t.baseURL ? { baseURL: t.baseURL } : {}),
    maxRetries: 0,
    timeout: 15_000,
    ...(t.proxy ? { fetch: proxiedFetch(t.proxy) } : {}),
  });
  const where = {
    ...(t.proxy ? { proxy: proxyLabel(t.proxy) } : {}),
    variables: TRANSCRIBE_VARIABLES,
  };
  try {
    // Reachable and the key accepted; sending audio would cost money and prove little more.
    await client.models.list();
  } catch (error) {
    if (error instanceof APIError && error.status !== undefined) {
      if (error.status === 401 || error.status === 403) {
        return { ok: false, name, line: diagnoseModel({ status: error.status }, where).line };
      }
      // Any other answer (some providers have no /models) still shows the endpoint is there.
    } else {
      return {
        ok: false,
        name,
        line: diagnoseModel({ error }, where).line.replace('模型接口', '语音转写接口'),
      };
    }
  }
  return {
    ok: true,
    name,
    line: `接口可达（${t.model}，${via(t.proxy)}）；模型名在第一条语音时检验`,
  };
}

async function checkStorage(config: Config): Promise<Check> {
  const name = '存储';
  try {
    const store = await openStore(config.storageUrl, { timeoutMs: 5_000 });
    const label = store.label;
    await store.close();
    return { ok: true, name, line: `${store.kind} 可读写：${label}` };
  } catch (error) {
    // SQLite takes one process per file: the running bot holding it is no fault.
    if (error instanceof StorageError && error.code === 'in-use') {
      return { ok: true, name, line: `SQLite 文件正由运行中的机器人使用：${error.message}` };
    }
    return { ok: false, name, line: error instanceof Error ? error.message : String(error) };
  }
}

/** Every check in turn; a configuration error is the only line then. */
export async function runDoctor(env: NodeJS.ProcessEnv): Promise<Check[]> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    return [
      { ok: false, name: '配置', line: error instanceof Error ? error.message : String(error) },
    ];
  }
  const checks: Check[] = [{ ok: true, name: '配置', line: '.env 与环境变量格式正确' }];
  for (const check of [checkTelegram, checkModel, checkTranscribe, checkStorage]) {
    checks.push(await check(config));
  }
  return checks;
}

export function formatCheck(c: Check): string {
  const mark = c.ok === 'skipped' ? '–' : c.ok ? '✓' : '✗';
  return `${mark} ${c.name}：${c.line}`;
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const checks = await runDoctor(process.env);
  for (const c of checks) process.stdout.write(`${formatCheck(c)}\n`);
  process.exit(checks.some((c) => c.ok === false) ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
