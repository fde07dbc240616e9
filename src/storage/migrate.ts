/**
 * Reading a stored user record safely: older schemas are migrated step by step, then the record is
 * checked against a zod mirror of UserState. Anything else (not an object, a wrong shape, a schema
 * newer than this code knows) is reported as unreadable, never thrown.
 *
 * Schema history:
 * - 0: the first records (before `schema` was written): no `schema` field (or `schema: 0`), no
 *      `seq` counter; summary ids were already `s<n>`.
 * - 1: `schema: 1` and `seq`, the counter the engine uses for new summary ids. Later additions
 *      that need no migration (optional, absent in older records): an answer's `messageIds`
 *      and `leaveOut`; a summary's `depthShown`; a draft version's `messages` (the chat
 *      messages that carried it, for edits by replying); the pending confirmations `confirmNa`, `confirmSkip`, `confirmDraft`,
 *      `confirmCorrection`, `confirmPlace`.
 */
import * as z from 'zod';
import { STATE_SCHEMA, type UserState } from '../interview/types.js';

const answerStatus = z.enum(['open', 'done', 'skipped', 'na']);

const answerSchema = z.looseObject({
  status: answerStatus,
  parts: z.array(z.string()),
  followUp: z
    .looseObject({
      question: z.string(),
      parts: z.array(z.string()),
      status: z.enum(['asked', 'answered', 'skipped']),
    })
    .optional()
    .catch(undefined),
  messageIds: z.array(z.number().int().nullable()).optional().catch(undefined),
  leaveOut: z.boolean().optional().catch(undefined),
  /** Where untyped parts came from (voice, a document, last period); unreadable = typed. */
  source: z
    .array(
      z
        .discriminatedUnion('kind', [
          z.looseObject({ kind: z.literal('voice'), batch: z.string() }),
          z.looseObject({
            kind: z.literal('document'),
            batch: z.string(),
            name: z.string().optional().catch(undefined),
          }),
          z.looseObject({
            kind: z.literal('lastPeriod'),
            batch: z.string(),
            confirmed: z.boolean().optional().catch(undefined),
          }),
        ])
        .nullable()
        .catch(null),
    )
    .optional()
    .catch(undefined),
});

const lastPeriodSchema = z.looseObject({
  summaryId: z.string(),
  title: z.string(),
  info: z.record(z.string(), z.string()),
  answers: z.record(z.string(), z.string()),
});

const positionSchema = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('info'), field: z.number().int().nonnegative() }),
  z.looseObject({ kind: z.literal('section'), index: z.number().int().nonnegative() }),
  z.looseObject({ kind: z.literal('review') }),
  z.looseObject({ kind: z.literal('followUp'), index: z.number().int().nonnegative() }),
  z.looseObject({ kind: z.literal('drafted') }),
]);

const draftMetaSchema = z.looseObject({
  version: z.number().int(),
  createdAt: z.number(),
  composer: z.enum(['model', 'offline']),
  instruction: z.string().optional().catch(undefined),
  chars: z.number(),
  messages: z
    .array(
      z.looseObject({
        id: z.number().int(),
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
      }),
    )
    .optional()
    .catch(undefined),
});

const summarySchema = z.looseObject({
  id: z.string().min(1),
  templateId: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  info: z.record(z.string(), z.string()),
  answers: z.record(z.string(), answerSchema),
  position: positionSchema,
  drafts: z.array(draftMetaSchema),
  lastPeriod: lastPeriodSchema.optional().catch(undefined),
  pastedBefore: z
    .looseObject({ batch: z.string(), sectionId: z.string(), text: z.string() })
    .optional()
    .catch(undefined),
  depthShown: z.boolean().optional().catch(undefined),
  endSeen: z.boolean().optional().catch(undefined),
});

const pendingSchema = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('chooseTemplate') }),
  z.looseObject({ kind: z.literal('confirmDeleteAll') }),
  z.looseObject({ kind: z.literal('confirmDeleteSummary'), summaryId: z.string() }),
  z.looseObject({
    kind: z.literal('confirmNa'),
    summaryId: z.string(),
    at: z.string(),
    text: z.string(),
    messageId: z.number().int().optional().catch(undefined),
  }),
  z.looseObject({
    kind: z.literal('confirmSkip'),
    summaryId: z.string(),
    at: z.string(),
    na: z.boolean().optional().catch(undefined),
  }),
  z.looseObject({ kind: z.literal('confirmClear'), summaryId: z.string(), at: z.string() }),
  z.looseObject({ kind: z.literal('confirmDraft'), summaryId: z.string() }),
  // These two hold the text the user typed until the tap: dropping them would lose it.
  z.looseObject({
    kind: z.literal('confirmCorrection'),
    summaryId: z.string(),
    at: z.string(),
    text: z.string(),
    messageId: z.number().int().optional().catch(undefined),
    // -1: a correction that could not be placed (only [记为新的一条] is offered).
    index: z.number().int().min(-1),
    replacement: z.string(),
  }),
  z.looseObject({ kind: z.literal('confirmPlace'), summaryId: z.string(), text: z.string() }),
]);

/**
 * The stored UserState. Required fields are strict; optional ones are lenient (a malformed
 * optional value is dropped rather than costing the user their record). Unknown keys are kept.
 */
export const userStateSchema = z.looseObject({
  schema: z.literal(STATE_SCHEMA),
  userId: z.string().min(1),
  seq: z.number().int().nonnegative(),
  activeId: z.string().optional().catch(undefined),
  summaries: z.array(summarySchema),
  pending: pendingSchema.optional().catch(undefined),
  paused: z.boolean().optional().catch(undefined),
  quota: z
    .looseObject({ day: z.string(), count: z.number().int().nonnegative() })
    .optional()
    .catch(undefined),
  recentUpdates: z.array(z.number()).optional().catch(undefined),
  ackExplained: z.boolean().optional().catch(undefined),
  voiceToday: z
    .looseObject({ day: z.string(), seconds: z.number().nonnegative() })
    .optional()
    .catch(undefined),
});

// Compile-time guard: what the schema accepts must be a UserState. If UserState gains a required
// field, this line stops compiling until the schema (and a migration) follow.
const _schemaMatchesType = (s: z.output<typeof userStateSchema>): UserState => s;
void _schemaMatchesType;

type Raw = Record<string, unknown>;

/** MIGRATIONS[n] turns a schema-n record into a schema-(n+1) record. */
const MIGRATIONS: Record<number, (record: Raw) => Raw> = {
  0: (record) => {
    const summaries = Array.isArray(record.summaries) ? record.summaries : [];
    // seq = the highest `s<n>` id in use, so the next summary gets a fresh id.
    let seq = 0;
    for (const summary of summaries) {
      const id = (summary as { id?: unknown } | null)?.id;
      const n = typeof id === 'string' ? /^s(\d+)$/.exec(id)?.[1] : undefined;
      if (n !== undefined) seq = Math.max(seq, Number(n));
    }
    return {
      ...record,
      schema: 1,
      seq: typeof record.seq === 'number' ? record.seq : seq,
      summaries,
    };
  },
};

export type ReadResult =
  | { ok: true; state: UserState; migratedFrom?: number }
  | { ok: false; reason: string };

/** Checks (and, for older schemas, migrates) a stored record for `userId`. Never throws. */
export function readUserRecord(raw: unknown, userId: string): ReadResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, reason: `not an object (${raw === null ? 'null' : typeof raw})` };
  }
  let record = raw as Raw;
  const stored = record.schema === undefined ? 0 : record.schema;
  if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 0) {
    return { ok: false, reason: `schema is not a version number (${String(stored)})` };
  }
  if (stored > STATE_SCHEMA) {
    return { ok: false, reason: `schema ${stored} is newer than ${STATE_SCHEMA}` };
  }
  for (let version = stored; version < STATE_SCHEMA; version++) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: `no migration from schema ${version}` };
    try {
      record = step(record);
    } catch (error) {
      return { ok: false, reason: `migration from schema ${version} failed: ${String(error)}` };
    }
  }
  const parsed = userStateSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `wrong shape at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  if (parsed.data.userId !== userId) {
    return { ok: false, reason: 'record belongs to another user id' };
  }
  const state = parsed.data as UserState;
  return stored < STATE_SCHEMA ? { ok: true, state, migratedFrom: stored } : { ok: true, state };
}
