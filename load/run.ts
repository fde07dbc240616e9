/**
 * `npm run load [-- --users N --phase normal|kill|both]`: the bot as deployed — two webhook
 * instances (child processes of src/main.ts) sharing one Redis behind a round-robin balancer —
 * driven by N scripted cadres through the Bot API emulator, with a slow and sometimes failing
 * OpenAI-compatible mock. Everything listens on 127.0.0.1; every wait is bounded.
 *
 * Phase `normal`: all users interview and draft; phase `kill`: the same, with one instance
 * killed -9 once 40 % of the users have asked for their draft. Each phase prints throughput,
 * bot-side latency per update (the instances' pino `update` lines), errors, and an audit of the
 * store: every user's stored answers must be exactly what they sent (lost / duplicated /
 * crossed). Exit code 1 when the audit finds anything, or a user never got an answer or a draft.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { createClient } from '@keyv/redis';
import type { Answer } from '../src/interview/types.js';
import { openRepository } from '../src/storage/repository.js';
import { startOpenAIMock } from '../tests/support/openai-mock.js';
import { closedPort, REPO_ROOT, reachable } from '../tests/support/services.js';
import { DRAFT_SCREEN } from '../tests/support/story.js';
import { startTelegram, type TelegramHarness, type TestUser } from '../tests/support/telegram.js';
import { startBalancer } from './balancer.js';

const TOKEN = '123456:TEST_emulator_only_not_a_real_token';
const SECRET = 'load_run_webhook_secret_0123456789';
const REDIS_BASE = process.env.LOAD_REDIS_URL || 'redis://127.0.0.1:6390';
/** A database of its own, flushed before each phase, so the test data in db 0 is untouched. */
const REDIS_DB = 7;
const SECTIONS = 10;

const { values: args } = parseArgs({
  options: {
    users: { type: 'string', default: '500' },
    phase: { type: 'string', default: 'both' },
  },
});
const USERS = Number(args.users);
const PHASE = args.phase ?? 'both';
if (!Number.isInteger(USERS) || USERS < 1 || USERS > 5000) {
  throw new Error(`--users must be an integer from 1 to 5000, got ${args.users}`);
}
if (!['normal', 'kill', 'both'].includes(PHASE)) {
  throw new Error(`--phase must be normal, kill or both, got ${PHASE}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (line: string) => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// Redis

async function ensureRedis(): Promise<void> {
  if ((await reachable(REDIS_BASE, 6379)).ok) return;
  log(`[load] Redis not reachable at ${REDIS_BASE}: bash scripts/services.sh start`);
  const run = spawnSync('bash', ['scripts/services.sh', 'start'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 300_000,
  });
  if (run.status !== 0 || !(await reachable(REDIS_BASE, 6379)).ok) {
    throw new Error('could not start Redis with scripts/services.sh');
  }
}

const storageUrl = () => `${REDIS_BASE.replace(/\/\d*$/, '')}/${REDIS_DB}`;

async function flushRedis(): Promise<void> {
  const client = createClient({ url: storageUrl() });
  client.on('error', () => {});
  await client.connect();
  await client.flushDb();
  client.destroy();
}

// ---------------------------------------------------------------------------------------------
// Bot instances

interface Instance {
  name: string;
  port: number;
  child: ChildProcess;
  /** `ms` of every `update` log line */
  updateMs: number[];
  /** log lines with level >= 50 (msg and err only) */
  errors: string[];
  resumed: number;
  composers: Record<string, number>;
  exited: Promise<void>;
  killed: boolean;
}

function startInstance(
  name: string,
  port: number,
  webhookUrl: string,
  env: Record<string, string>,
): Promise<Instance> {
  const base: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(OPENAI_|STORAGE_URL|TELEGRAM_|ALLOWED_|BOT_MODE|WEBHOOK_|PORT$|LOG_LEVEL)/.test(k)) {
      base[k] = v;
    }
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...base,
      ...env,
      BOT_MODE: 'webhook',
      WEBHOOK_URL: webhookUrl,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      TELEGRAM_BOT_TOKEN: TOKEN,
      ALLOWED_USER_IDS: '*',
      STORAGE_URL: storageUrl(),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const inst: Instance = {
    name,
    port,
    child,
    updateMs: [],
    errors: [],
    resumed: 0,
    composers: {},
    killed: false,
    exited: new Promise((resolve) => child.once('exit', () => resolve())),
  };
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} did not start in 30 s: ${stderr.slice(-500)}`)),
      30_000,
    );
    void inst.exited.then(() => {
      clearTimeout(timer);
      if (!inst.killed) reject(new Error(`${name} exited: ${stderr.slice(-500)}`));
    });
    let partial = '';
    child.stdout?.on('data', (d) => {
      partial += d;
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        let rec: Record<string, unknown>;
        try {
          rec = JSON.parse(line);
        } catch {
          continue;
        }
        const msg = rec.msg;
        if (msg === 'update' && typeof rec.ms === 'number') inst.updateMs.push(rec.ms);
        else if (msg === 'bot started') {
          clearTimeout(timer);
          resolve(inst);
        } else if (msg === 'resuming interrupted draft') inst.resumed++;
        else if (msg === 'draft stored' && typeof rec.composer === 'string') {
          inst.composers[rec.composer] = (inst.composers[rec.composer] ?? 0) + 1;
        }
        if (typeof rec.level === 'number' && rec.level >= 50) {
          inst.errors.push(`${String(msg)}: ${String(rec.err ?? '')}`.slice(0, 200));
        }
      }
    });
  });
}

async function stopInstance(inst: Instance): Promise<void> {
  if (inst.child.exitCode !== null || inst.child.signalCode !== null) return;
  inst.child.kill('SIGTERM');
  const timer = setTimeout(() => inst.child.kill('SIGKILL'), 15_000);
  await inst.exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------------
// The simulated cadre

type Plan = { kind: 'answer'; parts: string[] } | { kind: 'skip' } | { kind: 'na' };

interface Script {
  id: number;
  unit: string;
  sections: Plan[];
}

function scriptFor(id: number): Script {
  const sections: Plan[] = [];
  for (let i = 0; i < SECTIONS; i++) {
    const mode = i === 0 ? 4 : (id * 7 + i * 3) % 6;
    const tag = (k: number) => `用户${id}部分${i + 2}第${k}条：开展活动${((id + i + k) % 9) + 2}次`;
    // 存在问题 and 下一步打算 (the last two) cannot be marked 不涉及, only skipped.
    if (mode === 0 || (mode === 1 && i >= SECTIONS - 2)) sections.push({ kind: 'skip' });
    else if (mode === 1) sections.push({ kind: 'na' });
    else if (mode === 4) sections.push({ kind: 'answer', parts: [tag(1), tag(2), tag(3)] });
    else if (mode === 5) sections.push({ kind: 'answer', parts: [tag(1), tag(2)] });
    else sections.push({ kind: 'answer', parts: [tag(1)] });
  }
  return { id, unit: `第${id}号镇`, sections };
}

interface UserOutcome {
  id: number;
  ok: boolean;
  /** waits that timed out and were recovered (/resume, /draft again) */
  recoveries: number;
  draftRetries: number;
  failure?: string;
  /** messages (updates) the user sent */
  sent: number;
}

class Cadre {
  recoveries = 0;
  draftRetries = 0;
  sent = 0;
  askedDraft = false;

  constructor(
    private readonly u: TestUser,
    private readonly s: Script,
    private readonly stepTimeoutMs: number,
    private readonly recover: boolean,
  ) {}

  /**
   * Sends one message and waits for what follows: a message matching `expect`, or, for an
   * answer (`expect` = 'reaction'), the bot's ✍ on that message.
   */
  private async say(text: string, expect: RegExp | string | 'reaction'): Promise<void> {
    const id = await this.u.send(text);
    this.sent++;
    try {
      if (expect === 'reaction') {
        await this.u.waitForCall(
          'setMessageReaction',
          (c) => c.ok && Number(c.payload.message_id) === id,
          { timeoutMs: this.stepTimeoutMs },
        );
      } else await this.u.waitFor(expect, { timeoutMs: this.stepTimeoutMs });
      return;
    } catch (error) {
      if (!this.recover) throw error;
    }
    // The instance that applied the update died before the reply went out; the redelivered
    // update is recognised as applied and not answered again. A person asks where they are.
    for (let attempt = 1; attempt <= 3; attempt++) {
      this.recoveries++;
      await this.u.send('/resume');
      this.sent++;
      try {
        await this.u.waitFor(/继续《/, { timeoutMs: this.stepTimeoutMs });
        return;
      } catch {
        // try again
      }
    }
    throw new Error(`no answer to ${JSON.stringify(text)} nor to /resume`);
  }

  async run(): Promise<void> {
    const { s } = this;
    await this.say('/new', /请选择要写的总结类型/);
    await this.say('1', /单位全称/);
    await this.say(s.unit, /哪一类/);
    await this.say('乡镇', /时间段/);
    await this.say('年度', /哪一年/);
    await this.say('2026', /上级指导部门/);
    await this.say(s.id % 2 ? '区委统战部' : '/skip', /领导机关/);
    await this.say(s.id % 3 ? '镇党委' : '/skip', /落款/);
    await this.say('/skip', /第2\/11部分/);
    for (let i = 0; i < SECTIONS; i++) {
      const plan = s.sections[i]!;
      const next = i === SECTIONS - 1 ? /所有部分/ : new RegExp(`第${i + 3}/11部分`);
      if (plan.kind === 'skip') await this.say('/skip', next);
      else if (plan.kind === 'na') await this.say('/na', next);
      else {
        for (const part of plan.parts) {
          await this.say(part, 'reaction');
        }
        await this.say('/next', next);
      }
    }
    this.askedDraft = true;
    // The screen before a draft (parts skipped for later, thin parts): draft now.
    for (let attempt = 0; ; attempt++) {
      await this.u.send('/draft');
      this.sent++;
      try {
        const first = await this.u.waitFor(() => true, {
          timeoutMs: this.stepTimeoutMs,
          kinds: ['send'],
        });
        if (DRAFT_SCREEN.test(first.plain)) {
          await this.u.tap(/^(?:直接生成|照样生成)$/, {
            fresh: true,
            timeoutMs: this.stepTimeoutMs,
          });
          this.sent++;
        }
        await this.u.waitForCall('sendDocument', undefined, {
          timeoutMs: this.recover ? 120_000 : 90_000,
        });
        return;
      } catch (error) {
        if (!this.recover || attempt >= 1) throw error;
        this.draftRetries++;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Audit

interface Audit {
  users: number;
  lost: number;
  duplicated: number;
  crossed: number;
  wrongStatus: number;
  missingUsers: number;
  examples: string[];
}

async function audit(scripts: Script[]): Promise<Audit> {
  const repo = await openRepository(storageUrl());
  const result: Audit = {
    users: scripts.length,
    lost: 0,
    duplicated: 0,
    crossed: 0,
    wrongStatus: 0,
    missingUsers: 0,
    examples: [],
  };
  const note = (text: string) => {
    if (result.examples.length < 10) result.examples.push(text);
  };
  try {
    for (const s of scripts) {
      const { state } = await repo.loadUser(String(s.id));
      const summary = state.summaries[0];
      if (!summary || state.summaries.length !== 1) {
        result.missingUsers++;
        note(`user ${s.id}: ${state.summaries.length} summaries`);
        continue;
      }
      if (summary.info.unit !== s.unit) {
        result.crossed++;
        note(`user ${s.id}: unit ${summary.info.unit}`);
      }
      const sectionIds = Object.keys(summary.answers);
      const allStored: string[] = [];
      for (const id of sectionIds) allStored.push(...(summary.answers[id] as Answer).parts);
      // crossed: any stored part that names another user
      for (const part of allStored) {
        const owner = /^用户(\d+)部分/.exec(part)?.[1];
        if (owner !== String(s.id)) {
          result.crossed++;
          note(`user ${s.id}: holds ${JSON.stringify(part.slice(0, 30))}`);
        }
      }
      const template = TONGZHAN_SECTIONS.map((id) => summary.answers[id]);
      for (let i = 0; i < SECTIONS; i++) {
        const plan = s.sections[i]!;
        const answer = template[i];
        if (plan.kind === 'answer') {
          const stored = answer?.parts ?? [];
          for (const part of plan.parts) {
            const n = stored.filter((p) => p === part).length;
            if (n === 0) {
              result.lost++;
              note(`user ${s.id}: lost ${JSON.stringify(part.slice(0, 30))}`);
            } else if (n > 1) {
              result.duplicated += n - 1;
              note(`user ${s.id}: ${n}× ${JSON.stringify(part.slice(0, 30))}`);
            }
          }
          if (answer?.status !== 'done') {
            result.wrongStatus++;
            note(`user ${s.id} part ${i + 2}: status ${answer?.status}`);
          }
        } else {
          const want = plan.kind === 'skip' ? 'skipped' : 'na';
          if ((answer?.parts.length ?? 0) > 0) {
            result.duplicated += answer?.parts.length ?? 0;
            note(`user ${s.id} part ${i + 2}: unexpected parts`);
          }
          if (answer?.status !== want) {
            result.wrongStatus++;
            note(`user ${s.id} part ${i + 2}: status ${answer?.status}, want ${want}`);
          }
        }
      }
    }
  } finally {
    await repo.close();
  }
  return result;
}

/** The 统战 template's section ids, in order (parts 2 to 11). */
const TONGZHAN_SECTIONS = [
  'organization',
  'study',
  'representatives',
  'parties',
  'economy',
  'ethnicReligion',
  'overseas',
  'features',
  'shortcomings',
  'nextSteps',
];

// ---------------------------------------------------------------------------------------------
// One phase

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

interface PhaseResult {
  ok: boolean;
}

async function runPhase(kind: 'normal' | 'kill', firstId: number): Promise<PhaseResult> {
  log(`\n=== phase ${kind}: ${USERS} users, 2 webhook instances, Redis db ${REDIS_DB} ===`);
  await flushRedis();
  const tg: TelegramHarness = await startTelegram({ token: TOKEN, timeoutMs: 60_000 });
  const mock = await startOpenAIMock({ chunkSize: 24, delayMs: 15 });
  const ports = [await closedPort(), await closedPort()];
  const lb = await startBalancer(
    ports.map((p) => `http://127.0.0.1:${p}/telegram`),
    { path: '/telegram', downMs: 1000 },
  );
  const env = {
    TELEGRAM_API_ROOT: tg.apiRoot,
    OPENAI_BASE_URL: mock.url,
    OPENAI_API_KEY: 'sk-test-not-a-secret',
    OPENAI_MODEL: 'mock',
    OPENAI_TIMEOUT_MS: '3000',
    OPENAI_MAX_RETRIES: '2',
    DRAFTS_PER_DAY: '100',
  };
  const instances: Instance[] = [];
  let faults = 0;
  let faultTimer: NodeJS.Timeout | undefined;
  try {
    // Both point the harness at the balancer: WEBHOOK_URL is the public address, PORT their own.
    for (const [i, port] of ports.entries()) {
      instances.push(await startInstance(`bot${i + 1}`, port, lb.url, env));
    }
    // Model faults, spread over the run: 500, 429 with Retry-After, a cut stream, a stall that
    // runs into OPENAI_TIMEOUT_MS. Bounded in number.
    const kinds = [
      { status: 500 },
      { status: 429, retryAfter: 0.2 },
      { cutAfterChars: 30 },
      { stallMs: 4000 },
    ] as const;
    const maxFaults = Math.max(4, Math.ceil(USERS / 5));
    faultTimer = setInterval(() => {
      if (faults >= maxFaults) return;
      mock.enqueue(kinds[faults % kinds.length]!);
      faults++;
    }, 250);

    const scripts = Array.from({ length: USERS }, (_, i) => scriptFor(firstId + i));
    const cadres = scripts.map(
      (s) => new Cadre(tg.user(s.id), s, kind === 'kill' ? 20_000 : 60_000, kind === 'kill'),
    );
    const started = Date.now();
    let killedAt: number | undefined;
    let killWatch: NodeJS.Timeout | undefined;
    if (kind === 'kill') {
      const victim = instances[0]!;
      killWatch = setInterval(() => {
        const asked = cadres.filter((c) => c.askedDraft).length;
        if (asked >= Math.ceil(USERS * 0.4) && !victim.killed) {
          victim.killed = true;
          victim.child.kill('SIGKILL');
          killedAt = Date.now();
          log(
            `[load] killed ${victim.name} (kill -9) after ${((killedAt - started) / 1000).toFixed(1)} s, ${asked} users had asked for a draft`,
          );
          clearInterval(killWatch);
        }
      }, 50);
    }
    // Users arrive over the first ~2 s.
    const outcomes: UserOutcome[] = await Promise.all(
      cadres.map(async (c, i): Promise<UserOutcome> => {
        await sleep(Math.floor((i / USERS) * 2000));
        const failure = await c.run().then(
          () => undefined,
          (error: Error) => error.message.split('\n')[0],
        );
        return {
          id: scripts[i]!.id,
          ok: failure === undefined,
          recoveries: c.recoveries,
          draftRetries: c.draftRetries,
          sent: c.sent,
          ...(failure === undefined ? {} : { failure }),
        };
      }),
    );
    const wall = (Date.now() - started) / 1000;
    if (killWatch) clearInterval(killWatch);
    clearInterval(faultTimer);
    await tg.waitForDelivered({ timeoutMs: 30_000 }).catch(() => {});

    const allMs = instances.flatMap((x) => x.updateMs).sort((a, b) => a - b);
    const errors = instances.flatMap((x) => x.errors);
    const failed = outcomes.filter((o) => !o.ok);
    const sent = outcomes.reduce((n, o) => n + o.sent, 0);
    const deliveries = tg.deliveries;
    const badDeliveries = deliveries.filter((d) => d.status < 200 || d.status > 299).length;
    const resumed = instances.reduce((n, x) => n + x.resumed, 0);
    const composers: Record<string, number> = {};
    for (const x of instances) {
      for (const [k, v] of Object.entries(x.composers)) composers[k] = (composers[k] ?? 0) + v;
    }

    log(`users: ${USERS} (${outcomes.length - failed.length} finished with a .docx)`);
    log(`wall time: ${wall.toFixed(1)} s`);
    log(
      `updates: ${allMs.length} handled by the bot (${sent} sent by users), ${(allMs.length / wall).toFixed(1)} updates/s`,
    );
    log(
      `bot-side latency per update: p50 ${percentile(allMs, 50)} ms, p99 ${percentile(allMs, 99)} ms, max ${allMs.at(-1) ?? 0} ms`,
    );
    log(
      `per instance: ${instances.map((x) => `${x.name} ${x.updateMs.length} updates${x.killed ? ' (killed)' : ''}`).join(', ')}`,
    );
    log(
      `balancer: ${lb.backends.map((b, i) => `bot${i + 1} served ${b.served}, failed ${b.failures}`).join('; ')}; 502 answered ${lb.rejected}`,
    );
    log(`webhook POSTs: ${deliveries.length}, not 2xx (retried by the harness): ${badDeliveries}`);
    log(
      `model: ${mock.requests.length} requests, ${faults} faults injected (500, 429, cut stream, stall > timeout); drafts stored: ${Object.entries(
        composers,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    log(`errors: ${errors.length} log lines at level >= 50, ${failed.length} users failed a wait`);
    for (const line of [...new Set(errors)].slice(0, 5)) log(`  ${line}`);
    for (const o of failed.slice(0, 5)) log(`  user ${o.id}: ${o.failure}`);
    const recoveries = outcomes.reduce((n, o) => n + o.recoveries, 0);
    const draftRetries = outcomes.reduce((n, o) => n + o.draftRetries, 0);
    if (kind === 'kill') {
      log(
        `kill: drafts resumed by the survivor: ${resumed}; users who re-synced with /resume after an unanswered message: ${recoveries}; /draft sent again: ${draftRetries}`,
      );
    }

    const a = await audit(scripts);
    log(
      `audit (${a.users} users read back from Redis): lost: ${a.lost}, duplicated: ${a.duplicated}, crossed: ${a.crossed}, wrong status: ${a.wrongStatus}, missing: ${a.missingUsers}`,
    );
    for (const e of a.examples) log(`  ${e}`);
    const ok =
      a.lost + a.duplicated + a.crossed + a.wrongStatus + a.missingUsers === 0 &&
      failed.length === 0;
    log(`phase ${kind}: ${ok ? 'OK' : 'FAILED'}`);
    return { ok };
  } finally {
    if (faultTimer) clearInterval(faultTimer);
    for (const inst of instances) await stopInstance(inst);
    await lb.close();
    await mock.close();
    await tg.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  log(`[load] ${USERS} users, phase ${PHASE}`);
  await ensureRedis();
  const phases: ('normal' | 'kill')[] = PHASE === 'both' ? ['normal', 'kill'] : [PHASE as 'normal'];
  let ok = true;
  for (const [i, phase] of phases.entries()) {
    const result = await runPhase(phase, 100_000 + i * 10_000);
    ok &&= result.ok;
  }
  await flushRedis().catch(() => {});
  log(`\n[load] ${ok ? 'all phases passed' : 'FAILED'}`);
  process.exit(ok ? 0 : 1);
}

// A hard stop, so a stuck run never outlives CI.
setTimeout(
  () => {
    process.stderr.write('[load] giving up after the overall time limit\n');
    process.exit(2);
  },
  Math.max(10 * 60_000, USERS * 3_000),
).unref();

main().catch((error) => {
  process.stderr.write(`[load] ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
