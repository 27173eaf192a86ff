// Which language the tool speaks: --lang, else the environment's locale as POSIX reads it
// for messages (LC_ALL, then LC_MESSAGES, then LANG; an empty variable counts as unset).
// A Chinese locale (zh, zh_CN.UTF-8, zh_TW, zh-Hans) gives zh; any other, or none, en.

import type { Io } from '../command.js';
import { EMBEDDED_NOTICE } from './resolve-plan.js';
import { messages, type Lang } from '../../render/messages.js';

export interface LocaleEnv {
  readonly [name: string]: string | undefined;
}

export function languageFromEnv(env: LocaleEnv): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]?.trim();
    if (value) return /^zh(?:[_.@-]|$)/i.test(value) ? 'zh' : 'en';
  }
  return 'en';
}

/**
 * Where a command's notices before its result go (the embedded plan being used): stderr,
 * in the analyst's language. Notices this does not know pass as they are.
 */
export function noticesIn(lang: Lang, io: Io): (text: string) => void {
  return (text) => io.stderr(text === EMBEDDED_NOTICE ? `${messages(lang).embeddedPlan}\n` : text);
}
