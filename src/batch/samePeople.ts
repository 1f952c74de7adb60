// The same people counted twice by files that are not byte-identical (warnCopies catches those): a graded workbook
// saved back into the inbox under another name, a re-save by LibreOffice (「a - 副本.xlsx」). A graded workbook is
// told by its marks (_kpi), never by its name, and is not graded as a form; two forms of one definition and month
// that hold mostly the same people are said to count them twice.
import path from 'node:path';
import { gradedMarksIn, smallWorkbookBytes } from '../io/graded/marks.js';
import { kpiReportIn } from '../io/ownWorkbook.js';
import { problem } from '../model/problems/index.js';
import { idKey, nameKey } from '../engine/text.js';
import type { Candidate } from './discover.js';
import type { Sorted } from './changes.js';
import { isMovedKey, type Manifest, type ManifestEntry } from './manifest.js';
import type { Run } from './run.js';
import { appendTo } from '../model/groups.js';
import { monthsInFileName, parseMonth } from '../engine/period.js';

/** Share of the smaller file's people the other file must hold too for the two to be "the same people". */
const MOSTLY = 0.8;

/**
 * Takes kpi's own graded workbooks out of this run (removed from `files` and `sorted`, as discovery passes over
 * `*.graded.xlsx`), each said in a note: grading one would count its people a second time. Only files about to be
 * graded are opened: an unchanged file was looked at when it was graded.
 */
export async function setAsideGradedWorkbooks(run: Run, sorted: Sorted, files: Candidate[]): Promise<void> {
  const aside = new Set<string>();
  for (const job of sorted.toGrade) {
    if (!job.file.rel.toLowerCase().endsWith('.xlsx')) continue;
    // Read once for both questions (it was read twice, before any file was graded).
    const buffer = await smallWorkbookBytes(job.file.abs);
    const marks = buffer ? await gradedMarksIn(buffer) : null;
    // A roll-up or a batch summary saved into the inbox under a name of the user's: kpi's too, never a form.
    const report = marks || !buffer ? null : kpiReportIn(buffer);
    if (!marks && !report) continue;
    aside.add(job.file.rel);
    if (report) {
      // Said as kpi score says it (a combined result has kpi's marks, and is told above as a graded workbook).
      const name = job.file.rel;
      run.warn(report === 'combined' ? problem('combine-unsupported', { why: 'combined-output', name }).message : problem('kpi-report', { name, kind: report }).message, false);
      continue;
    }
    const from = marks!.input ? `(${marks!.input} 的评分结果)` : '';
    run.warn(`${job.file.rel} 是 kpi 写出的评分结果${from},不作为考核表评分(否则其中的人会算两次);核对后的结果请放到别处,要按其中改过的数据重评请改原表,或单独运行 kpi score`, false);
  }
  if (!aside.size) return;
  const keep = (rel: string) => !aside.has(rel);
  sorted.toGrade = sorted.toGrade.filter((j) => keep(j.file.rel));
  sorted.checked = sorted.checked.filter((c) => keep(c.file.rel));
  const kept = files.filter((f) => keep(f.rel));
  files.splice(0, files.length, ...kept);
}

interface Holding {
  rel: string;
  now: boolean;
  entry: ManifestEntry;
  ids: Set<string>;
  names: Set<string>;
  /** Some of its people have a 工号. */
  numbered: boolean;
}

/**
 * Two files of one form and month (both unstated counts as the same) whose people are mostly the same (by 工号 and name,
 * else either): each is graded, so those people are counted twice in the totals and batch-summary.xlsx. Byte-identical files
 * (warnCopies) and different raters' copies (warnRaterCopies) are said there. Serious when one was graded this run.
 */
export function warnSamePeople(run: Run, sorted: Sorted, manifest: Manifest): void {
  const groups = new Map<string, Holding[]>();
  const add = (rel: string, now: boolean, shown = rel) => {
    const entry = manifest.get(rel);
    if (!entry || (entry.status !== 'graded' && entry.status !== 'problems') || !entry.form || !entry.summary) return;
    // A record form has no people (its rows in the summary are groups: 「本月」 in every month's file).
    if (!entry.people) return;
    // 工号 and name together where both are given: two teams numbering their people 1–5 (赵一… and 吴六…) are not one batch.
    // Both as people are matched everywhere (「王 芳」 and 王芳, 李強 and 李强, 0012 and 12); a copy without its 工号
    // column is compared by names.
    const people = entry.summary.people.filter((p) => p.id || p.name);
    if (!people.length) return;
    const ids = new Set(people.map((p) => (p.id && p.name ? `${idKey(p.id)}\u0000${nameKey(p.name)}` : p.id ? idKey(p.id) : nameKey(p.name))));
    const names = new Set(people.filter((p) => p.name).map((p) => nameKey(p.name)));
    const numbered = people.some((p) => p.id);
    // A month stated nowhere in the file but in its name (202601.csv, 202602.csv): that month, as rollup reads it — the two
    // were said to count the same people twice, 「请只留一份」 advice that would have dropped a month.
    const named = entry.period ? [] : monthsInFileName(path.basename(rel).replace(/\.[^.]+$/, ''));
    // The month as kpi reads it: 「2026年3月」 in a corrected copy is the 「2026-03」 of the first (both counted, exit 0).
    const key = `${entry.form}\u0000${entry.period ? (parseMonth(entry.period) ?? entry.period) : named.length === 1 ? named[0] : ''}`;
    appendTo(groups, key, { rel: shown, now, entry, ids, names, numbered });
  };
  for (const j of sorted.toGrade) add(j.file.rel, true);
  for (const u of sorted.unchanged) add(u.file.rel, false);
  // And inputs --move-done took away, whose rows batch-summary.xlsx keeps: a corrected copy sent again under another name
  // (「代表(改正).xlsx」) counted the same four people twice, at exit 0.
  const taken = new Set([...sorted.toGrade.map((j) => j.file.rel), ...sorted.unchanged.map((u) => u.file.rel)]);
  for (const rel of manifest.keys()) {
    const e = manifest.get(rel)!;
    if (!taken.has(rel) && (e.movedTo || isMovedKey(rel))) add(rel, false, e.movedTo ? `${path.basename(e.movedTo)}(已移到 ${path.dirname(e.movedTo)})` : rel);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
    for (let i = 0; i < group.length; i++) {
      for (let k = i + 1; k < group.length; k++) {
        const [a, b] = [group[i]!, group[k]!];
        if (a.entry.sha256 === b.entry.sha256) continue;
        // Raters' copies (a 主管's and a 同事's, two colleagues' 同事评 of the same people) are said by warnRaterCopies,
        // with the command that combines them. 「请只留一份」 would drop a real rating. Two copies of one rater who is one
        // person (two 主管评) are the same rating twice, said here.
        const [ra, rb] = [a.entry.raterCopy, b.entry.raterCopy];
        if (ra && rb && (ra.rater !== rb.rater || ra.several)) continue;
        // By 工号 and name where both files number their people, else by names.
        const [sa, sb] = a.numbered && b.numbered ? [a.ids, b.ids] : [a.names, b.names];
        if (!sa.size || !sb.size) continue;
        const shared = [...sa].filter((id) => sb.has(id)).length;
        const smaller = Math.min(sa.size, sb.size);
        if (shared < MOSTLY * smaller) continue;
        const month = a.entry.period ?? '月份未注明';
        run.warn(
          `${a.rel} 和 ${b.rel} 是同一张考核表(${a.entry.form},${month})的同一批人(${smaller} 人中 ${shared} 人相同),两份都评了分,` +
            `汇总和人数里这些人算了两次(另存或复制的副本?);请只留一份`,
          a.now || b.now,
        );
      }
    }
  }
}

