import { InlineKeyboard } from 'grammy';
import type { Action, Reply } from '../interview/types.js';
import { encodeEvent } from './callback.js';
import { splitMessage } from './split.js';

/** Engine replies as Telegram messages: text split to the limit, actions as inline buttons. */
export interface OutgoingMessage {
  text: string;
  keyboard?: InlineKeyboard;
}

export function keyboardOf(actions: Action[][] | undefined): InlineKeyboard | undefined {
  if (!actions || actions.length === 0) return undefined;
  const keyboard = new InlineKeyboard();
  for (const row of actions) {
    for (const action of row) keyboard.text(action.label, encodeEvent(action.event));
    keyboard.row();
  }
  return keyboard;
}

export function renderReply(reply: Reply): OutgoingMessage[] {
  const chunks = splitMessage(reply.text);
  const keyboard = keyboardOf(reply.actions);
  return chunks.map((text, i) =>
    i === chunks.length - 1 && keyboard ? { text, keyboard } : { text },
  );
}
