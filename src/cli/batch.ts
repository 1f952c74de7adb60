import { reportJson, withoutFileName } from '../batch/report.js';
import { oneLine } from '../io/shownName.js';
import { round2 } from '../model/round.js';
import { runBatch } from '../batch/runBatch.js';
import { INTERRUPTED } from '../batch/pool.js';
import { firstSerious } from '../batch/run.js';
import type { BatchEvent, BatchReport } from '../batch/types.js';
import { errorJson } from './json.js';
import { delegateSignals } from './signals.js';
import type { RunMode } from './options.js';
import { EXIT, type Output } from './output.js';

export interface BatchFlags {
  out?: string;
  recursive?: boolean;
  form?: string;
  force?: boolean;
  /** Milliseconds, bytes and a count: options.ts parsed and checked them. */
  settle?: number;
  recheck?: number;
  jobs?: number;
  moveDone?: string;
  wait?: number;
  quiet?: boolean;
  json?: boolean;
  maxSize?: number;
  includeHidden?: boolean;
}

const STATUS: Record<string, string> = {
  graded: '已评分',
  problems: '有问题',
  failed: '失败',
  'skipped-unchanged': '未变化,跳过',
  'skipped-settling': '仍在写入,留待下次',
};

/** Said on the first signal: Ctrl+C at a terminal, or a signal sent by a service manager or `kill` (cron, systemd). */
export function stoppingLine(signal: NodeJS.Signals, waiting = false): string {
  // Still waiting for another run's lock (--wait): no file is being graded; the wait ends.
  if (waiting) return `kpi: 收到${signal === 'SIGINT' ? ' Ctrl+C' : `停止信号 ${signal}`},不再等待另一个批量评分,不评分`;
  return signal === 'SIGINT'
    ? 'kpi: 收到 Ctrl+C,正在停止:正在评分的文件不写结果,下次运行时评分…(再按一次 Ctrl+C 立即退出)'
    : `kpi: 收到停止信号 ${signal},正在停止:正在评分的文件不写结果,下次运行时评分…(再发送一次 ${signal} 立即退出)`;
}

export async function batchCommand(o: Output, folder: string, flags: BatchFlags, mode: RunMode = { gradeOnThisThread: false }): Promise<number> {
  const controller = new AbortController();
  let waiting = false;
  delegateSignals((signal) => {
    o.err(stoppingLine(signal, waiting));
    controller.abort();
  });
  const progress = !flags.json && !flags.quiet && o.isTTY && o.errIsTTY;
  // File names may hold newlines or bidi controls: every line printed stays one line (issue 9 item 19).
  const log = (line: string) => o.err(`${new Date().toISOString().replace('T', ' ').slice(0, 19)} ${oneLine(line)}`);
  let total = 0;
  let done = 0;
  // Warnings about this run (they make the exit code 1): repeated under the summary on stdout, where a script or a
  // cron mail that keeps stdout only finds why (the same people counted twice left exit 1 with nothing said there).
  const serious: string[] = [];
  const onEvent = (e: BatchEvent) => {
    if (e.type === 'waiting-lock') waiting = true;
    if (e.type === 'start') waiting = false;
    if (flags.json) return;
    if (e.type === 'warning' && (e.serious !== false || e.loud)) serious.push(e.message);
    if (e.type === 'start') total = e.files;
    if (e.type === 'file-done' || e.type === 'file-skipped') done++;
    if (progress) {
      if (e.type === 'warning' || e.type === 'waiting-lock') {
        // The bar would hide these: clear its line, print the message, the next event redraws the bar.
        o.write('err', '\r\x1b[K');
        log(describe(e)!);
      }
      if (e.type === 'file-done' || e.type === 'file-skipped' || e.type === 'start') drawBar(o, done, total, 'file' in e ? e.file : '');
      if (e.type === 'done') o.write('err', '\n');
      return;
    }
    const line = describe(e);
    if (!line) return;
    // -q for cron: a warning about files unchanged since the run that said it is not mailed again every night.
    // A result a killed run never reported, reported now, is this run's as much as a file graded now (-q mailed nothing).
    const important = (e.type === 'warning' && (e.serious !== false || e.loud === true)) || (e.type === 'file-done' && e.status !== 'graded') || (e.type === 'file-skipped' && e.late !== undefined && e.late !== 'graded');
    if (!flags.quiet || important) log(line);
  };
  try {
    const result = await runBatch(
      {
        folder,
        out: flags.out,
        recursive: flags.recursive,
        form: flags.form,
        force: flags.force,
        settleMs: flags.settle,
        recheckMs: flags.recheck,
        waitMs: flags.wait,
        jobs: flags.jobs,
        moveDone: flags.moveDone,
        maxSize: flags.maxSize,
        includeHidden: flags.includeHidden,
        gradeOnThisThread: mode.gradeOnThisThread,
        signal: controller.signal,
      },
      { onEvent },
    );
    if (result.exitCode === 2) {
      if (flags.json) o.out(JSON.stringify(errorJson('cannot-start', result.reason, folder), null, 2));
      o.err(`kpi: ${result.reason}`);
      return EXIT.cannotRun;
    }
    if (flags.json) o.out(JSON.stringify(reportJson(result.report), null, 2));
    else if (!flags.quiet) summary(o, result.report, total, serious);
    // -q prints problems only: each file's that has them (where, and what), a killed run's reported now among them,
    // and the warnings that made the exit code 1.
    else for (const line of [...problemLines(result.report), ...warningLines(serious)]) o.out(line);
    return result.exitCode;
  } finally {
    delegateSignals(null);
  }
}

function describe(e: BatchEvent): string | null {
  switch (e.type) {
    case 'start':
      return `开始:${e.folder} → ${e.out},${e.files} 个文件,${e.jobs} 个并行`;
    case 'waiting-lock':
      return `另一个批量评分正在运行(${e.holder}),等待中…`;
    case 'file-done':
      // A failed file says why on its own line too (cron with -q prints only these lines).
      if (e.status === 'failed' && e.reason) return `${STATUS.failed}:${e.file}:${withoutFileName(e.file, e.reason)}`;
      return `${STATUS[e.status] ?? e.status}:${e.file}(${e.records !== undefined ? `${e.records} 条记录` : `${e.people} 人`},问题 ${e.problems} 条,${(e.durationMs / 1000).toFixed(1)} 秒)`;
    case 'file-skipped':
      return e.late ? `${STATUS[e.late]}(上次运行被中断,未报告):${e.file}` : `${STATUS[e.status] ?? e.status}:${e.file}`;
    case 'warning':
      return `警告:${e.message}`;
    default:
      return null;
  }
}

function drawBar(o: Output, done: number, total: number, file: string): void {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : 0;
  o.write('err', `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${oneLine(file).slice(-40).padEnd(40)}`);
}

// A killed run's results never reported (unreported): said as this run's own, since they count in its exit code.
const late = (x: BatchReport['files'][number]) => x.status === 'skipped-unchanged' && x.unreported === true && (x.lastStatus === 'failed' || x.lastStatus === 'problems');

/** A file's line under the summary: its status and the problem that made it so (a warning, not an info line first). */
function problemLine(f: BatchReport['files'][number]): string {
  const first = firstSerious(f.problems) ?? f.problems[0];
  // (A file the killed run graded and that is gone since — deleted, moved by --move-done — is its result, reported now.)
  // (A file the stop cut off is no failure of its own: 「未评完」, as the headline counts it.)
  const status = f.status === 'skipped-unchanged' ? `${STATUS[f.lastStatus!]}(上次运行被中断,未报告)` : f.unreported ? `${STATUS[f.status]}(上次运行被中断,未报告)` : stoppedBeforeDone(f) ? '未评完' : STATUS[f.status];
  return oneLine(`  ${status} ${f.file}${first ? `:${withoutFileName(f.file, first.message)}` : ''}`);
}

/** A line for each file that failed or has problems this run, or whose result a killed run never reported. */
function problemLines(r: BatchReport): string[] {
  return r.files.filter((x) => x.status === 'failed' || x.status === 'problems' || late(x)).map(problemLine);
}

function warningLines(messages: string[]): string[] {
  return [...new Set(messages)].map((m) => oneLine(`  警告 ${m}`));
}

/**
 * The summary's first line. `found`: the files the start line counted; those kpi then found to be its own outputs were
 * said and not graded. A stopped run says so, its files cut off or never reached apart from those that failed: three
 * copies stopped by Ctrl+C read 「批量评分完成:3 个文件 — 已评分 0,…失败 3」.
 */
export function summaryHeadline(r: BatchReport, found: number): string {
  const t = r.totals;
  const aside = found > t.files ? `(另 ${found - t.files} 个是 kpi 写出的文件,未作为考核表评分,见上面的警告)` : '';
  const rest = `未变化 ${t.skippedUnchanged},仍在写入 ${t.skippedSettling};共 ${t.people} 人`;
  if (!r.interrupted) return `批量评分完成:${t.files} 个文件${aside} — 已评分 ${t.graded},有问题 ${t.problems},失败 ${t.failed},${rest}`;
  const cut = r.files.filter(stoppedBeforeDone).length;
  return `批量评分被中断:${t.files} 个文件${aside} — 已评分 ${t.graded},有问题 ${t.problems},失败 ${t.failed - cut},未评完 ${cut}(下次运行时评分),${rest}`;
}

/** A file the stop left ungraded (in progress or not reached): no verdict on it. */
function stoppedBeforeDone(f: BatchReport['files'][number]): boolean {
  return f.status === 'failed' && f.problems.some((p) => p.code === 'worker-failed' && p.message === INTERRUPTED);
}

function summary(o: Output, r: BatchReport, found: number, serious: string[]): void {
  const t = r.totals;
  o.out(summaryHeadline(r, found));
  const bands = Object.entries(t.bands).map(([b, n]) => `${b} ${n}`);
  if (t.notScored) bands.push(`未评分 ${t.notScored}`);
  o.out(`等级:${bands.join(' · ') || '—'}`);
  // A record form grades groups, not people: its banded groups are its result (「本月 满意度指数 83.13 乙」).
  for (const f of r.files.filter((x) => x.groups?.length)) {
    const shown = f.groups!.slice(0, 5).map((g) => `${g.key} ${g.figure} ${g.value === null ? '—' : String(round2(g.value))} ${g.band ?? '—'}`);
    o.out(oneLine(`  记录表 ${f.file}(${f.records ?? 0} 条记录):${shown.join(';')}${f.groups!.length > 5 ? ` 等 ${f.groups!.length} 组` : ''}`));
  }
  for (const line of [...problemLines(r), ...warningLines(serious)]) o.out(line);
  // Not counted in the exit code (see runBatch), but not forgotten either.
  const standing = r.files.filter((x) => x.status === 'skipped-unchanged' && !late(x) && (x.lastStatus === 'failed' || x.lastStatus === 'problems'));
  if (standing.length) o.out(`  未变化的文件中仍有 ${standing.filter((x) => x.lastStatus === 'failed').length} 个上次失败、${standing.filter((x) => x.lastStatus === 'problems').length} 个上次有问题(详见报告)`);
  if (r.reportFile) o.out(`报告:${r.reportFile}`);
  if (r.summaryFile) o.out(`汇总:${r.summaryFile}`);
}
