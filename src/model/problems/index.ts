// Problems are values: a code, its structured fields and a location. The sentence is rendered from the
// catalogue, once with the location (the `message` of --json, stderr) and once without it (the console's
// message column, the 问题 sheet, cell notes), so nothing has to strip a location out of a sentence again.
import type { Location } from '../location.js';
import type { Problem } from '../problem.js';
import { PROBLEMS, type ProblemCode } from './catalog.js';
import { where } from './fields.js';
import { SEVERITY_NAMES, type At, type ProblemLang, type ProblemSpec, type Severity } from './spec.js';

export { SEVERITY_NAMES, type ProblemLang, type Severity } from './spec.js';
export type { ProblemCode } from './catalog.js';
export { fsReason, type FsReason } from './fsReason.js';
export type { Accepts, Subject } from './fields.js';


/** The structured fields of one code, as its catalogue entry declares them. */
export type ParamsOf<C extends ProblemCode> = (typeof PROBLEMS)[C] extends ProblemSpec<infer P> ? P : never;

/**
 * Fields any problem may carry besides its own, when a caller puts it in context: the file (and month) it came
 * from in a run over several files, a pay file, a rater whose scores do not count, a text file named .xlsx.
 */
export interface Frame {
  source?: { name: string; month?: string; pay?: true };
  notCounted?: string;
  /** A word on what the problem does not change (a log's column no figure reads: the row still counts). */
  aside?: string;
  disguised?: { ext: string; content: 'html' | 'text' };
}

type Extra = Partial<Pick<Problem, 'person' | 'item'>> & { severity?: Severity; frame?: Frame };

function entry(code: string): ProblemSpec<object> | undefined {
  return (PROBLEMS as Record<string, ProblemSpec<object>>)[code];
}

/** A problem of `code` with its fields, located at `at`; the message is rendered from the catalogue. */
export function problem<C extends ProblemCode>(code: C, params: ParamsOf<C>, at: Location = {}, extra: Extra = {}): Problem {
  const spec = entry(code)!;
  const { severity = spec.severity, frame, ...who } = extra;
  const p: Problem = { severity, code, message: '' };
  if (at.file !== undefined) p.file = at.file;
  if (at.sheet !== undefined) p.sheet = at.sheet;
  if (at.cell !== undefined) p.cell = at.cell;
  Object.assign(p, who);
  const fields = params as object;
  p.params = (frame ? { ...fields, ...frame } : fields) as Record<string, unknown>;
  const expected = spec.expected?.(fields);
  const actual = spec.actual?.(fields);
  if (expected !== undefined) p.expected = expected;
  if (actual !== undefined) p.actual = actual;
  p.message = problemMessage(p);
  return p;
}

/** The same problem in a wider context (see Frame), or with another severity; its message rendered anew. */
export function reframe(p: Problem, frame: Frame, severity: Severity = p.severity): Problem {
  const q: Problem = { ...p, severity, params: { ...(p.params ?? {}), ...frame } };
  // A problem without fields (read back from an older manifest) has its sentence wrapped as it is.
  q.message = p.params && entry(p.code) ? problemMessage(q) : framed(p.message, frame, '', '');
  return q;
}

/** The same problem with more of its fields known (the file's name, found by a caller), or at another place. */
export function amend(p: Problem, fields: object, at: Location = {}): Problem {
  const params = { ...(p.params ?? {}), ...fields } as Record<string, unknown>;
  const q: Problem = { ...p, ...at, params };
  const spec = entry(p.code);
  if (!spec) return q;
  const expected = spec.expected?.(params);
  const actual = spec.actual?.(params);
  if (expected !== undefined) q.expected = expected;
  if (actual !== undefined) q.actual = actual;
  q.message = problemMessage(q);
  return q;
}

function framed(text: string, f: Frame, located: string, person: string, file?: string): string {
  let s = person ? `${person}:${text}` : text;
  if (located) s = `${located}:${s}`;
  if (f.source) s = f.source.pay ? `工资文件 ${s}` : `${f.source.name}${f.source.month ? `(${f.source.month})` : ''}:${s}`;
  if (f.notCounted) s = `${s}(${f.notCounted}不计分)`;
  if (f.aside) s = `${s}(${f.aside})`;
  if (f.disguised) {
    // First, right after the file's name: what the file is, before 「认不出是哪种考核表…可选:」 and the 29 ids after it.
    const note = `此文件扩展名是 ${f.disguised.ext},但内容是${f.disguised.content === 'html' ? '网页(HTML)' : '纯文本'},不是 Excel 工作簿`;
    const name = file ? `${file.split(/[\\/]/).pop()}:` : '';
    s = name && s.startsWith(name) ? `${name}${note};${s.slice(name.length)}` : `${note};${s}`;
  }
  return s;
}

function render(p: Problem, lang: ProblemLang, whole: boolean): string {
  const spec = entry(p.code);
  if (!spec || !p.params) return whole ? p.message : withoutPlace(p);
  const at: At = { file: p.file, sheet: p.sheet, cell: p.cell };
  const template = (lang === 'en' && spec.en) || spec.zh;
  const text = template(p.params, at);
  return framed(text, p.params as Frame, whole && (typeof spec.located === 'function' ? spec.located(p.params) : spec.located) ? where(at) : '', whole && spec.named && p.person ? p.person : '', p.file);
}

/**
 * A problem without fields (read back from a manifest written by an older kpi): its sentence with the location
 * and person it starts with taken off, as the 问题 sheet shows them in columns of their own.
 */
function withoutPlace(p: Pick<Problem, 'message' | 'sheet' | 'cell' | 'person'>): string {
  let m = p.message;
  const prefixes = [p.sheet && p.cell ? `${p.sheet}!${p.cell}` : '', p.cell ?? '', p.sheet ?? '', p.person ?? ''].filter(Boolean);
  for (let again = true; again; ) {
    again = false;
    for (const prefix of prefixes) {
      for (const sep of [':', ':', ' ']) {
        if (m.startsWith(prefix + sep) && m.length > prefix.length + 1) {
          m = m.slice(prefix.length + sep.length).trimStart();
          again = true;
        }
      }
    }
  }
  return m;
}

/**
 * What is wrong, without the file it is said of or the advice after it (「认不出是哪种考核表(…)」): quoted inside another
 * sentence that says what to do instead (a readme.txt among raters' copies or months).
 */
export function whatIsWrong(p: Problem): string {
  return p.message.replace(/^[^:]*:/, '').split('。')[0]!;
}

/** The whole sentence, starting with where it is: 3月!E7:「工作纪律·旷工」应为…. */
export function problemMessage(p: Problem, lang: ProblemLang = 'zh'): string {
  return render(p, lang, true);
}

/** The sentence without the location, for places that show the location in a column of their own. */
export function problemText(p: Problem, lang: ProblemLang = 'zh'): string {
  return render(p, lang, false);
}

/** The short name of a code (问题 column); a code kpi does not know reads as itself. */
export function codeName(code: string, lang: ProblemLang = 'zh'): string {
  return entry(code)?.name[lang] ?? code;
}

export function severityName(severity: Severity, lang: ProblemLang = 'zh'): string {
  return SEVERITY_NAMES[lang][severity];
}

/** Every code of the catalogue, for tests and documentation. */
export const PROBLEM_CODES = Object.keys(PROBLEMS) as ProblemCode[];

export function specOf(code: ProblemCode): ProblemSpec<object> {
  return entry(code)!;
}
