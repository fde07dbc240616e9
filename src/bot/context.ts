import type { Context } from 'grammy';

/**
 * The context every handler gets (grammY's flavour pattern): Telegram's context plus what this
 * bot records on an update. `action` names what the update did (an event type, `voice`,
 * `stranger`, …) for the one log line per update; never any text.
 */
export interface ActionFlavor {
  action?: string;
}

export type BotContext = Context & ActionFlavor;
