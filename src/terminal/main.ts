import { userInfo } from 'node:os';
import { pathToFileURL } from 'node:url';
import { openApp } from '../app/bootstrap.js';
import { runChat } from './chat.js';

/** `npm run chat`: the interview in the terminal. */
export async function main(): Promise<void> {
  const app = await openApp({ logToStderr: true });
  try {
    await runChat({
      service: app.service,
      drafter: app.drafter,
      userId: process.env.CHAT_USER_ID || `terminal-${userInfo().username}`,
      input: process.stdin,
      output: process.stdout,
      interactive: Boolean(process.stdin.isTTY),
      outDir: process.env.CHAT_OUT_DIR || 'out/drafts',
    });
  } finally {
    await app.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch(() => process.exit(1));
}
