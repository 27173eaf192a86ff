// A verdict's reason as an analyst reads it in English: the engine's fact through the
// reporters' catalogue, so a test of the wording tests both.

import type { Evaluation } from '../../src/engine/types.js';
import { reasonText } from '../../src/render/reason-text.js';

export const whyOf = (evaluation: Evaluation): string => reasonText(evaluation.reason, evaluation.notes, 'en');
