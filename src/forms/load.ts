import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import type { FormDef } from '../model/definition.js';
import type { Problem } from '../model/problem.js';
import { fsReason, problem, type ParamsOf } from '../model/problems/index.js';
import { checkFormLimits } from './limits.js';
import { checkFormSemantics } from './semantics.js';
import { expandDefinition } from './expand.js';
import { withCommonFields } from './fields.js';
import { isRecordForm, type RecordFormDef } from '../model/records.js';
import { checkRecordSemantics } from './recordSemantics.js';
import { compileSchema, type Validator } from './jsonSchema.js';
import { duplicateKey } from './jsonKeys.js';
import { shippedForms, templatesDir } from './shipped.js';

export { listForms, listRecordForms, shippedForms, templatesDir } from './shipped.js';

const MAX_DEFINITION_BYTES = 1024 * 1024;

/**
 * A definition's digest: of what it says, not how it is laid out — its JSON with keys in order and no spaces, so a copy
 * an editor re-indented (or a checkout that converts line ends, Git for Windows' default) is the same definition: its
 * templates were refused as 「an edited copy」.
 */
export function definitionDigest(text: string): string {
  return createHash('sha256').update(canonicalJson(JSON.parse(text))).digest('hex').slice(0, 16);
}

/** The digest kpi 0.6.9 and before wrote into marks: of the text, CRLF read as LF. A mark of it is still this definition's. */
export function textDigest(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex').slice(0, 16);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * `digest`: of the definition (16 hex digits of its SHA-256), written into a template's mark (kpi template); `digests`:
 * that and the digest of its text older marks carry, each naming this definition.
 */
export type LoadedForm = { ok: true; form: FormDef; path: string; digest?: string; digests?: string[] } | { ok: false; problems: Problem[] };
/** A form of either kind: per person (parts and items) or of records (rows are records, results per group). */
export type LoadedAnyForm =
  | { ok: true; kind: 'people'; form: FormDef; path: string; digest?: string; digests?: string[] }
  | { ok: true; kind: 'records'; form: RecordFormDef; path: string; digest?: string; digests?: string[] }
  | { ok: false; problems: Problem[] };

/** A log whose rows name their month (counted month by month): several months may be graded as one file. */
export function hasMonths(form: RecordFormDef): boolean {
  return form.records.columns.some((c) => c.month);
}

/** Whether the form reports changes against last month's log (`--previous`). */
export function comparesMonths(form: RecordFormDef): boolean {
  return form.groupings.some((g) => (g.compare?.length ?? 0) > 0);
}

/** What the form-is-records refusal says of a form: several months in one log, or a change against --previous. */
export function monthsAdvice(form: RecordFormDef): { months: boolean; compares?: true } {
  return { months: hasMonths(form), ...(comparesMonths(form) ? { compares: true as const } : {}) };
}

let validator: Promise<Validator> | undefined;

/** Compiled once per process (two definitions read at once share the one compile). */
function schemaValidator(): Promise<Validator> {
  validator ??= (async () => {
    const schema = JSON.parse(await fs.readFile(path.join(templatesDir, 'form.schema.json'), 'utf8'));
    delete schema.$schema;
    // ajv costs 0.1 s to load and more to compile: only a user's own definition file needs it.
    return compileSchema(schema, { verbose: true });
  })();
  // A failure (the schema file unreadable) is not kept: the next definition read tries again.
  validator.catch(() => (validator = undefined));
  return validator;
}

/** A --form value that names a definition file (a path, or a name ending in .json or .JSON), not a shipped form's id. */
export function isDefinitionFile(idOrPath: string): boolean {
  return /[\\/]/.test(idOrPath) || /\.json$/i.test(idOrPath);
}

/** Whether a --form value came from templates/ (a shipped form), told by where it was loaded from. */
export function isShippedPath(file: string): boolean {
  return path.resolve(path.dirname(file)) === path.resolve(templatesDir);
}

/** `idOrPath` is a shipped form id (mattress-cs-monthly) or a path to a user's definition file. Person forms only. */
export async function loadForm(idOrPath: string): Promise<LoadedForm> {
  const any = await loadAnyForm(idOrPath);
  if (!any.ok) return any;
  if (any.kind === 'records') {
    // A shipped id names no file: `file` in --json is a file's path, never a form id.
    return { ok: false, problems: [problem('form-is-records', { case: 'shipped', form: any.form.title, formId: any.form.id, records: any.form.records.label, ...monthsAdvice(any.form) }, /[\\/]|\.json$/i.test(idOrPath) ? { file: idOrPath } : {})] };
  }
  return { ok: true, form: any.form, path: any.path, ...(any.digest ? { digest: any.digest } : {}), ...(any.digests ? { digests: any.digests } : {}) };
}

/** The shipped id a mistyped one most likely meant (mattres-cs-monthly, mattress): a few edits away, or the only id it begins. */
function nearestId(typed: string, ids: readonly string[]): string | undefined {
  const t = typed.toLowerCase();
  const starting = ids.filter((id) => t.length >= 3 && id.startsWith(t));
  if (starting.length === 1) return starting[0];
  // Two ids begin so (cs-dept → cs-dept-monthly, cs-dept-rating): neither is the one meant, nor a third nearby.
  if (starting.length > 1) return undefined;
  let best: { id: string; d: number } | undefined;
  for (const id of ids) {
    const d = editDistance(t, id);
    if (d <= Math.max(2, Math.floor(id.length / 6)) && (!best || d < best.d)) best = { id, d };
  }
  return best?.id;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/** A form of either kind, by shipped id or definition file. */
export async function loadAnyForm(idOrPath: string): Promise<LoadedAnyForm> {
  const looksLikePath = isDefinitionFile(idOrPath);
  if (!looksLikePath) {
    const known = [...(await shippedForms()).keys()];
    if (!known.includes(idOrPath)) {
      // A file of that name here (form.json.txt, a definition saved without .json): it is what the user named.
      if (await fs.stat(idOrPath).then((s) => s.isFile(), () => false)) return loadAnyDefinitionFile(path.resolve(idOrPath));
      const near = nearestId(idOrPath, known);
      return { ok: false, problems: [problem('form-not-found', { formId: idOrPath, forms: known, ...(near ? { near } : {}) }, { file: idOrPath })] };
    }
    return loadAnyDefinitionFile(path.join(templatesDir, `${idOrPath}.json`), { shipped: true });
  }
  return loadAnyDefinitionFile(path.resolve(idOrPath));
}

/**
 * `shipped`: a form from templates/, checked against the schema by the test suite (test/forms), so a
 * run skips ajv and keeps only the semantic checks; a user's file is always checked against the schema.
 */
export async function loadDefinitionFile(file: string, options: { shipped?: boolean } = {}): Promise<LoadedForm> {
  const any = await loadAnyDefinitionFile(file, options);
  if (!any.ok) return any;
  if (any.kind === 'records') return { ok: false, problems: [problem('form-is-records', { case: 'file', definition: file, ...monthsAdvice(any.form) }, { file })] };
  return { ok: true, form: any.form, path: any.path, ...(any.digest ? { digest: any.digest } : {}), ...(any.digests ? { digests: any.digests } : {}) };
}

export async function loadAnyDefinitionFile(file: string, options: { shipped?: boolean } = {}): Promise<LoadedAnyForm> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return fail(file, { case: 'not-a-file', definition: file });
    if (stat.size > MAX_DEFINITION_BYTES) {
      return fail(file, { case: 'too-big', definition: file, size: stat.size, limit: MAX_DEFINITION_BYTES });
    }
    const bytes = await fs.readFile(file);
    // A workbook given where a definition goes (kpi forms march.xlsx): said as such, not as text of another encoding.
    if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')) || bytes.subarray(0, 8).equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'))) {
      return fail(file, { case: 'not-json', definition: file, workbook: true });
    }
    const decoded = definitionText(bytes);
    if (decoded === null) return fail(file, { case: 'not-utf8', definition: file });
    text = decoded;
  } catch (err) {
    return fail(file, { case: 'unreadable', definition: file, reason: fsReason(err) });
  }
  return parseAnyDefinition(text.replace(/^\uFEFF/, ''), file, options);
}

/**
 * A definition's text: UTF-8, or UTF-16 with its byte-order mark (Notepad's 「Unicode」). null for anything else — a
 * GBK file read as UTF-8 loaded as valid with every Chinese label garbled (「̬��」 as a column of the template).
 */
function definitionText(bytes: Buffer): string | null {
  // UTF-32's mark starts as UTF-16's: not read (no editor saves a definition so by default).
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // UTF-16 without its mark: JSON's braces, quotes and ASCII names leave a zero in every other byte.
  // (A CJK character may have a zero byte of its own, 一 is 00 4E: far fewer than the ASCII.)
  if (bytes.length >= 4 && bytes.length % 2 === 0) {
    let [even, odd] = [0, 0];
    bytes.forEach((b, i) => b === 0 && (i % 2 ? odd++ : even++));
    if (odd > bytes.length / 4 && even * 4 < odd) return new TextDecoder('utf-16le').decode(bytes);
    if (even > bytes.length / 4 && odd * 4 < even) return new TextDecoder('utf-16be').decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Where JSON.parse stopped. Most messages give the position; some (a comma before 「]」, 「tru」) quote the text around it
 * instead — 「Unexpected token ']', ..."<10 characters>]<more>"... is not valid JSON」 — and the place is found from the
 * quote (only the line and column are said: the file's text is never echoed).
 */
export function jsonErrorPlace(text: string, message: string): { line?: number; column?: number; empty?: true; cause?: JsonSlip } {
  const m = /position (\d+)/.exec(message);
  const quoted = m ? null : /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  let pos: number | null = m ? Number(m[1]) : null;
  if (quoted) {
    const [, token, cut, around] = quoted as unknown as [string, string, string | undefined, string];
    const at = text.indexOf(around);
    // V8 quotes 10 characters before the token when it cuts the text short, else from the start.
    const within = cut ? 10 : around.indexOf(token);
    if (at >= 0 && within >= 0) pos = at + within;
  }
  if (pos === null && text.trim() !== '' && /end of JSON input/i.test(message)) pos = text.trimEnd().length;
  if (pos === null) return text.trim() === '' ? { empty: true } : {};
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  // More after the whole definition closed: a 「}」 or 「]」 too many before here ended it early — or text, a second {…}.
  const cause = /after JSON/i.test(message) ? (/^[}\],]/.test(text.slice(pos)) ? 'extra-close' : 'after-end') : jsonSlip(text, pos);
  return { line, column, ...(cause ? { cause } : {}) };
}

export type JsonSlip = 'cn-quote' | 'cn-punct' | 'wide-space' | 'trailing-comma' | 'extra-comma' | 'open-quote' | 'unclosed' | 'single-quote' | 'comment' | 'bare-key' | 'missing-comma' | 'extra-close' | 'after-end' | 'control-in-text' | 'bad-number';

/** What a person most likely typed wrong where the parser stopped: a Chinese keyboard's quotes or punctuation, a comma too many. */
function jsonSlip(text: string, pos: number): JsonSlip | undefined {
  const ch = text[pos];
  if (ch === undefined || text.slice(pos).trim() === '') return 'unclosed';
  if (/[“”‘’「」]/.test(ch)) return 'cn-quote';
  if (/[\uff0c\uff1a\uff1b\u3001]/.test(ch)) return 'cn-punct';
  // A full-width space (a Chinese input method's) or a no-break space where a space goes: JSON knows only the plain one.
  if (/[\u3000\u00a0\u2000-\u200b\u202f\u205f\ufeff]/.test(ch)) return 'wide-space';
  if ((ch === '}' || ch === ']') && /,\s*$/.test(text.slice(0, pos))) return 'trailing-comma';
  if (ch === ',' && /[,[{]\s*$/.test(text.slice(0, pos))) return 'extra-comma';
  // A line break inside a text: its closing quote is missing (「"label": "表格管理,」).
  if (ch === '\n' || ch === '\r') return 'open-quote';
  // A tab (or another control character) typed inside a text: JSON wants it written as \t.
  if (/[\x00-\x1f]/.test(ch)) return 'control-in-text';
  if (ch === "'") return 'single-quote';
  if (ch === '/' && (text[pos + 1] === '/' || text[pos + 1] === '*')) return 'comment';
  const before = text.slice(0, pos).replace(/\s+$/, '');
  // A name without quotes after 「{」 or 「,」 (label: "…").
  if (/[{,]$/.test(before) && /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff]*\s*:/.test(text.slice(pos))) return 'bare-key';
  // A value or a 「}」 ended, and the next name or value began without its comma.
  if (/["\d\]}el]$/.test(before) && /^["{[\d-]/.test(ch) && /\n/.test(text.slice(before.length, pos))) return 'missing-comma';
  if ((ch === '}' || ch === ']') && /[}\]]$/.test(before)) return 'extra-close';
  const leadingZero = /\d/.test(ch) && /[:[,]\s*-?0$/.test(text.slice(0, pos));
  if (/[\uff10-\uff19+.%％]/.test(ch) || text.startsWith('NaN', pos) || text.startsWith('Infinity', pos) || leadingZero) return 'bad-number';
  return undefined;
}

export async function parseDefinition(text: string, file: string, options: { shipped?: boolean } = {}): Promise<LoadedForm> {
  const any = await parseAnyDefinition(text, file, options);
  if (!any.ok) return any;
  if (any.kind === 'records') return { ok: false, problems: [problem('form-is-records', { case: 'file', definition: file, ...monthsAdvice(any.form) }, { file })] };
  return { ok: true, form: any.form, path: any.path, ...(any.digest ? { digest: any.digest } : {}), ...(any.digests ? { digests: any.digests } : {}) };
}

export async function parseAnyDefinition(text: string, file: string, options: { shipped?: boolean } = {}): Promise<LoadedAnyForm> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    // Only where: JSON.parse's message quotes the file's text, which must never be echoed (it may be any file).
    return fail(file, { case: 'not-json', definition: file, ...jsonErrorPlace(text, (err as Error).message) });
  }
  // The schema's checker recurses into the data: a formula nested a thousand deep overflowed the stack (内部错误).
  const deep = deepestPath(data, MAX_DEFINITION_DEPTH);
  if (deep) return fail(file, { case: 'at', definition: file, path: deep.length > 80 ? `${deep.slice(0, 48)}…${deep.slice(-24)}` : deep, detail: `嵌套超过 ${MAX_DEFINITION_DEPTH} 层(内置的表最多 14 层);请把公式拆成几个 derived 字段` });
  const twice = duplicateKey(text);
  if (twice) return fail(file, { case: 'at', definition: file, path: twice.path, detail: `字段「${twice.key}」写了两次(第二个在第 ${twice.line} 行):JSON 只取后一个,前一个被悄悄忽略;请删去不要的一个` });
  const validate = options.shipped ? null : await schemaValidator();
  if (validate && !validate(data)) {
    const said = new Set<string>();
    const all = schemaErrors(validate.errors ?? [])
      .map((e) => ({ path: jsonPath(e.instancePath), detail: 'detail' in e ? e.detail : (misspeltField(e) ?? describeSchemaError(e)) }))
      .filter((e) => !said.has(`${e.path}\u0000${e.detail}`) && said.add(`${e.path}\u0000${e.detail}`));
    const problems = all.slice(0, SCHEMA_PROBLEM_LIMIT).map((e) => problem('definition-invalid', { case: 'at', definition: file, path: e.path, detail: e.detail }, { file }));
    // 50 lines and no word of the rest: fixed, the definition was refused again for places never shown.
    if (all.length > SCHEMA_PROBLEM_LIMIT) problems.push(problem('definition-invalid', { case: 'more', definition: file, count: all.length - SCHEMA_PROBLEM_LIMIT }, { file }));
    return { ok: false, problems };
  }
  if (isRecordForm(data)) {
    const problems = checkRecordSemantics(data).map((p) => problem('definition-invalid', { case: 'at', definition: file, path: p.path, detail: p.message }, { file }));
    return problems.length ? { ok: false, problems } : { ok: true, kind: 'records', form: data, path: file, ...digestsOf(text) };
  }
  const form = withCommonFields(data as FormDef);
  // Limits first: what is built from a definition far over them is what costs (see limits.ts).
  const over = checkFormLimits(form);
  const problems = (over.length ? over : checkFormSemantics(form)).map((p) =>
    problem('definition-invalid', { case: 'at', definition: file, path: p.path, detail: p.message }, { file }),
  );
  if (problems.length) return { ok: false, problems };
  return { ok: true, kind: 'people', form: expandDefinition(form), path: file, ...digestsOf(text) };
}

function digestsOf(text: string): { digest: string; digests: string[] } {
  const digest = definitionDigest(text);
  return { digest, digests: [digest, textDigest(text)] };
}

/** How many places of a definition the schema refuses are listed. */
const SCHEMA_PROBLEM_LIMIT = 50;

/** How deep a definition may nest (objects and lists): the shipped forms reach 14. */
export const MAX_DEFINITION_DEPTH = 64;

/** The JSON path where `data` nests deeper than `limit`, or null; iterative, whatever the depth. */
function deepestPath(data: unknown, limit: number): string | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: data, path: '$', depth: 0 }];
  while (stack.length) {
    const { value, path: at, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limit) return at;
    const entries = Array.isArray(value) ? value.map((v, i) => [`[${i}]`, v] as const) : Object.entries(value).map(([k, v]) => [/^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`, v] as const);
    for (const [step, v] of entries) stack.push({ value: v, path: `${at}${step}`, depth: depth + 1 });
  }
  return null;
}

function fail(file: string, fields: ParamsOf<'definition-invalid'>): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [problem('definition-invalid', fields, { file })] };
}

/** `/parts/0/items/2/rule` → `$.parts[0].items[2].rule`: how editors and jq name a place in JSON. */
export function jsonPath(pointer: string): string {
  if (!pointer) return '$';
  return (
    '$' +
    pointer
      .split('/')
      .slice(1)
      .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((seg) => (/^\d+$/.test(seg) ? `[${seg}]` : /^[A-Za-z_$][\w$]*$/.test(seg) ? `.${seg}` : `[${JSON.stringify(seg)}]`))
      .join('')
  );
}

// if/then wrappers repeat what the branch already said.
function usefulError(e: ErrorObject): boolean {
  return e.keyword !== 'if' && e.keyword !== 'oneOf';
}

/**
 * The errors worth saying. Where a field may take one of two shapes (grades: {bands} or {scale}), the checker reports
 * each shape's complaints: a 「min」 typed as "90" in bands also read as 「缺少 scale」「不认识 bands」. When something
 * inside the field is wrong, the shape was recognised: only that is said. When only the shape is, and it names two
 * shapes' fields at once, that is said in one sentence.
 */
function schemaErrors(errors: readonly ErrorObject[]): Array<ErrorObject | { instancePath: string; detail: string }> {
  const shapes = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const out: Array<ErrorObject | { instancePath: string; detail: string }> = [];
  const merged = new Set<string>();
  // No 「kind」: every kind's fields are said missing or unknown (15 lines for a band rule). The kind alone is.
  const kindless = new Set(errors.filter((x) => x.keyword === 'required' && keyOf(x) === 'kind').map((x) => x.instancePath));
  for (const e of errors.filter(usefulError)) {
    const at = e.instancePath;
    if (kindless.has(at)) {
      if (e.keyword === 'required' && keyOf(e) === 'kind' && !merged.has(`${at}\u0000kind`)) out.push(e);
      merged.add(`${at}\u0000kind`);
      continue;
    }
    const shapeError = shapes.has(at) && (e.keyword === 'required' || e.keyword === 'additionalProperties');
    if (!shapeError) {
      // A field typed wrong (「lable」, a top-level 「grade」) is both 「缺少 label」 and 「不认识 lable」: said once, as the slip.
      const slip = e.keyword === 'required' || e.keyword === 'additionalProperties' ? slipAt(errors, at) : null;
      if (slip && (e.keyword === 'required' ? slip[1] : slip[0]) === keyOf(e)) {
        if (!merged.has(`${at}\u0000${slip[0]}`)) out.push({ instancePath: at, detail: `不认识的字段「${slip[0]}」,是不是「${slip[1]}」?` });
        merged.add(`${at}\u0000${slip[0]}`);
        continue;
      }
      out.push(e);
      continue;
    }
    if (errors.some((x) => x.instancePath.startsWith(`${at}/`))) continue;
    const here = errors.filter((x) => x.instancePath === at && (x.keyword === 'required' || x.keyword === 'additionalProperties'));
    // A field one shape takes (bands) beside a misspelt one (bandz): that shape is meant; only what no shape takes is said
    // (it came with the other shape's 「缺少 scale」 and 「不认识 bands」).
    const unknownIn = new Map<string, number>();
    for (const x of here) if (x.keyword === 'additionalProperties') unknownIn.set(keyOf(x), (unknownIn.get(keyOf(x)) ?? 0) + 1);
    const most = Math.max(0, ...unknownIn.values());
    if (most > 1 && [...unknownIn.values()].some((n) => n < most)) {
      if (!merged.has(at)) for (const [k, n] of unknownIn) if (n === most) out.push({ instancePath: at, detail: `不认识的字段「${k}」(拼写错误?)` });
      merged.add(at);
      continue;
    }
    const extra = [...unknownIn.keys()];
    // A misspelt field of one shape (「scalez」, 「bandz」) also reads as the other shape's field missing: said as the slip.
    const slip = slipAt(errors, at);
    if (slip) {
      if (!merged.has(at)) out.push({ instancePath: at, detail: `不认识的字段「${slip[0]}」,是不是「${slip[1]}」?` });
      merged.add(at);
      continue;
    }
    if (here.every((x) => x.keyword === 'additionalProperties') && extra.length >= 2) {
      if (!merged.has(at)) out.push({ instancePath: at, detail: `${extra.map((x) => `「${x}」`).join('和')}是两种写法,只能写其中一种` });
      merged.add(at);
      continue;
    }
    out.push(e);
  }
  return out;
}

/** The field a required / additionalProperties error names. */
function keyOf(e: ErrorObject): string {
  const p = e.params as { missingProperty?: string; additionalProperty?: string };
  return String(p.missingProperty ?? p.additionalProperty ?? '');
}

/** At one place, an unknown field that is a missing required field misspelt: [typed, meant]. */
function slipAt(errors: readonly ErrorObject[], at: string): readonly [string, string] | null {
  const here = errors.filter((x) => x.instancePath === at);
  const extra = here.filter((x) => x.keyword === 'additionalProperties').map(keyOf);
  const missing = here.filter((x) => x.keyword === 'required').map(keyOf);
  return extra.flatMap((x) => missing.filter((m) => nearSpelling(x, m)).map((m) => [x, m] as const))[0] ?? null;
}

/**
 * An unknown field that is one the place takes, misspelt and not written beside it (「mni」 for an optional
 * 「min」): said as the slip. A required field misspelt is found by slipAt, from the 「缺少」 error it also makes.
 */
function misspeltField(e: ErrorObject): string | null {
  if (e.keyword !== 'additionalProperties') return null;
  const typed = keyOf(e);
  const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  const here = e.data;
  const written = new Set(Object.keys(here && typeof here === 'object' ? here : {}));
  const meant = known.find((k) => k !== typed && !written.has(k) && nearSpelling(typed, k));
  return meant ? `不认识的字段「${typed}」,是不是「${meant}」?` : null;
}

/** One letter added, dropped, changed or swapped with its neighbour, or one name inside the other (「band」 for 「bands」). */
function nearSpelling(typed: string, known: string): boolean {
  const a = typed.toLowerCase();
  const b = known.toLowerCase();
  if (a === b || a.includes(b) || b.includes(a)) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  // A letter changed, added or dropped, or two neighbours swapped (「lable」, 「mni」).
  const swapped = a.length === b.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return swapped || a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

const JSON_TYPES: Record<string, string> = {
  number: '数字(不加引号)', integer: '整数(不加引号)', string: '文字(加英文双引号)', boolean: 'true 或 false(不加引号)',
  array: '列表 [ … ]', object: '{ … }', null: 'null',
};

/** What a schema's patterns ask for, in words (「格式不对(应匹配 ^[A-Za-z]…)」 told a team nothing). */
const PATTERN_WORDS: Record<string, string> = {
  '^[A-Za-z][A-Za-z0-9_-]{0,63}$': '应以英文字母开头,只用英文字母、数字、- 和 _(最长 64 个字符),如 my-form;中文名称请写在 title 或 label 里',
  '^[0-9A-Za-z.+-]{1,40}$': '应只用数字、英文字母和 . + -(如 1.0.0)',
  '^[^\\[\\]:*?/\\\\]+$': '工作表名称不能含 [ ] : * ? / \\ 这些字符(Excel 的规定)',
};

function describeSchemaError(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `缺少必填字段「${p.missingProperty}」`;
    case 'additionalProperties':
      return `不认识的字段「${p.additionalProperty}」(拼写错误?)`;
    case 'type':
      // In words a person editing JSON acts on (「应为数字,不加引号」), the schema's name after it.
      return `应为${String(p.type).split(',').map((t) => JSON_TYPES[t] ?? t).join('或')}(${p.type})`;
    case 'enum':
      return `取值应为 ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(' / ')} 之一`;
    case 'const':
      return `取值应为 ${JSON.stringify(p.allowedValue)}`;
    case 'minimum':
    case 'maximum':
      // A part's weight written as a percentage (80 for 0.8, as the catalog writes 85%): said how to write it.
      if (e.keyword === 'maximum' && p.limit === 1 && /\.weight$/.test(e.instancePath.replace(/\//g, '.')) && typeof e.data === 'number' && e.data >= 2 && e.data <= 100) {
        return `数值应不大于 1:权重写成小数(${e.data}% 写作 ${Number((e.data / 100).toFixed(4))})`;
      }
      return `数值应${e.keyword === 'minimum' ? '不小于' : '不大于'} ${p.limit}`;
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `数值应${e.keyword === 'exclusiveMinimum' ? '大于' : '小于'} ${p.limit}`;
    case 'maxItems':
      return `数组最多 ${p.limit} 项`;
    case 'minItems':
      return `数组至少 ${p.limit} 项`;
    case 'maxLength':
      return `文字最长 ${p.limit} 个字符`;
    case 'minLength':
      return `不能为空`;
    case 'pattern':
      return PATTERN_WORDS[String(p.pattern)] ?? `格式不对(应匹配 ${p.pattern})`;
    default:
      return e.message ?? e.keyword;
  }
}
