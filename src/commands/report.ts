// plan report --out FILE.html: the status report as a self-contained page with a chart per
// indicator (path expected, observed, target). Written atomically; nothing else is touched.

import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeFileAtomic } from '../edit/atomic-write.js';
import type { Plan } from '../model/types.js';
import type { Lang } from '../render/cells.js';
import { chartSpec, type ChartSpec } from '../render/chart-spec.js';
import { renderHtmlReport } from '../render/html-report.js';
import { buildReport } from '../render/report-model.js';
import { renderSvgs } from '../render/render-charts.js';
import { explainingFileSystem, UsageError } from '../util/errors.js';
import { addFilterOptions, filteredEvaluations, type StatusFilters } from './status.js';
import { addEvaluationOptions } from './support/evaluation-options.js';
import { defineCommand, result } from './command.js';
import { noticesIn } from './support/language.js';
import { loadValidPlan } from './support/load-valid-plan.js';
import { messages } from '../render/messages.js';

export interface ReportFlags extends StatusFilters {
  out?: string;
  lang: Lang;
}

export async function reportCommand(plan: Plan, flags: ReportFlags, today: Date, cwd = process.cwd()): Promise<string> {
  if (!flags.out) throw new UsageError('--out FILE.html is required');
  const out = resolve(cwd, flags.out);
  if (existsSync(out) && statSync(out).isDirectory()) throw new UsageError(`--out ${flags.out} is a folder; name the HTML file to write`);
  if (!existsSync(dirname(out))) throw new UsageError(`--out ${flags.out}: no folder ${dirname(flags.out)}`);
  const { choice, evaluations } = filteredEvaluations(plan, flags, today);
  const specs = new Map<string, ChartSpec>();
  for (const evaluation of evaluations) {
    const spec = chartSpec(evaluation, flags.lang);
    if (spec) specs.set(evaluation.indicator.id, spec);
  }
  const svgs = await renderSvgs(specs);
  const report = buildReport(plan, evaluations, { ...choice, lang: flags.lang });
  const page = renderHtmlReport(report, svgs, flags.lang);
  explainingFileSystem('write', flags.out, () => writeFileAtomic(out, page));
  return `${messages(flags.lang).html.wrote(flags.out, report.indicators.length, svgs.size, report.asOf)}\n`;
}

export const report = defineCommand<Omit<ReportFlags, 'lang'>>({
  declare: (program) =>
    addEvaluationOptions(
      addFilterOptions(
        program
          .command('report')
          .description('a self-contained HTML page: every indicator with a chart of its path expected, observed and target')
          .requiredOption('--out <file>', 'the HTML file to write'),
      ),
    ),
  run: async (_args, options, { globals, io, today }) => result({ stderr: await reportCommand(loadValidPlan(globals.plan, globals.lang, noticesIn(globals.lang, io)), { ...options, lang: globals.lang }, today) }),
});
