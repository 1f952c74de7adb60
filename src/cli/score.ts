import { gradeInWorker } from './gradeInWorker.js';
import { problemJson, scoreJson } from './json.js';
import { MESSAGES, type Messages } from './messages.js';
import { EXIT, UsageError, type Output } from './output.js';
import { parseLimits } from './limits.js';
import { checkXlsxOutput } from './outputPath.js';
import { renderScore } from './renderScore.js';
import { parseSize } from './size.js';

export interface ScoreFlags {
  form?: string;
  output?: string;
  force?: boolean;
  json?: boolean;
  maxSize?: string;
  encoding?: string;
  dryRun?: boolean;
  verbose?: boolean;
  all?: boolean;
  pay?: string;
  includeHidden?: boolean;
  limit?: string[];
}

export async function scoreCommand(o: Output, file: string, flags: ScoreFlags, t: Messages = MESSAGES.zh): Promise<number> {
  checkXlsxOutput(flags.output, t);
  const maxSize = flags.maxSize ? parseSize(flags.maxSize) : undefined;
  const limits = parseLimits(flags.limit, (v) => new UsageError(t.badLimit(v)));
  const options = {
    form: flags.form,
    output: flags.dryRun ? null : flags.output,
    force: flags.force,
    maxSize,
    encoding: flags.encoding,
    pay: flags.pay,
    includeHidden: flags.includeHidden,
    limits,
  };
  const outcome = await gradeInWorker(file, options, (signal) => o.err(`\nkpi: 收到 ${signal},已停止;未完成的输出已删除,原始文件未改动。`));
  if (!outcome.ok) {
    if (flags.json) o.out(JSON.stringify({ error: problemJson(outcome.failure) }, null, 2));
    o.err(`kpi: ${outcome.failure.message}`);
    return EXIT.cannotRun;
  }
  const report = outcome.report;
  if (flags.json) o.out(JSON.stringify(scoreJson(report), null, 2));
  else renderScore(o, report, { verbose: flags.verbose ?? false, all: flags.all ?? false });
  return report.problems.some((p) => p.severity === 'error') ? EXIT.problems : EXIT.ok;
}
