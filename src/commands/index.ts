// Every command of the program, in the order of its help. A new command is one file that
// exports its definition, and one line here.

import { calc } from './calc.js';
import type { CommandDefinition } from './command.js';
import { diff } from './diff.js';
import { init } from './init.js';
import { judge } from './judge.js';
import { record } from './record.js';
import { report } from './report.js';
import { schema } from './schema.js';
import { show } from './show.js';
import { status } from './status.js';
import { validate } from './validate.js';

export const COMMANDS: readonly CommandDefinition[] = [validate, schema, init, status, show, report, calc, record, judge, diff];
