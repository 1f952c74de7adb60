import type { PersonResult } from '../model/result.js';
import type { Problem } from '../model/problem.js';
import type { DistributionLimitDef } from '../model/definition.js';
import type { Breach } from '../engine/distribution.js';
import type { DataInfo } from './readExport.js';
import type { GroupResult } from '../engine/groups/result.js';
import { rankingEnds, summarizeTotals, type TotalsSummary } from '../engine/stats.js';

/** A grouping of a record form as outputs describe it (its groups are in GradeReport.groups). */
export interface GroupingSummary {
  id: string;
  label: string;
  /** An inner stage (§22 questionnaires): in --json, not a sheet or a console table. */
  hidden: boolean;
  by: string[];
  figures: Array<{ id: string; label: string; agg: string; format?: 'percent' | 'number' | 'integer' }>;
  band?: { figure: string; scale: string };
  bands?: Record<string, number>;
}

/** What grading one file produced: the same data the console, --json, the graded workbook and batch reports render. */
export interface GradeReport {
  form: string;
  formVersion: string;
  formTitle: string;
  /** The digest of the definition file --form gave (forms/load.ts): marked in the graded workbook. */
  formDigest?: string;
  /** What one row or sheet scores when it is not a person (管理处, 项目, 团队): the label of the form's `subject`. */
  subject?: string;
  input: string;
  /** Raters in separate files: every copy combined (input is the first). */
  inputs?: string[];
  /** The file is one rater's copy (its 评分人 names one group of several), scored alone: that rater's label. */
  raterCopy?: string;
  /** That rater is a group several people fill (同事评, 面试官): two copies of it are two ratings, not one twice. */
  raterCopyOfSeveral?: true;
  output: string | null;
  people: PersonResult[];
  /** Count per band label, in the scale's order, including zero counts. */
  bands: Record<string, number>;
  /** Every problem of the file, people's included. */
  problems: Problem[];
  layout: 'form' | 'roster' | 'csv' | 'html';
  encoding?: string;
  delimiter?: string;
  /** 强制分布: the limits checked (definition and --limit) and where they are exceeded. */
  distribution?: { limits: DistributionLimitDef[]; breaches: Breach[] };
  /** 考核月份: --period, else as the forms give it. */
  period?: string;
  /** The input was a workbook kpi had graded: kpi's earlier additions were removed before grading. */
  regraded?: boolean;
  /** §11: the export the figures were joined from. */
  data?: DataInfo;
  /** Record forms (rows are records): rows read, and how many could not be counted. `people` is then empty. */
  records?: { label: string; total: number; ok: number; error: number };
  /** Record forms: the groupings, and every group's figures, band and explanation. */
  groupings?: GroupingSummary[];
  groups?: GroupResult[];
  /** Record forms: last month's file the changes are taken against (--previous). */
  previous?: string;
  /**
   * `people` holds only the best and the lowest of the ranking (GradeOptions.digest): how many people there
   * are, and the statistics of all of them.
   */
  digest?: { people: number; totals: TotalsSummary; topTied?: number; bottomTied?: number };
  /** `problems` holds only the first of them (GradeOptions.digest.problems): how many there are, of each severity. */
  problemsCut?: ProblemCounts;
}

export interface ProblemCounts {
  total: number;
  errors: number;
  warnings: number;
}

/** A file that could not be graded at all carries one problem saying why (Chinese, one line). */
export type GradeOutcome = { ok: true; report: GradeReport } | { ok: false; failure: Problem };

export interface GradeOptions {
  /**
   * Called once the input is known to take the fast path (a large roster or table), before it is scored and
   * written: a grading thread bounds its heap's growth then (batch/worker.ts). Not sent between threads.
   */
  onLargeInput?: () => void;
  /**
   * Called as the complete graded workbook takes its name (just before the rename from its temporary): from then on a signal must
   * not stop the run as unfinished (kpi score's worker: exit 143 left the complete workbook and no summary). Not sent
   * between threads.
   */
  onWritten?: () => void;
  /**
   * The caller shows a long ranking by its ends (the console past 50 people): a grading thread sends back only
   * the `ends` best and lowest people and the statistics of all, not 50,000 results copied to the main thread.
   */
  digest?: { limit: number; ends: number; problems?: number };
  /**
   * The caller needs each person's figures, band, status and problems, not their items (kpi batch: its summary
   * and manifest): a grading thread sends the people without items and parts, a third of its copying.
   */
  withoutItems?: boolean;
  /** A form id from templates/ or a path to a definition file; absent = read from the workbook's metadata. */
  form?: string;
  /** Output path; absent = <name>.graded.xlsx beside the input. null = write nothing (dry run). */
  output?: string | null;
  force?: boolean;
  /** Largest uncompressed workbook part / text file accepted, bytes. */
  maxSize?: number;
  /** Overrides CSV encoding detection (utf-8, gb18030, utf-16le). */
  encoding?: string;
  /** A .csv/.xlsx of 工号 or 姓名 → 绩效基数, 基本工资 (§14): adds 绩效奖金 and 工资总额. */
  pay?: string;
  /** Grade hidden sheets too (by default they are left out and the problems say so). */
  includeHidden?: boolean;
  /** 强制分布 limits given on the command line (--limit 优秀=20%), over the definition's. */
  limits?: DistributionLimitDef[];
  /**
   * How an .xlsx is read and written: 'auto' (default, or KPI_WRITER in the environment) takes the fast
   * path (src/io/fast) for a worksheet of 2 MB or more; 'package' takes it at any size; 'exceljs' never.
   * The fast path falls back to exceljs for whatever it cannot write the same way.
   */
  writer?: 'auto' | 'package' | 'exceljs';
  /** 考核月份 for the graded workbook's title, e.g. 2026-03; absent = from the forms' header. */
  period?: string;
  /** §11: a second file holding the export the form's figures come from (--data). */
  data?: string;
  /** When the file was graded (shown in 汇总); absent = now. */
  gradedAt?: Date;
  /** How many problem cells get a note (the rest their fill only); absent = MAX_PROBLEM_NOTES (src/io/graded/results.ts). */
  problemNotes?: number;
  /** Record forms: last month's filled or graded file; adds the change per compared figure. */
  previous?: string;
}

/** The report as the caller asked for it (GradeOptions.digest, withoutItems): what a grading thread sends back. */
export function reportForCaller(report: GradeReport, options: Pick<GradeOptions, 'digest' | 'withoutItems'>): GradeReport {
  const r = options.digest ? digestOf(report, options.digest) : report;
  return options.withoutItems ? { ...r, people: r.people.map((p) => ({ ...p, items: [], parts: [] })) } : r;
}

/** `report` with only the `ends` best and lowest people (in their order) when it has more than `limit`. */
export function digestOf(report: GradeReport, digest: { limit: number; ends: number; problems?: number }): GradeReport {
  const cut = problemsCut(report, digest.problems);
  if (report.digest || report.people.length <= digest.limit) return cut;
  report = cut;
  // Ranked as the console ranks them (by total100, best first, ties in the order read), with the ties each cut leaves out.
  const { top, bottom, topTied, bottomTied } = rankingEnds(report.people, digest.ends);
  const kept = new Set([...top, ...bottom]);
  const ties = { ...(topTied ? { topTied } : {}), ...(bottomTied ? { bottomTied } : {}) };
  return { ...report, people: report.people.filter((p) => kept.has(p)), digest: { people: report.people.length, totals: summarizeTotals(report.people), ...ties } };
}

/**
 * `report` with only its first `limit` problems, and how many there are (the console lists 50 and counts the rest):
 * a roster of 50,000 with 25,000 warnings copied them all to the main thread, 30 MB at the run's peak.
 */
export function problemsCut(report: GradeReport, limit: number | undefined): GradeReport {
  if (limit === undefined || report.problemsCut || report.problems.length <= limit) return report;
  return { ...report, problems: report.problems.slice(0, limit), problemsCut: countProblems(report.problems) };
}

/** How many problems there are, and how many of them errors and warnings. */
export function countProblems(problems: Problem[]): ProblemCounts {
  return { total: problems.length, errors: problems.filter((p) => p.severity === 'error').length, warnings: problems.filter((p) => p.severity === 'warning').length };
}
