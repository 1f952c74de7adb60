// THE catalogue of problem codes: code → usual severity → short name → message (zh-CN; en where written) →
// structured fields. Every problem kpi reports is built from an entry here (problem() in make.ts), so adding a
// code is adding one entry; a site names the code and gives the fields, never a sentence. `located` entries
// are prefixed with where the cell is (3月!E7:) by the renderer; the 问题 sheet, cell notes and the console
// show the location in their own column and the sentence without it.
import { exact, expectationZh, num, percent, q, shellWord, signed, someZh, subjectZh, type Accepts, type Subject } from './fields.js';
import type { FsReason } from './fsReason.js';
import { folderReasonZh, readReasonZh, writeReasonZh } from './fsReason.js';
import { spec } from './spec.js';
import { HIDDEN_BY_FORMAT } from '../shown.js';

/**
 * How to score by the team's own numbers: with a built-in form, a copy of its definition; with the team's own definition
 * already given (--form mine.json), that file — or a template made again from it when the sheet was made before an edit
 * (「请用自己的表单定义评分(--form 你的定义.json)」 to a user who had passed exactly that).
 */
/** A mark under the item's points that reads two ways: as the rating (4 ÷ 10 × 5 = 2 分) or as the points (4 分). */
function ratedOrPoints(p: { value: string; item: string; max: number; rated?: number; said: number; percent?: true }): string {
  const v = Number(p.value.normalize('NFKC').replace(/分$/, ''));
  const noted = p.percent ? `权重 ${p.said}%` : ` ${p.said} 分`;
  return Number.isFinite(v)
    ? `列名写的是「${p.item}」的${noted},按本表的评分读是 ${p.value} ÷ ${p.rated} × ${num(p.max)} = ${num((v / p.rated!) * p.max)} 分,按得分读是 ${p.value} 分`
    : `列名写的是「${p.item}」的${noted},本表这里填 ${p.rated} 分制的评分`;
}

function ownDefinition(p: { own?: string }, change: string): string {
  return p.own
    ? `请在你的定义 ${p.own} 里${change};若是改过定义而表是按改动前的定义生成的,请用 kpi template ${p.own} 重新生成模板后再填`
    : `请用自己的表单定义评分(复制 templates 中的定义,${change},--form 你的定义.json)`;
}

/** A value read from one cell: what it should be and what it was (as shown, at most 60 characters). */
type CellValue = Subject & { accepts: Accepts; value: string };

/** A form the file looks like (a built-in), or the team's own definition its template was made from (`own`: an id). */
type Fits = { form: string; formId: string; own?: true };

/** What --form should have been: a built-in's id, or the file of the team's definition the template names. */
const fitsAdvice = (f: Fits) =>
  f.own
    ? `这份模板是用自己的考核表定义「${f.formId}」生成的:是不是 --form 给错了?请用 --form 给出那份定义文件(如 --form ${f.formId}.json)`
    : `这份表像是「${f.form}」(${f.formId}):是不是 --form 给错了?请改为 --form ${f.formId},或去掉 --form`;

const valueZh = (found: (v: string) => string) => (p: CellValue) => `${subjectZh(p)}${expectationZh(p.accepts, p.value)},实际为${found(p.value)}`;
const positiveZh = (p: { positive?: true }) => (p.positive ? ';减分请填正数(扣 2 分填 2),这一项从总分中减去' : '');
const cellValue = { expected: (p: CellValue) => expectationZh(p.accepts, p.value), actual: (p: CellValue) => p.value };

/** A band over (max) or under (min) its share of 强制分布, with the people at the line by their exact totals. */
export interface Breach {
  /** '' = everyone; otherwise the department. */
  department: string;
  band: string;
  kind: 'max' | 'min';
  /** The limit as a fraction (0.2 = 20 %). */
  limit: number;
  people: number;
  count: number;
  /** Most people the band may have (max) or fewest it must have (min). */
  allowed: number;
  /** beyond: among those a strict distribution would move (the lowest of too many, the closest of too few). */
  boundary: Array<{ id: string; name: string; department: string; band: string; total: number; beyond: boolean }>;
}
const limitRule = (b: Breach) => `${b.kind === 'max' ? '至多' : '至少'} ${percent(b.limit)}`;

/** The file's shown name (no folders), the usual start of a file's message. */
type Named = { name: string };
/** What a 状态 that record-void-unclear refuses says, by its case: the sentence before 「,这一条不计入」. */
const UNCLEAR_VOID = {
  restore: (records: string) => `既说作废又说恢复,看不出这一条${records}最后算不算`,
  're-entry': (records: string) => `说了作废又说重新录入,看不出这一条${records}是作废的那一条,还是重新录入后算数的那一条`,
  withdrawn: (records: string) => `说了作废又说不用作废,看不出这一条${records}最后作废了没有`,
  asked: (records: string) => `说了作废,又问还算不算,看不出这一条${records}最后算不算`,
};
/** A 是否有效 / 是否作废 answered 是 / 否 with a reason saying the opposite (review 63: said 「既说作废又说恢复」 before). */
const UNCLEAR_ANSWER = (a: { word: string; valid: boolean }, records: string) =>
  a.valid
    ? `答的是「${a.word}」(有效),后面的话却说作废或不计,看不出这一条${records}算不算`
    : `答的是「${a.word}」(作废),后面的话却说有效或已恢复,看不出这一条${records}算不算`;
const SAVE_AS_XLSX = '请用 Excel/WPS 打开后另存为 .xlsx';
const NOT_A_TABLE = '不是表格。请提供 .xlsx 或 .csv 文件';

/** What else than a workbook a file turned out to be (file-kind). */
const FILE_KINDS_ZH = {
  xlsb: (n: string) => `${n} 是 Excel 二进制工作簿(.xlsb),本工具读不了。请用 Excel 打开后另存为 .xlsx`,
  ods: (n: string) => `${n} 是 OpenDocument 表格(.ods)。请用 WPS/Excel/LibreOffice 打开后另存为 .xlsx`,
  epub: (n: string) => `${n} 是电子书(EPUB),${NOT_A_TABLE}`,
  numbers: (n: string) => `${n} 是苹果 Numbers 文件。请在 Numbers 里用「文件 → 导出为 → Excel」导出 .xlsx`,
  docx: (n: string) => `${n} 是 Word 文档(.docx),${NOT_A_TABLE}`,
  pptx: (n: string) => `${n} 是 PowerPoint 演示文稿(.pptx),${NOT_A_TABLE}`,
  doc: (n: string) => `${n} 是旧版 Word 文档(.doc),${NOT_A_TABLE}`,
  ppt: (n: string) => `${n} 是旧版 PowerPoint 文件(.ppt),${NOT_A_TABLE}`,
  xls: (n: string) => `${n} 是旧版 Excel/WPS 表格(.xls/.et),本工具只读 .xlsx。${SAVE_AS_XLSX}`,
  'lock-file': (n: string) => `${n} 是 Excel/WPS 打开文件时产生的临时文件,不是工作簿。请选择不带「~$」的那个文件`,
  spreadsheetml: (n: string) => `${n} 是 Excel 2003 XML 表格(SpreadsheetML),本工具只读 .xlsx。${SAVE_AS_XLSX}`,
  xml: (n: string) => `${n} 是 XML 文件,不是表格。${SAVE_AS_XLSX},或导出为 CSV`,
  'empty-zip': (n: string) => `${n} 是一个空的压缩包(zip),不是工作簿。请提供 .xlsx 或 .csv 文件`,
  'html-without-table': (n: string) => `${n}:这是一个网页(HTML)文件,里面没有表格。请从系统重新导出为 .xlsx 或 .csv`,
} as const;

type FileKind =
  | { kind: keyof typeof FILE_KINDS_ZH }
  /** Another OpenDocument type, named by its mimetype's tail. */
  | { kind: 'opendocument'; type: string }
  | { kind: 'zip'; count: number; sample: string[] }
  /** Recognised by its magic bytes: 'PDF 文件', 'PNG 图片' … */
  | { kind: 'other'; what: string }
  /** Neither a workbook nor text (bytes that decode to no encoding, control characters). */
  | { kind: 'unrecognised' };

/** Why a file could not be opened or read (file-unreadable). */
type Unreadable =
  /** batch: a file kpi batch found, gone by the time it was graded (deleted or moved meanwhile), not a mistyped path. */
  | { case: 'fs'; path: string; reason: FsReason; batch?: true }
  | { case: 'not-regular' }
  | { case: 'zip-truncated'; inZip?: true }
  | { case: 'zip-damaged'; detail: string }
  /**
   * A CSV or HTML-table export cut off partway: its last row (`line`, shown as `near`) has `fields` of the header row's
   * `header` fields and no line ending after it, or (`html`) the table is never closed.
   */
  | { case: 'text-cut'; line: number; fields: number; header: number; near: string; html?: true }
  | { case: 'part-duplicated'; part: string }
  | { case: 'part-method'; part: string; method: number }
  | { case: 'part-truncated'; part: string }
  | { case: 'part-inflate'; part: string; detail: string }
  /** The part's bytes do not match the CRC-32 the zip's directory gives: damaged in copying, downloading or saving. */
  | { case: 'part-crc'; part: string; sheet?: string }
  /** A sheet's rows repeat a number, or number one 0: a row would be lost. */
  | { case: 'row-number'; part: string; sheet?: string; fault: 'repeated' | 'zero'; row: number }
  | { case: 'no-workbook-part'; part?: string }
  /** XML written with a prefix for the spreadsheet namespace (<x:workbook>): sound, but not read. */
  | { case: 'prefixed-xml'; part: string; tag: string }
  | { case: 'workbook'; detail: string }
  /** exceljs could not read one part or build one sheet: which, and its own words (kept as the detail). */
  | { case: 'part-damaged'; part?: string; sheet?: string; detail: string }
  | { case: 'path-missing' }
  | { case: 'folder-without-forms' }
  | { case: 'graded-columns-moved'; sheet: string; headings: string[]; cells?: true }
  | { case: 'changed-during-batch'; reason: FsReason };

/** Why a workbook or text is too large (too-large). */
type TooLarge =
  | { case: 'file'; size: string; limit: string; workbook?: true }
  | { case: 'entries'; count: number; limit: number }
  | { case: 'part'; part: string; size: string; limit: string }
  | { case: 'part-inflated'; part: string; limit: string; declared?: string }
  | { case: 'ratio'; part: string; ratio: string; packed: string; size: string; limit: number }
  | { case: 'total'; size: string; limit: string }
  | { case: 'total-inflated'; part: string; limit: string; declared?: string }
  | { case: 'merge'; sheet: string; range: string; cells: number; limit: number; total?: true }
  | { case: 'text'; limit: string; megabytes: number; chars: number };

/** An item kpi computes from counts (日常服务规范 from 短信漏发, 用语不规范 …), its score typed in a column of its own. */
// ticks: an item of boxes ticked one by one (§18 工作知识's ten): its points or its count of ticks in one column.
/** points: the row's counts all hold their items' points as a person's sheet is refused for (pointsForCounts). */
// off: the figure is the points taken off (「扣0.5分」, -0.5 beside 仪容仪表's blank 不达标项数), said as 扣分, not 得分.
/** deducts: the heading says 扣分 — the points taken off, said so (not 「得分」). */
/** counted: a box judged by a count of irregularities (§20), filled with the count or 达标 / 不达标. */
/** rate: the column holds the item's rate with a % sign (「客诉率」 1.5%), of an item computed from its counts alone. */
export type WholeItem = { item: string; inputs: string[]; unit: string; scale?: string; ticks?: true; points?: true; off?: true; deducts?: true; counted?: true; rate?: true };
/** What the one column seems to hold: a score, or for boxes their points or how many were ticked (「7项」). */
const wholeItemFigure = (w: WholeItem) => (w.rate ? '比率(百分比),不是得分' : w.counted ? '得分(达标 1、不达标 0)' : w.ticks ? '分数或勾选的条数' : w.off || w.deducts ? '扣分' : '得分');
// onSheet: the column a person's sheet ticks in (「填写」) — there each box is a row, not a roster's column.
const wholeItemRule = (w: WholeItem, onSheet?: string) =>
  w.counted
    ? `本表这一项${onSheet ? `在「${onSheet}」列` : ''}填「${w.inputs[0]}」(0、1、2…)或「达标」「不达标」,由 kpi 判定达标与否,不读得分`
    : w.ticks
    ? `本表这一项逐条勾选(${w.inputs.slice(0, 3).map((i) => `「${i}」`).join('、')}${w.inputs.length > 3 ? ` 等 ${w.inputs.length} 条` : ''},${onSheet ? `每条一行,在「${onSheet}」列` : '每条一列,'}填「√」或「×」),不读分数或条数`
    : w.scale
    ? `本表这一项填的是 ${w.scale} 分的「${w.inputs[0]}」,再折算成这一项的分数`
    : `本表按${w.inputs.length > 1 ? '它的填写项' : ''}${w.inputs.slice(0, 3).map((i) => `「${i}」`).join('、')}${w.inputs.length > 3 ? ` 等 ${w.inputs.length} 项` : ''}${w.unit ? `(${w.unit})` : ''}计算这一项`;
/** Renaming the column to the input would read a score as a count (11 分 as 11 次 短信漏发): the counts are what to fill. */
const wholeItemAdvice = (w: WholeItem, like: string) =>
  w.ticks
    ? `请在「${like}」等${w.inputs.length}列逐条勾选`
    : w.inputs.length > 1
    ? `请改填「${like}」等${w.inputs.length}列`
    : w.scale
      ? `如果这一列填的就是 ${w.scale} 分的「${w.inputs[0]}」,请把列名改为「${like}」(不带分值);否则请改填 ${w.scale} 分的「${w.inputs[0]}」`
      : w.points
      ? `这一行各项填的数都不低于分值的一半,至少一半正好等于分值,是得分,改列名也不会计入;请改填${countOf(w)}(没有就填 0)`
      : `请改填${countOf(w)}(没有就填 0);如果这一列填的确实是${countOf(w)},请把列名改为「${like}」`;
/** (Said before the rename: §2 得分 10, 5, 15 … renamed as told to 「员工基本标准·不符合项数」 scored 0.00 at exit 0.) */
const countOf = (w: WholeItem) => (w.unit ? `${w.unit}数` : `「${w.inputs[0]}」`);
/**
 * What to fill in the item's own column(s) instead of its points typed beside them. Ticks are ticked: §18 工作知识 was
 * told 「请在「工作知识·经常询问客服问题」列填「经常询问客服问题」」, its first box's label for a count.
 */
const fillInstead = (w: WholeItem, like: string, onSheet: boolean) =>
  w.counted
    ? `请在「${like}」列填「${w.inputs[0]}」(没有不规范填 0)或「达标」「不达标」`
    : w.ticks
    ? onSheet
      ? `请在「${like}」列逐条勾选「${w.item}」的 ${w.inputs.length} 条(「√」或「×」)`
      : `请在「${like}」等${w.inputs.length}列逐条勾选(「√」或「×」)`
    : `请在「${like}」列填${countOf(w)}`;

/**
 * An item counted in columns of several kinds (话务质量's 态度/推诿/闲聊/超时/未报工号), none of them on the sheet, and a
 * column of its counts under another word (「话务质量·次数」). taken: the record column it was read as (「…·投诉(次)」 as 投诉).
 */
export type CountColumns = { item: string; columns: string[]; taken?: string };
const countColumnsRule = (c: CountColumns) =>
  `本表「${c.item}」按${someZh(c.columns, 5, '列')}${c.columns.length > 1 ? '分别' : ''}计次,这${c.columns.length > 1 ? '些' : '一'}列本表都没有`;
/** Renamed to a record column its counts would be text again; one column of several kinds cannot be renamed to one kind. */
const countColumnsAdvice = (c: CountColumns) =>
  c.columns.length > 1 ? `请把次数按种类分别填到这 ${c.columns.length} 列` : `如果填的就是这一项的次数,请把列名改为「${c.columns[0]}」`;
/** (taken is the heading itself when the column is the record column by its own name: 「话务质量·投诉」 over 4, 0, 10.) */
const countTakenZh = (c: CountColumns, heading: string) => (c.taken === heading ? '是记录文字的列(不计分),但填的是数字' : c.taken ? `按「${c.taken}」读作记录文字(不计分),但填的是数字` : '没有认出;它填的是数字');

/**
 * An item taking each incident's deduction (§8 M2 「3,2」) under a count of incidents (「表格管理·次数」 2): renamed as it was
 * told, the 2 was read as one incident of 2 points — 张三 98.00 where two incidents take 4–10 off.
 */
export type Incidents = { min: number; max: number };
const incidentsExample = (i: Incidents) => `${Math.min(i.min + 1, i.max)},${i.min}`;
const incidentsRule = (i: Incidents) => `填每一次的扣分(每次 ${i.min}–${i.max} 分,几次写几个数,用逗号分隔:「${incidentsExample(i)}」是两次共扣 ${Math.min(i.min + 1, i.max) + i.min} 分)`;
/** 「2 次要扣 4–10 分,」 for a count typed as a whole number, nothing for other text. */
const incidentsSpan = (i: Incidents, value: string) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? `${n} 次要扣 ${n * i.min}–${n * i.max} 分,` : '';
};

/** One row for two that both count: 「3,2」 in one cell, 1 + 1 = 2, or the adjustment's net with both reasons. */
const bothZh = (b: { kind: 'list' | 'sum' | 'reasons'; value: string; signed?: true }, a: string, c: string) =>
  b.kind === 'list'
    ? `请把两行的扣分合在一格,填「${b.value}」(删去另一行)`
    : b.kind === 'reasons'
    ? `请合在一行,原因写「${b.value}」,分数填两行的合计(删去另一行)`
    : `请合在一行,填合计「${b.value}」(${a} + ${Number(c) < 0 || /^[-−－﹣]/.test(c.trim()) ? `(${c})` : c})${b.signed ? ',原因两条都写上' : ''}(删去另一行)`;

/** 「绩效基数(千元)」 → 绩效基数. */
/** A figure said as a percent: 「17」 → 「17%」; one written with its % already (「95%」) is not given a second. */
const asPercent = (value: string) => (/[%％]\s*$/.test(value) ? value : `${value}%`);
/** A period as 「每…」 says it: 每年, 每季度, 每天. */
const PER_WORD: Record<string, string> = { 年度: '年', 全年: '年', 季: '季度', 日: '天', 时: '小时', 星期: '周' };
const withoutUnit = (heading: string) => heading.normalize('NFKC').replace(/\s*(?:[(\[【][^()\[\]【】]*[)\]】]|[/／]\s*\S+)\s*$/, '').trim();
const declaredZh = (d?: string) => (d ? `(文件头声称只有 ${d},文件可能被篡改)` : '');
const MAX_SIZE_HINT = '(可用 --max-size 调整)';
/** In the zip guard the name is followed by the sentence directly: 「march.xlsx:压缩包内…」. */
const lead = (name: string) => (name ? `${name}:` : '');
/** A text file whose last bytes are half a character: cut off there, not one cell to mend. */
const CUT_TEXT = (x: { line?: number; near?: string; likely?: string }) =>
  `文件不完整(按 ${x.likely} 读到第 ${x.line} 行「${x.near}」处中断,最后一个字只有半个,显示为 �),可能导出或复制时中断了,没有评分。请重新导出/复制后再评分`;
/** Raters' copies, each with where its month was read: 「sup.xlsx 考核表!E2「2026-02」」, 「同事甲-2月.xlsx 的文件名」. */
type CopyMonth = { name: string; from: 'cell' | 'title' | 'sheet' | 'file'; place?: string; text: string };
const copyMonthZh = (c: CopyMonth) =>
  c.from === 'file' ? `${c.name} 的文件名` : c.from === 'sheet' ? `${c.name} 的工作表名「${c.text}」` : c.from === 'title' ? `${c.name} 表头上方 ${c.place}「${c.text}」` : `${c.name} ${c.place}「${c.text}」`;
/** Two rows of one name in two 部门 (duplicate-person): how to tell kpi they are two people. */
const namesakesWayOut = (a: { field: string; values: string[]; id: string; fill: 'both' | 'one' | 'column' }) =>
  `两处的${a.field}不同(${a.values.join('、')});如是两个人,请${a.fill === 'one' ? `给没有${a.id}的一处也填上${a.id}` : a.fill === 'both' ? `在两处分别填上各自的${a.id}` : `加一列${a.id}分别填上`}后重新评分`;

export type ProblemCode = keyof typeof PROBLEMS;

/** What a definition's JSON most likely got wrong where the parser stopped (forms/load.ts jsonSlip). */
const JSON_SLIPS: Record<string, string> = {
  'cn-quote': '这里用了中文引号,JSON 的名称和文字要用英文双引号 "',
  'cn-punct': '这里用了中文标点(\uff0c \uff1a \uff1b),JSON 要用英文的逗号和冒号',
  'wide-space': '这里有一个全角空格或不换行空格(中文输入法打出的),JSON 里只能用英文的空格;请删去后重新输入',
  'trailing-comma': '「}」或「]」前多了一个逗号,最后一项后面不要逗号',
  'extra-comma': '这里多了一个逗号',
  'open-quote': '这一行的文字少了结尾的英文双引号 "',
  unclosed: '文件在这里就结束了:有括号 { [ 或引号没有配对',
  'single-quote': 'JSON 的名称和文字要用英文双引号 ",不能用单引号 \'',
  comment: 'JSON 里不能写注释(// 或 /* */);说明可以写在 "notes" 里',
  'bare-key': '字段名要加英文双引号,如 "label": …',
  'missing-comma': '上一行末尾少了一个逗号',
  'extra-close': '这里多了一个「}」或「]」:括号没有配对',
  'after-end': '定义在前面已经完整结束,这里还有别的内容(多写的文字,或第二个 {…});请删去,或把它并入前面的定义',
  'control-in-text': '文字里直接有制表符(Tab)或其他控制字符;请删去,或写成 \\t',
  'bad-number': '数字要用半角数字直接写(如 20、0.5、-3),不能有全角数字、前导 0、+ 号、% 或 NaN;百分比写成 0–100 的数,如 95',
};

export const PROBLEMS = {
  // ---- one cell's value --------------------------------------------------------------------------------------
  // absent: the sheet has no column (or row) for it at all — said, not 「实际为空」 at the person's name cell.
  required: spec<CellValue & { absent?: true }>({
    severity: 'error', located: true, name: { zh: '必填项未填', en: 'required value missing' },
    zh: (p) =>
      p.absent
        ? `${subjectZh(p)}为必填项,表中没有这一项的列(或行),无法评分;请补上这一列(或改回它的列名)后重新评分`
        : `${subjectZh(p)}为必填项,${expectationZh(p.accepts)},实际为空`,
    expected: (p) => expectationZh(p.accepts), actual: (p) => (p.absent ? '没有这一列' : p.value),
  }),
  /** hours, minutes: 「1:30」 typed in a count of 秒 / 分钟 / 小时 (1 h 30 min or 1 min 30 s), said so with both ways to write it. */
  /** positive: a 减分 item's points written as a deduction (「-2」「扣2分」): it is typed positive, said so. */
  /** count: points (「2分」) typed in a count of 次: the cell takes the count, not points. */
  'not-a-number': spec<CellValue & Partial<{ hours: string; minutes: string; amount: number; unit: string; positive: true; count: string }>>({
    severity: 'error', located: true, name: { zh: '不是数字', en: 'not a number' },
    zh: (p) => {
      if (p.hours === undefined || p.minutes === undefined) return `${valueZh(q)(p)}${positiveZh(p)}${p.count ? `;这一格填${p.count}数,不是分数(扣了几分请换算成${p.count}数)` : ''}`;
      const [a, b, hh] = [Number(p.hours), Number(p.minutes), p.hours.padStart(2, '0')];
      return `${valueZh(q)(p)}:分不清是 ${a} 小时 ${b} 分还是 ${a} 分 ${b} 秒;${a} 分 ${b} 秒请写 00:${hh}:${p.minutes} 或 ${num(p.amount ?? 0)}(${p.unit ?? ''}),${a} 小时 ${b} 分请写 ${hh}:${p.minutes}:00`;
    },
    ...cellValue,
  }),
  'not-an-integer': spec<CellValue>({ severity: 'error', located: true, name: { zh: '不是整数', en: 'not an integer' }, zh: valueZh(q), ...cellValue }),
  'out-of-range': spec<CellValue & { positive?: true }>({ severity: 'error', located: true, name: { zh: '超出范围', en: 'out of range' }, zh: (p) => `${valueZh(q)(p)}${positiveZh(p)}`, ...cellValue }),
  'unknown-choice': spec<CellValue>({ severity: 'error', located: true, name: { zh: '不在可选项中', en: 'not one of the choices' }, zh: valueZh(q), ...cellValue }),
  /**
   * An option typed as points then words (§17 「10 熟悉并准确」) whose points are another option's, or none's: neither
   * reading taken, both said. other: the option those points are (absent when no single option is worth them).
   */
  // (The fields are optional only for the type of a site that raises any value code; every site gives them.)
  // named: a level typed with another level's wording (§1 「3级 提供必要服务」): the level as typed, its option other.
  'choice-points-clash': spec<CellValue & Partial<{ words: string; wordsPoints: number; points: number; other: string; named: string }>>({
    severity: 'error', located: true, name: { zh: '分值与选项文字不符', en: 'points and words disagree' },
    zh: (p) =>
      p.words === undefined || p.wordsPoints === undefined || p.points === undefined
        ? valueZh(q)(p)
        : p.named !== undefined
          ? `${subjectZh(p)}填的${q(p.value)}里的等级与文字不一致:按文字${q(p.words)}是 ${num(p.wordsPoints)} 分的一档,按等级${q(p.named)}是 ${num(p.points)} 分的一档;没有计入;请改成一致的等级和文字,或只写其中一种,改后重新评分`
          : `${subjectZh(p)}填的${q(p.value)}里的分值与文字不一致:按文字${q(p.words)}是 ${num(p.wordsPoints)} 分的一档,按分值 ${num(p.points)} 分${p.other ? `是${q(p.other)}一档` : '不是任何一档的分值'};没有计入;请改成一致的分值和文字(如「${num(p.wordsPoints)} ${p.words}」),或只写其中一种,改后重新评分`,
    expected: (p) => (p.words === undefined ? expectationZh(p.accepts) : `${num(p.wordsPoints ?? 0)} ${p.words}`), actual: (p) => p.value,
  }),
  /**
   * A tick answer typed in a symbol font (Wingdings 2 …) with a letter whose picture kpi does not know: the letter is not
   * what the user sees, so it is said as the picture it draws.
   */
  'unknown-symbol': spec<CellValue & { font?: string }>({
    severity: 'error', located: true, name: { zh: '认不出的符号', en: 'unknown symbol' },
    zh: (p) => `${subjectZh(p)}${expectationZh(p.accepts)},实际是「${p.font ?? '符号'}」字体显示的一个符号(输入的字母是${q(p.value)}),kpi 认不出它是勾、叉还是空框;请改用普通字体填写`,
    expected: (p) => expectationZh(p.accepts), actual: (p) => `「${p.font ?? '符号'}」字体的符号(${q(p.value)})`,
  }),
  /**
   * serial: the number is an Excel date serial, its day (46082 is 2026-03-01): a date pasted as values into a General
   * cell (§23 考核月份 shown 「46082」 under 「2026年3月」 above) was refused with nothing saying what the number was.
   */
  'not-a-month': spec<CellValue & { serial?: string }>({
    severity: 'error', located: true, name: { zh: '看不出年月', en: 'not a month' },
    zh: (p) => `${valueZh(q)(p)}${p.serial ? `:${p.value} 是 Excel 里 ${p.serial} 这一天的日期序号(日期以「粘贴为数值」贴进了常规格式的格子),请把这一格设为日期格式(显示 ${Number(p.serial.slice(0, 4))}年${Number(p.serial.slice(5, 7))}月),或填 ${p.serial.slice(0, 7)}` : ''}`,
    ...cellValue,
  }),
  /** 「同上」, 「〃」 where a store, a fitter or a department goes: a group of its own, the row above's answers split. */
  'ditto-mark': spec<CellValue>({
    severity: 'error', located: true, name: { zh: '写了同上', en: 'ditto mark' },
    zh: (p) => `${subjectZh(p)}写的是「${p.value}」${p.value === '同上' ? '' : '(同上)'}:kpi 不照抄上一行,照字面读,「${p.value}」会被当成一个新的${p.item ?? '值'};请写出实际内容后重新评分`,
    ...cellValue,
  }),
  'bad-list': spec<CellValue>({ severity: 'error', located: true, name: { zh: '列表格式不对', en: 'malformed list' }, zh: valueZh(q), ...cellValue }),
  /** Every box of an item's list of ticks left blank, the rest of the person filled: 0 points, said (rules/checklist.ts). */
  'nothing-ticked': spec<Subject & { boxes: number; mark: string }>({
    severity: 'warning', located: true, named: true, name: { zh: '整项未勾选', en: 'no box ticked' },
    zh: (p) => `${q(p.item)}的 ${p.boxes} 条都没有勾选,按 0 分计;如果还没有评这一项,请先勾选;如果确实一条都不符合,请填「${p.mark}」`,
    expected: () => '勾选', actual: () => '全部留空',
  }),
  /** Some boxes of a list of ticks marked 「x」, the rest blank, none ticked: both are 不符合, so the x is most likely a tick. */
  'crosses-only': spec<Subject & { boxes: number; crosses: number; mark: string }>({
    severity: 'warning', located: true, named: true, name: { zh: '只填了 x', en: 'only crosses' },
    zh: (p) => `${q(p.item)}的 ${p.boxes} 条中 ${p.crosses} 条填「${p.mark}」、其余留空,没有一条勾选:「${p.mark}」和留空都按不符合计,这一项 0 分;如果「${p.mark}」表示符合,请改填「√」后重新评分`,
    expected: () => '勾选(√)或不符合(×)', actual: (p) => `「${p.mark}」和留空`,
  }),
  /** dash: a 「-」 or 「/」 read as 不适用 where it is allowed (a warning: it leaves the count, and may mean not filled yet). */
  'not-applicable': spec<Subject & { value: string; dash?: true; count?: true }>({
    severity: 'error', located: true, name: { zh: '不适用', en: 'not applicable not allowed' },
    zh: (p) => (p.dash ? `${subjectZh(p)}填的${q(p.value)}按「不适用」计,这一条不计入适用的条数;如果是还没有填写,请填写后重新评分` : `${subjectZh(p)}此项不允许填「不适用」,实际为${q(p.value)}${p.count ? '(没有不规范请填 0)' : ''}`),
    expected: () => '此项不允许填「不适用」', actual: (p) => p.value,
  }),
  'boolean-value': spec<CellValue>({ severity: 'error', located: true, name: { zh: '单元格是逻辑值', en: 'TRUE/FALSE in a cell' }, zh: valueZh((v) => `逻辑值${q(v)}`), ...cellValue }),
  'error-value': spec<CellValue>({ severity: 'error', located: true, name: { zh: '单元格是错误值', en: 'error value in a cell' }, zh: valueZh((v) => `错误值${q(v)}`), ...cellValue }),
  'date-value': spec<CellValue>({ severity: 'error', located: true, name: { zh: '单元格是日期', en: 'date in a cell' }, zh: valueZh((v) => `日期${q(v)}`), ...cellValue }),
  // A cell formatted as elapsed time ([ss], [mm]:ss): what it shows, said as a duration (90 in a [ss] cell is 90 days).
  'duration-value': spec<CellValue>({ severity: 'error', located: true, name: { zh: '单元格是时长', en: 'duration in a cell' }, zh: valueZh((v) => `时长格式的${q(v)}(请把单元格格式改为「常规」或「数值」后重新输入数字)`), ...cellValue }),
  /**
   * A number in a count of 秒 / 分钟 / 小时 that is an Excel time with its format lost (00:01:30 pasted as values shows
   * 0.00104166…): `read` — taken as that time (a warning), the number as typed being under a second; else refused, as
   * it may be meant as typed (0.5 分钟).
   */
  // (The fields are optional only for the type of a site that raises any value code; every site gives them.)
  'time-value': spec<CellValue & Partial<{ clock: string; amount: number; unit: string; read: true }>>({
    severity: 'error', also: ['warning'], located: true, name: { zh: '丢了格式的时间值', en: 'time value without its format' },
    zh: (p) => p.clock === undefined ? valueZh(q)(p) : p.read
      ? `${subjectZh(p)}填的是 ${p.value},按 Excel 时间值 ${p.clock} 读作 ${num(p.amount ?? 0)} ${p.unit};请把单元格格式设为时间或直接填${p.unit}数`
      : `${subjectZh(p)}填的 ${p.value} 可能是丢了时间格式的 Excel 时间值 ${p.clock}(${num(p.amount ?? 0)} ${p.unit}),也可能就是 ${p.value} ${p.unit},没有读取;请把单元格格式设为时间,或直接填${p.unit}数`,
    expected: (p) => `${p.unit ?? ''}数`, actual: (p) => p.value,
  }),
  'formula-without-result': spec<CellValue>({
    severity: 'error', located: true, name: { zh: '公式没有计算结果', en: 'formula without a result' },
    zh: (p) => `${subjectZh(p)}公式没有计算结果:请用 Excel/WPS 打开后保存(${p.value})`,
    ...cellValue,
  }),
  /** A mean out of 100 (§31 调查平均分) typed on a smaller scale the definition names (4.3: of 5): refused, with the figure it would be. */
  /** percent: the input is a rate (满意度 %): 4.6 typed there is 92 % on a 5-point scale. */
  'other-scale': spec<CellValue & { scale?: number; max?: number; percent?: true }>({
    severity: 'error', located: true, name: { zh: '像是另一种分制', en: 'on another scale' },
    zh: (p) => {
      const [scale, max] = [p.scale ?? 5, p.max ?? 100];
      if (p.percent) return `${subjectZh(p)}填的「${p.value}」像是 ${scale} 分制的平均分;本项按百分比填写(${p.value} 分在 ${scale} 分制下相当于 ${num((Number(p.value) * 100) / scale)}%),请换算后重新评分;确实只有 ${p.value}% 时,请写成「${p.value}%」`;
      return `${subjectZh(p)}填的「${p.value}」像是 ${scale} 分制的分数;本项按 ${max} 分制填写(${p.value} 分在 ${scale} 分制下相当于 ${num((Number(p.value) * max) / scale)} 分),请换算后重新评分;确实只有 ${p.value} 分(满分 ${max})时,请在考核表定义中去掉这一项的 otherScales`;
    },
    ...cellValue,
  }),
  /** A score out of 100 typed as a fraction (0.9 in a 0–100 survey score): taken as typed, and said. */
  /**
   * A lone 「×」 or 「√」 in a column of words for nothing (§5 安装遗留问题): counted as written — a 遗留问题 — though the team
   * may have meant none by either.
   */
  'lone-mark': spec<Subject & { value: string; hint?: string }>({
    severity: 'warning', located: true, name: { zh: '只写了勾或叉', en: 'lone tick or cross' },
    zh: (p) => `${subjectZh(p)}只写了「${p.value}」,按填了内容计(算作有${p.item});「${p.value}」看不出是有还是没有:${p.hint ?? '没有时请留空或写「无」'},有时请写明内容,改后重新评分`,
    expected: (p) => p.hint ?? '留空、「无」或写明内容', actual: (p) => p.value,
  }),
  /** One column of an item's violations in all (§12 「话务质量(次)」), every kind costing the same: read as the total. */
  'item-total': spec<{ sheet: string; heading: string; item: string; kinds: number; per: number; first: string }>({
    severity: 'info', located: true, name: { zh: '按项目合计次数读取', en: 'item total of counts' },
    zh: (p) => `工作表「${p.sheet}」列「${p.heading}」按「${p.item}」的违反次数合计读取:本表「${p.item}」的 ${p.kinds} 类违反每次都扣 ${num(p.per)} 分,扣分 = 合计次数 × ${num(p.per)};要分类记录时请改填「${p.item}·${p.first}」等 ${p.kinds} 列`,
  }),
  /** 「非常满意」 where the best option is 满意, none above it (§23): read as that option. */
  'choice-above-best': spec<Subject & { value: string; read: string }>({
    severity: 'info', located: true, name: { zh: '高于最好一档的说法', en: 'word above the best option' },
    zh: (p) => `${subjectZh(p)}写的「${p.value}」按「${p.read}」计:本表最好的一档就是「${p.read}」,没有更高的一档`,
    expected: (p) => p.read, actual: (p) => p.value,
  }),
  'fraction-score': spec<Subject & { value: string }>({
    severity: 'warning', located: true, name: { zh: '分数像是小数', en: 'score typed as a fraction' },
    zh: (p) => `${subjectZh(p)}「${p.value}」按 ${p.value} 分计(满分 100);如指 ${num(Number(p.value) * 100)} 分请填 ${num(Number(p.value) * 100)} 或 ${num(Number(p.value) * 100)}%`,
    expected: () => '0–100 分', actual: (p) => p.value,
  }),
  // other: the reading not taken when it is not the value as typed (1.5 read as 1.5 %, perhaps meant as 150 %).
  /** A number its format rounds on screen to another (0.895 through 0% shows 「90%」) that would score otherwise. */
  'shown-rounded': spec<Subject & { shown: string; stored: string; score: number; shownScore: number }>({
    severity: 'warning', located: true, name: { zh: '显示值与存储值不同', en: 'shown rounded' },
    zh: (p) => `${subjectZh(p)}${p.shown === HIDDEN_BY_FORMAT ? '单元格的格式不显示数字(看起来是空白)' : `单元格显示「${p.shown}」`},存的是 ${p.stored}:按存的值计,得 ${num(p.score)} 分;按显示的值会得 ${num(p.shownScore)} 分。请把单元格改成要计的数`,
    expected: (p) => p.shown, actual: (p) => p.stored,
  }),
  /**
   * Runs of an input's cell struck through (a figure corrected: 「~~3~~2」), left out of its value; without `kept`, the
   * whole cell was struck (crossed out): an error (raised so by struckNotes), the person not scored — or, `uncounted`, a
   * warning: the cell counts for nothing (自评), read as blank, the person scored. required: the input must be filled (what
   * it takes): 「不算请删去这个数」 led straight to 「为必填项…实际为空」 (mattress-cs-monthly L3 基础分 「~~8~~」), so only the
   * changed figure is asked for; the cell's blank is not said again as required.
   */
  // records: a log's row (§22 问卷答案), left out rather than a person unscored.
  'struck-text': spec<Subject & { struck: string; kept?: string; required?: Accepts; uncounted?: true; records?: string }>({
    severity: 'info', also: ['warning', 'error'], located: true, name: { zh: '删除线文字未计入', en: 'struck-through text left out' },
    zh: (p) => p.kept !== undefined
      ? `${subjectZh(p)}划了删除线的${q(p.struck)}未计入,按${q(p.kept)}读`
      : p.uncounted
      ? `${subjectZh(p)}的${q(p.struck)}整格划了删除线,按空白读,此人照常评分`
      : p.required
        ? `${subjectZh(p)}的${q(p.struck)}整格划了删除线,按空白读,${p.records ? `这一条${p.records}不计入` : '此人不评分'};改了请在这一格填改后的${['number', 'integer', 'percent', 'list'].includes(p.required.type) ? '数' : '内容'}(本项必填,${expectationZh(p.required)}),没改请去掉删除线`
        : `${subjectZh(p)}的${q(p.struck)}整格划了删除线,不知道是划掉不算还是改了数,此人不评分;不算请删去这个数,改了请在这一格填改后的数(或去掉删除线)`,
    expected: (p) => p.kept ?? '', actual: (p) => p.struck,
  }),
  /**
   * An item's name struck through whole on a person's sheet (struckItemProblems): its row not read. An error, the person
   * not scored; `optional`, an item that may be left empty, read so (a warning); `kept`, the item's row read elsewhere (a note).
   */
  'struck-item': spec<{ item: string; struck: string; kept?: string; optional?: true }>({
    severity: 'error', also: ['warning', 'info'], located: true, named: true, name: { zh: '项目名称划了删除线', en: 'item name struck through' },
    zh: (p) => p.kept !== undefined
      ? `项目名称${q(p.struck)}整格划了删除线,这一行未读取,这一项按 ${p.kept} 那一行读`
      : `项目名称${q(p.struck)}整格划了删除线,这一行未读取,${p.optional ? "这一项按留空计分" : "这一项无法评分,此人不评分"};不考核的项请按表的规则填(如 不适用),或去掉删除线`,
    actual: (p) => p.struck,
  }),
  /** column: a bare 0.5 read as 0.5 % by its column's percents typed bare (20, 15): a note. sheets: by the same cell of the others' own sheets. */
  'ambiguous-percent': spec<Subject & { value: string; percent: number; other?: number; column?: true; sheets?: true }>({
    severity: 'warning', also: ['info'], located: true, name: { zh: '百分比含义不明', en: 'ambiguous percentage' },
    zh: (p) => `${subjectZh(p)}「${p.value}」按 ${num(p.percent)}% 计${p.column ? (p.sheets ? '(其他人表里这一格按百分数填写)' : '(同列其他数按百分数填写)') : ''};如指 ${p.other !== undefined ? num(p.other) : p.value}% 请写成「${p.other !== undefined ? num(p.other) : p.value}%」`,
    expected: () => '百分比', actual: (p) => String(p.percent),
  }),

  // ---- one item's rule ---------------------------------------------------------------------------------------
  'reason-required': spec<(Subject & { amount: string; points: number; reason: string; written?: string }) | { case: 'check'; row: string; check: string; requires: string; written?: string }>({
    severity: 'error', located: true, name: { zh: '缺少原因', en: 'reason missing' },
    // check: a records form's own rule (its message is the definition's text). written: words that give no reason.
    zh: (p) => ('case' in p ? `${p.row}:${p.check}${p.written !== undefined ? `(「${p.written}」不是理由)` : ''}` : `${subjectZh(p)}${p.amount}为 ${signed(p.points)},须注明${p.reason}${p.written !== undefined ? `(「${p.written}」不是原因)` : ''}`),
    expected: (p) => ('case' in p ? p.requires : '原因'), actual: (p) => ('case' in p ? p.written : (p.written ?? '空')),
  }),
  /** An optional choice left blank whose 无 is worth points (重大客诉 无 5 / 有 0): scored 0, said. */
  'blank-choice': spec<Subject & { option: string; points: number }>({
    severity: 'warning', located: true, name: { zh: '选项空着', en: 'choice left blank' },
    zh: (p) => `${subjectZh(p)}空着,按 0 分计;如果是「${p.option}」(${num(p.points)} 分),请填上后重新评分`,
    expected: (p) => p.option, actual: () => '空',
  }),
  /** An adjustment's reason written, its points left blank: scored 0 as written, said. */
  'points-missing': spec<Subject & { amount: string; reason: string; text: string }>({
    severity: 'warning', located: true, name: { zh: '有原因无分数', en: 'reason without points' },
    zh: (p) => `${subjectZh(p)}${p.reason}写了「${p.text}」,${p.amount}却空着:按 0 计;如有加减分,请在${p.amount}里填上分数后重新评分`,
    expected: (p) => p.amount, actual: () => '空',
  }),
  /**
   * An adjustment whose reason says the other sign (奖惩分 +3 beside 「扣3分(有效投诉)」, −2 beside 「表扬信加2分」): not
   * counted, the person not scored — the sign is never flipped. stated: the points the reason itself names (扣3分 → 3);
   * named: those words as written (罚2分); typed: the positive figure typed under a heading of points taken off
   * (「奖惩分(扣分)」: 3, read −3 — said so, not 「填写的 −3」); subtract: a 减分 column (the number typed is taken off); unsigned: a column that takes no negative number (§11 加分).
   */
  'reason-sign': spec<Subject & { amount: string; points: number; reason: string; text: string; says: 'deduction' | 'reward'; stated?: number; named?: string; typed?: number; subtract?: true; unsigned?: true; counted?: true }>({
    severity: 'error', located: true, name: { zh: '加减分与原因不符', en: 'points sign contradicts reason' },
    zh: (p) => {
      const word = p.says === 'deduction' ? '扣分' : '加分';
      const shown = p.subtract ? `${num(-p.points)}(从总分中减去)` : signed(p.points);
      const meant = p.says === 'deduction' ? -Math.abs(p.points) : Math.abs(p.points);
      const written = p.stated !== undefined ? `${p.reason}写的是「${p.named ?? `${num(p.stated)}分`}」` : '';
      // (A figure typed under a heading of points taken off: the 3 typed and its reading, −3 — typing +3 there reads −3 again.)
      const amountIs = p.typed !== undefined ? `${p.amount}填写的 ${num(p.typed)} 按扣分计为 ${shown}` : `${p.amount}为 ${shown}`;
      const fix = p.subtract || p.unsigned
        ? `「${p.amount}」只记${p.subtract ? '扣分' : '加分'},${word}请填在表里${word}的一项,或改正${p.reason}`
        : p.typed !== undefined
          ? `${written ? `${written}:` : ''}此列表头写明为扣分,填写的正数都按扣分计;如是${word},请改正表头,如不是,请改正${p.reason}`
          : p.stated === Math.abs(p.points)
          ? `${written}:如是${word},请把${p.amount}改为 ${signed(meant)};如不是,请改正${p.reason}`
          : `${written ? `${written},与${p.amount} ${signed(p.points)} 也不一致;` : ''}扣分填负数、加分填正数(如是${word}填 ${signed(meant)}),请改正${p.amount}或${p.reason}`;
      // (Only sounding like the other sign: counted as typed, the sign to check — no advice to change it, which may be wrong.)
      if (p.counted && p.typed !== undefined) return `${subjectZh(p)}${amountIs},${p.reason}「${p.text}」像是${word}:已按 ${shown} 计入;请核对(此列表头写明为扣分,填写的正数都按扣分计)`;
      if (p.counted) return `${subjectZh(p)}${amountIs},${p.reason}「${p.text}」像是${word}:已按填写的 ${shown} 计入;请核对正负号(扣分填负数、加分填正数)`;
      return `${subjectZh(p)}${amountIs},${p.reason}「${p.text}」说的却是${word}:正负号不符,这一项未计入;${fix},然后重新评分`;
    },
    expected: (p) => (!p.subtract && !p.unsigned && p.stated === Math.abs(p.points) ? signed(p.says === 'deduction' ? -p.stated : p.stated) : p.says === 'deduction' ? '扣分' : '加分'),
    actual: (p) => signed(p.points),
  }),
  // A records form's own row check that asks for more than a filled cell (differsFrom, a bound): its message is the
  // definition's text. A check that a reason be written stays reason-required.
  'record-check': spec<{ row: string; check: string; requires: string }>({
    severity: 'error', located: true, name: { zh: '不符合规则', en: 'rule not met' },
    zh: (p) => `${p.row}:${p.check}`,
    expected: (p) => p.requires, actual: () => undefined,
  }),
  'zero-denominator': spec<
    Subject &
      (
        | { case: 'ratio'; of: string; numerator: string; denominator: string }
        | { case: 'actual'; of: string }
        | { case: 'divisor'; of: string; divisor: 'target' | 'allowed' | 'actual' }
        | { case: 'all-not-applicable'; notApplicable: number }
        /** A group's figure (records forms): the group, e.g. 客服「王芳」, and why. */
        | { case: 'figure'; group: string; why: string }
      )
  >({
    severity: 'error', located: true, name: { zh: '分母为零', en: 'zero denominator' },
    zh: (p) => {
      const s = subjectZh(p);
      switch (p.case) {
        case 'ratio': return `${s}为0,无法计算${p.of}(${p.numerator} ÷ ${p.denominator})`;
        case 'actual': return `${s}为0,无法计算${p.of}`;
        case 'divisor': return `${s}${{ target: '目标', allowed: '允许值', actual: '实际值' }[p.divisor]}为0,无法计算${p.of}`;
        case 'all-not-applicable': return `${s}所有项均为不适用,无法计算`;
        case 'figure': return `${p.group}的「${p.item}」无法计算:${p.why}`;
      }
    },
    expected: (p) => (p.case === 'all-not-applicable' ? '至少一项适用' : p.case === 'figure' ? undefined : '大于0'),
    actual: (p) => (p.case === 'all-not-applicable' ? `不适用 ${p.notApplicable} 项` : p.case === 'figure' ? undefined : '0'),
  }),
  // A record form's row repeating an earlier one's unique columns (§5 an order twice, §22 an indicator answered twice).
  /** identical: the same in every column as an earlier row, in a log without unique columns (counted, said). */
  'duplicate-record': spec<{ key: string; value: string; firstAt: string; records: string } | { case: 'identical'; firstAt: string; records: string; rows: number[]; count: number } | { case: 'named'; key: string; firstAt: string; records: string } | { case: 'pasted'; from: number; to: number; sourceFrom: number; sourceTo: number; count: number; records: string }>({
    severity: 'error', also: ['warning'], located: true, name: { zh: '记录重复', en: 'duplicate record' },
    zh: (p) =>
      'case' in p && p.case === 'pasted'
        ? `第 ${p.from}–${p.to} 行(${p.count} 条)与第 ${p.sourceFrom}–${p.sourceTo} 行逐行相同、顺序也相同,是又粘贴了一遍的副本,这 ${p.count} 条不计入(每条只计一次);如果确实是另外的${p.records},请改动后重新评分,否则请删去这些行`
        : 'case' in p && p.case === 'named'
        ? `这一条的${p.key}与${p.firstAt}的相同,答案不同,两条都计入了;如果这一条是更正或重复录入,请删去不用的一条后重新评分(同名的不同${p.records}可以不管)`
        : 'case' in p
        ? p.count > 1
          ? `第 ${p.rows.join('、')} 行${p.count > p.rows.length ? ` 等 ${p.count} 行` : ''}与${p.firstAt}的每一列都相同,都计入了;如果是重复导出或多复制了几行,请删去多余的后重新评分(不记名、答案相同的${p.records}可以不管)`
          : `这一条${p.records}与${p.firstAt}的每一列都相同,两条都计入了;如果是重复导出或多复制了一行,请删去一条后重新评分`
        : /匿名|不记名|无记名|保密/.test(p.value)
        // 「匿名」 for every evaluator (§22's anonymous questionnaires): told to delete a row, a real questionnaire was lost
        // (采购部 880 for 845).
        ? `${p.key}「${p.value}」重复,已在 ${p.firstAt} 出现,这一条${p.records}不计入:写「匿名」的分不清是不是同一份问卷;如果是不同的人填的,请写成 匿名1、匿名2 …(每份问卷一个)后重新评分,如果是重复录入,请删去多余的一条`
        : `${p.key}「${p.value}」重复,已在 ${p.firstAt} 出现,这一条${p.records}不计入;请删去多余的一条后重新评分`,
    expected: (p) => ('case' in p ? undefined : `${p.key}唯一`), actual: (p) => ('case' in p ? undefined : p.value),
  }),
  // A remark marking its row void (§23 原因 「作废」 beside the corrected row added below): set aside when the remark is
  // the mark alone, counted and asked about when the word is among others (「缺料(不计)」 may be the reason itself).
  // A 状态 voiding its row and then restoring it (「此单作废-已恢复」): counted, said as an info (restored).
  'record-void': spec<{ row: number; text: string; heading: string; records: string; setAside?: true; restored?: true }>({
    severity: 'warning', located: true, name: { zh: '标记作废的行', en: 'row marked void' },
    zh: (p) =>
      p.setAside
        ? `第 ${p.row} 行的${p.heading}写着「${p.text}」:这一条${p.records}已作废,不计入;如果它仍然有效,请删去「${p.text}」后重新评分`
        : p.restored
        ? `第 ${p.row} 行的${p.heading}写着「${p.text}」:说了作废又说已恢复有效,这一条${p.records}照常计入了;如果它不算,请在${p.heading}里只写「作废」后重新评分`
        : `第 ${p.row} 行的${p.heading}「${p.text}」里有作废、不计一类的字样,这一条${p.records}照常计入了;如果它是要作废的,请删去这一行(或只写「作废」)后重新评分`,
  }),
  // A 状态 whose void kpi cannot read for sure: the row is refused, not guessed — a guess was a wrong score at exit 0
  // (80.00 乙 for 100.00 甲). case: 'restore', a void and a restore whose order is not sure (「此单作废,原单恢复」
  // 「作废后恢复,客户不同意」「此单作废,客户又要求恢复」; also when absent, as older runs wrote it); 're-entry', a void then a
  // re-entry (「作废后重新提交」: this row the voided one, or the one entered again?); 'withdrawn', a void then 「不用作废」
  // (「此单作废,客户说不用再作废」); 'remark', a 备注 reading void beside a 状态 that says nothing of void (blank, 有效,
  // 正常) — both cells named (against, review 61). Each message says what the note says (review of 54023f17).
  // 'asked', a void then a question whether it counts (「作废后是否还要计入?」); 'answer', a 是否有效 / 是否作废 answered 是 / 否
  // and a reason saying the opposite (「是,但无效」「否,已恢复」 under 是否作废 … answer: the word, and whether it says valid).
  'record-void-unclear': spec<{ row: number; text: string; heading: string; records: string; case?: 'restore' | 're-entry' | 'withdrawn' | 'remark' | 'asked' | 'answer'; answer?: { word: string; valid: boolean }; against?: { heading: string; text: string; cell: string } }>({
    severity: 'error', located: true, name: { zh: '作废还是恢复看不清', en: 'void or restored unclear' },
    zh: (p) =>
      p.against
        ? `第 ${p.row} 行的${p.heading}写着「${p.text}」,${p.against.heading}(${p.against.cell})却${p.against.text ? `写着「${p.against.text}」` : '空着'}:看不出这一条${p.records}算不算,这一条不计入;请在${p.against.heading}里只写「作废」或「有效」后重新评分`
        : `第 ${p.row} 行的${p.heading}写着「${p.text}」:${p.case === 'answer' && p.answer ? UNCLEAR_ANSWER(p.answer, p.records) : UNCLEAR_VOID[p.case === 're-entry' || p.case === 'withdrawn' || p.case === 'asked' ? p.case : 'restore'](p.records)},这一条不计入;请在${p.heading}里只写「作废」或「有效」后重新评分`,
    expected: () => '作废 或 有效', actual: (p) => p.text,
  }),
  // A remark saying one row replaces another (备注 「重复」 「以下一行为准」, the correction's 「复评,以此为准」): which row
  // counts is not guessed — both stay counted, both named (13f/13g/13h 采购部 w = 1 较差 1.11 was silent).
  'record-replaced': spec<{ row: number; text: string; heading: string; records: string; other?: number }>({
    severity: 'warning', located: true, name: { zh: '标记重复或以另一行为准的行', en: 'row marked as replaced' },
    zh: (p) =>
      p.other
        ? `第 ${p.row} 行的${p.heading}写着「${p.text}」:第 ${Math.min(p.row, p.other)} 行和第 ${Math.max(p.row, p.other)} 行两条${p.records}都计入了,没有按这句话去掉哪一条;请删去不算的那一行(或在它的${p.heading}只写「作废」)后重新评分`
        : `第 ${p.row} 行的${p.heading}写着「${p.text}」,但没有找到它所指的另一行,这一条${p.records}照常计入了;如果它不算,请删去这一行(或只写「作废」)后重新评分`,
  }),
  // A figure every row must give alike (§23 部门月度得分) given two ways: at the first row that differs.
  'figure-conflict': spec<{ group: string; item: string; values: number[]; rows: string }>({
    severity: 'error', located: true, name: { zh: '各行填的不一致', en: 'rows disagree' },
    zh: (p) => `${p.group}的「${p.item}」各${p.rows}填的不一致(${p.values.map(num).join('、')}),无法确定用哪一个;请改成一致后重新评分`,
    expected: (p) => `各${p.rows}相同`, actual: (p) => p.values.map(num).join('、'),
  }),
  // partOf: the numerator counts some of the denominator's (满意数 of 调查数): an error, the item not scored.
  'ratio-above-one': spec<Subject & { numerator: string; value: number; denominator: string; total: number; capped?: { of: string; cap: number }; partOf?: true }>({
    severity: 'warning', also: ['error'], located: true, name: { zh: '分子大于分母', en: 'numerator above denominator' },
    zh: (p) =>
      p.partOf
        ? `${subjectZh(p)}${p.numerator} ${num(p.value)} 大于 ${p.denominator} ${num(p.total)}:${p.numerator}是${p.denominator}中的一部分,不能更多,此项不计分;请核对后重新评分`
        : `${subjectZh(p)}${p.numerator} ${num(p.value)} 大于 ${p.denominator} ${num(p.total)},请核对${p.capped ? `(${p.capped.of}按${percent(p.capped.cap)}计)` : ''}`,
    expected: (p) => `不大于${num(p.total)}`, actual: (p) => num(p.value),
  }),
  /**
   * An actual a hundred times its target or more (销售额 80,000 of a 目标销售额 10): a target typed in another unit (10 万元),
   * capped to full marks without a word.
   */
  'target-far-below': spec<Subject & { of: string; actual: string; value: number; target: number; unit: string }>({
    severity: 'warning', located: true, name: { zh: '目标远低于实际', en: 'target far below actual' },
    zh: (p) => `${subjectZh(p)}${num(p.target)}${p.unit ? ` ${p.unit}` : ''} 只有${p.actual} ${num(p.value)}${p.unit ? ` ${p.unit}` : ''} 的 1/${num(Math.round(p.value / p.target))},${p.of}按上限计;像是按「万元」等别的单位填写的,本项按「${p.unit}」填写,请核对`,
    expected: (p) => `以「${p.unit}」填写`, actual: (p) => num(p.target),
  }),
  'rate-or-counts': spec<
    Subject &
      (
        | { case: 'none'; rate: string; numerator: string; denominator: string }
        | { case: 'partial'; given: string; missing: string; rate: string }
        | { case: 'mismatch'; rate: string; percent: number; numerator: string; value: number; denominator: string; total: number }
      )
  >({
    severity: 'error', located: true, name: { zh: '比率与计数不符', en: 'rate or counts' },
    zh: (p) => {
      const s = subjectZh(p);
      switch (p.case) {
        case 'none': return `${s}未填写:请填「${p.rate}」,或填「${p.numerator}」和「${p.denominator}」`;
        case 'partial': return `${s}只填了「${p.given}」,缺少「${p.missing}」(或只填「${p.rate}」)`;
        case 'mismatch': return `${s}${p.rate} ${num(p.percent)}% 与 ${p.numerator} ${num(p.value)} ÷ ${p.denominator} ${num(p.total)} 不一致,请核对(只填其一即可)`;
      }
    },
    expected: (p) => (p.case === 'none' ? `${p.rate}或${p.numerator}和${p.denominator}` : p.case === 'partial' ? p.missing : `${p.numerator} ÷ ${p.denominator}`),
    actual: (p) => (p.case === 'mismatch' ? `${num(p.percent)}%` : '空'),
  }),
  'group-check': spec<{ group: string; message: string; detail: string }>({
    severity: 'error', also: ['warning'], located: true, name: { zh: '分组检查', en: 'group check' },
    // The message is the definition's own (records forms: GroupingDef.warn), the detail the figures it was about.
    zh: (p) => `${p.group}:${p.message}(${p.detail})`,
    expected: () => undefined, actual: (p) => p.detail,
  }),
  // value: the words written where the score goes (N/A, 无, -): said, the cell not being empty.
  'missing-rater': spec<Subject & { raters: string[]; anyOf?: true; value?: string; accepts?: Accepts }>({
    severity: 'error', located: true, name: { zh: '缺少评分人', en: 'rater missing' },
    zh: (p) =>
      p.anyOf
        ? `${subjectZh(p)}没有计分的评分(需要 ${p.raters.join('/')} 至少一组)`
        : `${subjectZh(p)}缺少「${p.raters.join('/')}」的评分(必填${p.accepts ? `,${expectationZh(p.accepts)}` : ''})${p.value ? `,填的是「${p.value}」,这一项不能不评` : ''}`,
    expected: (p) => p.raters.join('/'), actual: (p) => p.value ?? '空',
  }),

  // ---- one person ----------------------------------------------------------------------------------------------
  // skipped: groups that rated the person's other items — this one left blank is likely missed, not an absent rater.
  'rater-spread': spec<{ items: string[] | 'all'; raters: string[]; skipped?: string[] } | { case: 'partial'; rater: string; rated: number; of: number; missing: string[] }>({
    severity: 'info', also: ['warning'], located: true, named: true, name: { zh: '评分人权重重新分配', en: 'rater weight redistributed' },
    zh: (p) =>
      'case' in p
        ? `「${p.rater}」只评了 ${p.of} 项中的 ${p.rated} 项(没评:${someZh(p.missing, 5, '项')}),这些项只按其他人的评分平均;请核对是否漏填`
        : `${p.items === 'all' ? '各项' : p.items.map(q).join('、')}${p.raters.join('、')}无人评分,其权重按比例分给其他评分人${p.skipped ? `;${p.skipped.join('、')}评了其他项而没有评这一项,请核对是否漏填` : ''}`,
    expected: (p) => ('case' in p ? `${p.of} 项` : p.raters.join('、')), actual: (p) => ('case' in p ? `${p.rated} 项` : '无人评分'),
  }),
  /** months: the two columns are noted with two months (「(2月)」「(3月)」) and no 考核月份 says which is this file's. */
  // both: what one row holds when both rows count — 13-insert-rows: 每次扣分 3 and 2, deleted as told, scored 17 for
  // 20 − 5 = 15; 奖惩 +2 表扬信 and −3 迟到被投诉 scored 92 for 89. list joins them, sum adds them (a signed 奖惩 names its
  // reasons too), reasons joins an adjustment's reasons.
  'duplicate-entry': spec<{ item: string; first: string; firstValue: string; value: string; column?: true; months?: true; scoreLine?: true; both?: { kind: 'list' | 'sum' | 'reasons'; value: string; signed?: true }; columns?: { columns: [string, string]; rater: string }; added?: true }>({
    severity: 'error', located: true, named: true, name: { zh: '同一项填了两次', en: 'entry given twice' },
    // column: a roster with the same heading twice; otherwise a form sheet with the item's row twice.
    zh: (p) => {
      if (p.months) return `「${p.item}」有两列,注明了两个月份:${p.first} 填「${p.firstValue || '(空)'}」,这里填「${p.value || '(空)'}」;看不出本表是哪个月的(没有考核月份列,或各行的月份不是其中之一),不知道取哪一个(此人不评分);请删去其他月份的列,或填写考核月份后重新评分`;
      // scoreLine: 「(得分:9分)」 with another figure typed in the column to fill on that line.
      // added: 「奖惩」 over 加分 | 扣分, the two to be added up, one of them no plain number (「扣2分」).
      // (On a person's sheet, 加分 | 扣分 rows under 其它: 两行.)
      if (p.added) return `「${p.item}」分成加分、扣分两${p.column ? '列' : '行'},按 加分 − 扣分 计:${p.first} 填「${p.firstValue}」,这里填「${p.value}」,不是两个数,加不出来(此人不评分);请在这两${p.column ? '列' : '行'}里只填数字(扣分填 2 即扣 2 分)后重新评分`;
      if (p.scoreLine) return `「${p.item}」的得分行 ${p.first} 写的是「${p.firstValue}」,这一格又填了「${p.value}」,不知道取哪一个;请只留一处(此人不评分)`;
      const unit = p.column ? '列' : '行';
      // columns: one rater's two columns headed otherwise (主管王 | 主管李), each named.
      if (p.columns) return `「${p.item}」的「${p.columns.rater}」有两列:「${p.columns.columns[0]}」${p.first} 填「${p.firstValue}」,「${p.columns.columns[1]}」这里填「${p.value}」;「${p.columns.rater}」只有一位,不知道取哪一个;请删去多余的一列(此人不评分)`;
      if (p.both) return `「${p.item}」有两${unit}:${p.first} 填「${p.firstValue}」,这里填「${p.value}」,不知道是同一项填了两遍还是两项都算(此人不评分);填了两遍的,请删去多余的一${unit};两项都算的,${bothZh(p.both, p.firstValue, p.value)}后重新评分`;
      return `「${p.item}」有两${unit}:${p.first} 填「${p.firstValue}」,这里填「${p.value}」,不知道取哪一个;请删去多余的一${unit}(此人不评分)`;
    },
    expected: (p) => (p.scoreLine ? '一处' : p.column ? '一列' : '一行'), actual: (p) => `${p.firstValue} / ${p.value}`,
  }),
  /**
   * An item's name merged down over several rows, one line of its 内容 a row and a count on each (the seed's §2 layout):
   * the counts added, said once for the sheet — 员工基本标准 2 + 2 was read as 2 (91.00 优秀 for 81.00 良好 at exit 0).
   */
  // reasons: an adjustment's (奖惩分, 原因) rows typed two or more times, each with its own reason (values 「-1(迟到两次)」).
  'lines-added': spec<{ sheet: string; input: string; items: Array<{ item: string; values: string[]; sum: number }>; reasons?: true }>({
    severity: 'info', located: true, named: true, name: { zh: '各行相加', en: 'lines added up' },
    zh: (p) => p.reasons
      ? `工作表「${p.sheet}」${p.items.map((i) => `「${i.item}」有 ${i.values.length} 行${p.input},各有自己的原因:按各行相加计(${i.values.join(' + ')} = ${i.sum})`).join(';')};如果是同一项填了两遍,请删去多余的一行和它的原因`
      : `工作表「${p.sheet}」有 ${p.items.length} 项的名称合并跨几行、每行一条内容各填了${p.input}:按各行相加计(${p.items.slice(0, 6).map((i) => `${i.item} ${i.values.join(' + ')} = ${i.sum}`).join(';')}${p.items.length > 6 ? ` 等 ${p.items.length} 项` : ''});如果每行填的是整项的数,请只在第一行填写`,
    expected: () => '每行一条内容', actual: (p) => p.items.map((i) => `${i.item} ${i.sum}`).join('、'),
  }),
  /**
   * Grades typed as their one character (「优」 「良」 on §15's interview sheets, refused in every cell — 陈晨 unscored for
   * 3.50 优秀): read as the one option each begins or ends; a note once for the sheet, at the first such cell.
   */
  'short-choice': spec<{ sheet: string; count: number; pairs: Array<{ typed: string; label: string }> }>({
    severity: 'info', located: true, name: { zh: '等级只写了一个字', en: 'grade typed as one character' },
    zh: (p) => `工作表「${p.sheet}」有 ${p.count} 格的等级只写了一个字,按${p.pairs.map((x) => `「${x.typed}」= ${x.label}`).join('、')}读取;以后请写全称`,
    expected: (p) => p.pairs.map((x) => x.label).join(' / '), actual: (p) => p.pairs.map((x) => x.typed).join(' / '),
  }),
  /** A form sheet's fill cell merged over the rows of two inputs: it shows one value for both. */
  // raters: one item's cell merged across its raters' columns (§4 直接主管 | 间接主管 both 「达成」): each rater's answer.
  'merged-entry': spec<{ item: string; firstItem: string; first: string; range: string; value: string } | { case: 'rows'; item: string; range: string; value: string; people: string[] } | { case: 'raters'; item: string; range: string; value: string; raters: string[] }>({
    severity: 'error', also: ['warning'], located: true, named: true, name: { zh: '一格跨两项', en: 'one cell for two entries' },
    zh: (p) => {
      if (!('case' in p)) return `这一格与 ${p.first} 合并成了一格(${p.range}),「${p.value}」同时算作「${p.firstItem}」和「${p.item}」,不知道是哪一项的;请取消合并,每项各填一格(此人不评分)`;
      if (p.case === 'raters') return `「${p.item}」的 ${p.range} 合并成了一格,「${p.value}」算作${p.raters.join('、')}各自的评分;如果它只是其中一位的,请取消合并,每位评分人各填一格`;
      return `「${p.item}」的 ${p.range} 合并成了一格,「${p.value}」计入了这几行的每个人:${p.people.slice(0, 10).join('、')}${p.people.length > 10 ? ` 等 ${p.people.length} 人` : ''};如果它只属于第一行,请取消合并,每人各填一格`;
    },
    expected: () => '每项一格', actual: (p) => `合并 ${p.range}`,
  }),
  /**
   * A rater's heading merged over the choice labels (§4's 「直接主管评分」 over 差 | 低标 | 达成): one mark per row in the group.
   * Two marks (`chosen`), or something that is no mark (`stray`, 「达成」 typed under 差): which one is meant is not
   * guessed — the item is not scored, the person neither.
   */
  'tick-group': spec<{ item: string; rater: string; range: string; labels: string[]; chosen?: string[]; stray?: string }>({
    severity: 'error', located: true, named: true, name: { zh: '勾选列无法读取', en: 'ticked columns unreadable' },
    zh: (p) =>
      p.stray !== undefined
        ? `「${p.item}」${p.rater}的勾选列(${p.range}:${p.labels.join(' / ')})里这一格填的是「${p.stray}」,不是勾;在选中的一列打「√」、其余留空(此人不评分)`
        : `「${p.item}」${p.rater}的勾选列(${p.range}:${p.labels.join(' / ')})勾了 ${p.chosen!.length} 格(${p.chosen!.join('、')}),不知道选的是哪一个;只在选中的一列打「√」(此人不评分)`,
    expected: () => '一格打勾', actual: (p) => (p.stray !== undefined ? p.stray : p.chosen!.join('、')),
  }),
  // A tick group's sub-heading printing a coefficient beside its label that is not the form's (「差0.5」, 「差50分」): the
  // column is read as the label, scored with the form's coefficient.
  'tick-coefficient': spec<{ rater: string; text: string; label: string; points: number }>({
    severity: 'warning', located: true, named: true, name: { zh: '勾选列的系数与本表不同', en: 'ticked column coefficient differs' },
    zh: (p) => `${p.rater}的勾选列表头「${p.text}」按「${p.label}」读,写的系数与本表不同:本表「${p.label}」的系数是 ${num(p.points)},按 ${num(p.points)} 计分;如果本月的系数确实改了,请先改考核表定义`,
    expected: (p) => `${p.label} ${num(p.points)}`, actual: (p) => p.text,
  }),
  // required: the person's row holds nothing and its required items make it an error — one line for the row, not one
  // for each of its cells (a half-filled roster of 25 gave 113 errors).
  // required: the empty required cells (an error). scoredAs: what blanks would score, below full marks (nothing ticked:
  // an error, the person most likely not rated yet); mark: the answer that says 「none of these」 (§27's ×).
  // blankCopy: a second sheet or row of the person (same 工号 / 姓名, no other header value of its own) with nothing
  // filled, beside the one with the marks: left out, a warning at it; `of` is where the person's filled one is; row: both
  // are a roster's rows; noId: the blank one has no 工号 where the filled one has (noId names the field): maybe another person.
  'nothing-filled': spec<{ required?: number; scoredAs?: number; mark?: string; blankCopy?: { key: string; value: string; of?: string; row?: true; noId?: string } }>({
    severity: 'warning', also: ['error'], located: true, named: true, name: { zh: '没有填写', en: 'nothing filled in' },
    zh: (p) =>
      p.blankCopy
        ? ((n) => `这一${n}没有填写任何一项,是同一人(${p.blankCopy!.key}「${p.blankCopy!.value}」)${p.blankCopy!.of ? `在 ${p.blankCopy!.of} ` : ''}那一${n}的空白副本,没有计入;按填写了的那一${n}评分。如果这一${n}才是要填的,请填写后删去另一${n}${p.blankCopy!.noId ? `;这一${n}没有${p.blankCopy!.noId}:如果是另一个人,请填上${p.blankCopy!.noId}和评分后重新评分` : ''}`)(p.blankCopy.row ? '行' : '份')
        : p.required
        ? `还没有填写任何一项(必填的 ${p.required} 项都是空的),此人不评分;填写后重新评分`
        : p.scoredAs !== undefined
          ? `没有填写任何一项,此人不评分(全部留空会按未勾选计为 ${num(p.scoredAs)} 分);如果还没有评,请先填写;如果确实都不符合,请${p.mark ? `填「${p.mark}」` : '逐项填写'}后重新评分`
          : '没有填写任何一项,按全部留空计分(未勾选、无扣分);如果还没有评,请先填写再评分',
    expected: () => '填写的项目', actual: () => '全部留空',
  }),
  'header-missing': spec<
    /** inRow: a roster's column, blank in this row; id: the 工号 the row has; tab: the sheet's name, no person's either. */
    /** tabName: the tab is a name with a sheet's word attached (「张三定稿」 = 张三 + 定稿). */
    | { case: 'empty'; field: string; identifies?: string; inRow?: true; id?: string; tab?: string; tabName?: { name: string; word: string } }
    | { case: 'no-name-field'; identifies: string }
    /** plain: the items are scored alike whatever the value, under their plain names (a warning). */
    | { case: 'variant'; field: string; values: string[]; value: string; plain?: true }
  >({
    severity: 'error', located: true, name: { zh: '表头未填', en: 'header field missing' },
    zh: (p) => {
      switch (p.case) {
        case 'empty': return p.inRow
          ? `这一行的「${p.field}」未填写(${p.identifies ? `无法确定${p.identifies}` : '必填'}${p.id ? `;这一行的工号是 ${p.id}` : ''})`
          : `表头「${p.field}」未填写(${p.identifies ? `无法确定${p.identifies}` : '必填'}${p.tab ? (p.tabName ? `;表名「${p.tab}」像是「${p.tabName.name}」加上「${p.tabName.word}」,不是单独的人名,不能代替${p.field};是${p.tabName.name}的表时请在${p.field}填上「${p.tabName.name}」` : `;工作表名「${p.tab}」也不是人名,不能代替${p.field}`) : ''})`;
        case 'no-name-field': return `考核表定义没有「姓名」字段,无法确定${p.identifies}`;
        case 'variant': return p.plain
          ? `表头「${p.field}」为「${p.value}」,不是 ${p.values.join(' / ')} 之一:各项按通用名称列出(评分方法相同);如属其中之一,请写明`
          : `表头「${p.field}」应为 ${p.values.join(' / ')} 之一(决定考核项目),实际为「${p.value}」`;
      }
    },
    expected: (p) => (p.case === 'empty' ? p.field : p.case === 'variant' ? p.values.join(' / ') : undefined),
    actual: (p) => (p.case === 'empty' ? '空' : p.case === 'variant' ? p.value : undefined),
  }),
  // The 评分人 names a rater who does not count or one of many (自评, 同事评), and the columns of a rater who counts
  // (主管评) hold marks: whose they are is unknown (engine/raterCopy.ts raterClaimProblems).
  'rater-claim': spec<{ field: string; value: string; named: string; filled: string[] }>({
    severity: 'error', located: true, named: true, name: { zh: '评分人不符', en: 'rater mismatch' },
    zh: (p) =>
      `「${p.field}」写的是「${p.value}」${p.value === p.named ? '' : `(${p.named})`},但${p.filled.map(q).join('、')}的列里也填了评分:不知道这些分数是谁评的,此人不评分;` +
      `请把「${p.field}」改为实际评分的人,或把分数移到${q(p.named)}的列里(每位评分人各填一份时用 kpi template --rater,再一起评分)`,
    expected: (p) => `${p.named}的列`, actual: (p) => p.filled.join('、'),
  }),
  'self-rated': spec<{ field: string; value: string; raters: string; ownName?: true; counted?: string; setAside?: true; fileName?: string }>({
    severity: 'error', also: ['warning'], located: true, named: true, name: { zh: '自评', en: 'self-assessment' },
    // ownName: the rater is the person's own name (read as 自评, as 自评/本人 are: an error, unless set aside beside a counted row).
    // counted: where the same person's counted row is (the self row beside it is set aside, a warning).
    // fileName: the 评分人 says the group only and the copy's file's name says who (同事-林娜.xlsx on 林娜's own sheet).
    zh: (p) =>
      p.setAside && p.fileName
        ? `「${p.field}」${p.value ? `写的是「${p.value}」` : '没有填写'},文件名「${p.fileName}」说明评分人是被考核人本人:这份${p.raters}是本人给自己的评分,自评只作参考、不计分,没有计入${p.raters};如果不是,请核对`
        : p.setAside
        ? `「${p.field}」写的是「${p.value}」,即被考核人本人:这份${p.raters}是本人给自己的评分,自评只作参考、不计分,没有计入${p.raters};如果不是,请核对`
        : p.ownName && p.counted === undefined
        ? `「${p.field}」与被考核人同名(「${p.value}」):是本人给自己的评分,自评只作参考、不计分,这些分数不当作${p.raters}的评分(此人不评分);请由${p.raters}评分,或在「${p.field}」写上实际评分的人后重新评分`
        : p.counted !== undefined
          ? `「${p.field}」写的是「${p.value}」:自评只作参考、不计分,这一行不评分;此人按${p.counted ? ` ${p.counted} 的` : '另一行'}评分计分`
          : `「${p.field}」写的是「${p.value}」:自评只作参考、不计分,这些分数不当作${p.raters}的评分(此人不评分);请由${p.raters}评分后重新评分`,
    expected: (p) => p.raters, actual: (p) => p.value,
  }),
  'duplicate-person': spec<{ key: string; value: string; firstAt?: string; firstName?: string; named?: true; oneId?: string; otherSheet?: string; monthSheet?: string; both?: true; laterAt?: string; raters?: string[]; copied?: string; unclear?: { field: string; roles: string[] }; apart?: { field: string; values: string[]; id: string; fill: 'both' | 'one' | 'column' } }>({
    severity: 'error', located: true, name: { zh: '人员重复', en: 'duplicate person' },
    // otherSheet: the first was on another sheet (a month's sheet beside the next one's): how to leave one out.
    // monthSheet: which of the two the month check found of another month: named, not 「如果…」 of either.
    // both: the two rows score differently, so neither counts; laterAt: said at the first row, where the other one is.
    // named: one 工号 on two names (on one table, or on two people's sheets): the 工号 is put right, no month's sheet asked.
    zh: (p) =>
      `${p.key}「${p.value}」重复` +
      (p.laterAt !== undefined ? `,在${p.laterAt ? ` ${p.laterAt} ` : '后面'}又出现一次` : `${p.firstAt ? `,已在 ${p.firstAt} 出现` : ''}${p.firstName ? `(${p.firstName})` : ''}`) +
      // apart: one name in two 部门 (or 岗位) with no 工号 on at least one row: maybe two people, told how to say so.
      // raters: one row per rater (主管评, 同事评) on a table with every rater's columns: no row is wrong, none to delete.
      // unclear: rows signed with names the row's 直接主管 / 间接主管 columns do not tell apart — a row per rater works
      // when 评分人 says which (「一人只能有一行」 was wrong advice there).
      (p.raters && p.unclear
        ? `,看不出两行的评分人(${p.raters.map(q).join('、')})各是${p.unclear.roles.map(q).join('还是')},都不计分;请在「${p.unclear.field}」里写明${p.unclear.roles.map(q).join('或')}(一位评分人一行)后重新评分`
        : p.raters
        ? `,两行的评分人不同(${p.raters.map(q).join('、')}),都不计分;一人只能有一行:请把各评分人的分数填在同一行各自的列里,或每位评分人一份表(kpi template --rater)后用 kpi score 一起评分`
        : p.apart ? `${p.both ? ',两处的评分不同,都不计分(不取其中一处)' : ',本条不计分'};${namesakesWayOut(p.apart)}${p.both ? ';如是同一个人,请删去不对的一处' : ''}`
        // oneId: one name, a 工号 on one of the two and none on the other: maybe two people, the missing 工号 the way out.
        : p.oneId && !p.monthSheet ? `${p.both ? ',两处的评分不同,都不计分(不取其中一处)' : ',本条不计分'};一处有${p.oneId}、一处没有:如是两个人,请给没有${p.oneId}的一处也填上${p.oneId}后重新评分${p.both ? ';如是同一个人,请删去不对的一处' : ''}`
        // named: the two rows name two people (孙七, 吴九): deleting one would lose a person; the 工号 is to be put right.
        : p.both ? `,两处的评分不同,都不计分(不取其中一处)${p.copied || p.monthSheet ? '' : p.named ? `;两处的姓名不同,请改正不对的${p.key}后重新评分` : ';请删去不对的一处'}` : ',本条不计分') +
      // copied: a sheet named after someone else holds the name (tab 李四, 姓名 张三): the name not changed, not a month.
      (p.copied
        ? `;工作表「${p.copied}」写的${p.key}是「${p.value}」,而「${p.value}」另有自己的表:如果它是复制「${p.value}」的表后忘了改${p.key},请把它的${p.key}改为「${p.copied}」(或实际的人)后重新评分,不要删去`
        : p.monthSheet ? `;工作表「${p.monthSheet}」的考核月份与其他表不同,是另一个月的表:请把它隐藏或移到另一个文件后重新评分`
        : p.otherSheet && !p.named ? `;如果工作表「${p.otherSheet}」是另一个月的,请把它隐藏或移到另一个文件后重新评分` : ''),
    expected: (p) => `${p.key}唯一`, actual: (p) => p.value,
  }),
  // A bare 「编号」 numbering each group's rows from 1 (1–6, then 1–2): row numbers, not 工号 — two people each 「1」 were
  // refused as one.
  'group-numbering': spec<{ sheet: string; heading: string; runs: number[] }>({
    severity: 'info', located: true, name: { zh: '分组编号', en: 'numbering per group' },
    zh: (p) => `「${p.heading}」列按组从 1 起依次编号(${p.runs.slice(0, 6).map((n) => (n > 1 ? `1–${n}` : '1')).join('、')}${p.runs.length > 6 ? ' 等' : ''}),是行号,不当作工号;要用工号区分同名的人,请另加一列「工号」`,
  }),
  // 工号 saved by Excel to CSV in scientific notation (2.02303E+11): different people shared one, all refused as 「重复」.
  'id-scientific': spec<{ heading: string; value: string; count: number }>({
    severity: 'warning', located: true, name: { zh: '工号成了科学计数法', en: 'IDs in scientific notation' },
    zh: (p) => `「${p.heading}」列有 ${p.count} 个值是科学计数法(如「${p.value}」):Excel 另存为 CSV 时截掉了后面的位数,已分不出是谁的;本次不用这一列,按姓名区分每个人。要保留${p.heading},请在 Excel 里把这一列设为「文本」格式后重新导出`,
  }),
  // A person's sheet kept twice as it is (「备份」, 「李四(备份)」, 「李四 (2)」 beside 「李四 3月」): one person, scored once —
  // the copy was 「工号「1002」重复…本条不计分」, 李四 listed twice at exit 1. Copies differing anywhere stay duplicate-person.
  'sheet-copy': spec<{ sheet: string; of: string; key: string; value: string }>({
    severity: 'info', located: true, name: { zh: '备份的表', en: 'sheet kept as a copy' },
    zh: (p) => `工作表「${p.sheet}」与「${p.of}」(${p.key}「${p.value}」)填写的内容完全相同,是它的备份,没有另计;按「${p.of}」评分`,
    expected: (p) => p.of, actual: (p) => p.sheet,
  }),
  // Text in a grade field with no grade word at all — the signer's name (王经理), 已签, OK, 是, a date: it was shown as the
  // 部门定级 「王经理」 with 「保留填写的等级」. kpi's grade is written; what was typed is said here. (Decisions — 同意, 待定,
  // 不予转正 — are kept as typed: override.)
  'typed-not-grade': spec<{ field: string; typed: string; grades: string[]; computed: string | null }>({
    severity: 'info', named: true, located: true, name: { zh: '填写的不是等级', en: 'typed text is no grade' },
    zh: (p) => `「${p.field}」填写的「${p.typed}」不是等级(${p.grades.join(' / ')} 之一),像是签名、日期或确认;写入按分数定的「${p.computed ?? '—'}」`,
    expected: (p) => p.grades.join(' / '), actual: (p) => p.typed,
  }),
  // copies: the raters' copies typed different grades (「良好(1 份)、一般(1 份)」): kpi's grade stands.
  override: spec<{ field: string; typed: string; score: number; computed: string | null; copies?: true } | { case: 'record'; column: string; typed: number; computed: number; rule: string } | { case: 'total'; field: string; typed: string; computed: string }>({
    severity: 'warning', named: true, located: true, name: { zh: '手工改写', en: 'grade overridden' },
    // record: a score typed in a records form's own column that differs from the rule's; the rule's is counted.
    zh: (p) =>
      !('case' in p)
        ? p.copies
          ? `各评分人的表里「${p.field}」填得不同:${p.typed};按分数 ${p.score.toFixed(2)} 为「${p.computed ?? '—'}」,用按分数定的等级;请核对后统一`
          : `「${p.field}」填写为「${p.typed}」,按分数 ${p.score.toFixed(2)} 应为「${p.computed ?? '—'}」;保留填写的等级`
        : p.case === 'record'
          ? `手填「${p.column}」为 ${num(p.typed)},按规则应为 ${num(p.computed)}(${p.rule});统计按 ${num(p.computed)}`
          : `手填的「${p.field}」为「${p.typed}」,按规则算出的是「${p.computed}」;kpi 按算出的计(写在 kpi 的结果列),请核对`,
    expected: (p) => (!('case' in p) ? p.computed ?? '' : p.case === 'record' ? num(p.computed) : p.computed),
    actual: (p) => (!('case' in p) ? p.typed : p.case === 'record' ? num(p.typed) : p.typed),
  }),
  /**
   * §8 roster: a bare 「扣分」 column beside 「其它·奖惩分」 is the team's own figure of the points the person lost. Where it
   * is neither the items' loss (max − score of each) nor that plus a negative 奖惩分 nor 100 − kpi's total, it may be a
   * deduction kpi does not count (张三's items lose 23, 扣分 25: 77.00 at exit 0): the person is not scored.
   * lost: the items' loss, kpi's figure; typed: the column's; adjustment: the 奖惩分 (field, points) when there is one.
   */
  /**
   * unread: the cell's words, in which kpi reads no points (「迟到、玩手机」): a warning, nothing compared. left: a subtotal among
   * the items' columns, the item just left of it with its loss, and the loss of the items left of it (before) and since the
   * previous such column (since). whole: a column of all the points lost after the items' (one of several, or on §11 / §12).
   */
  'lost-points-differ': spec<{ column: string; typed: number; lost: number; items: Array<{ item: string; lost: number }>; adjustment?: { field: string; points: number }; of?: string; among?: true; into?: { field: string; negative: boolean }; unread?: string; left?: { item: string; lost: number; before: number; since: number }; whole?: true }>({
    severity: 'error', also: ['warning'], named: true, located: true, name: { zh: '扣分与各项不符', en: 'points lost disagree' },
    zh: (p) => {
      if (p.unread !== undefined) {
        return `「${p.column}」填写的「${p.unread}」读不出扣了几分,没有${p.of ? `与「${p.of}」按评分规则扣的分` : '与各项目按评分规则扣的分'}核对;请填扣的分数(如 5,或 2+3)后重新评分`;
      }
      // of: a column of one item's points lost (「纪律扣分」 of 工作纪律), compared with that item alone.
      const into = p.into ? `另有扣分请填在「${p.into.field}」(${p.into.negative ? '填负数' : '填正数'}并注明原因)或删去这一列` : '另有扣分请填在所属项目或删去这一列';
      if (p.among && p.left) {
        // (The items since the previous such column, when there is one and they are more than the one left; all the items left of it.)
        const sums = [p.left.since !== p.left.lost && p.left.since !== p.left.before ? `上一个扣分列之后各项共扣 ${num(p.left.since)} 分` : '', p.left.before !== p.left.lost && p.left.before !== p.lost ? `左边各项共扣 ${num(p.left.before)} 分` : ''].filter(Boolean).join(',');
        return `「${p.column}」在「${p.left.item}」的列之后,填写为 ${num(p.typed)},「${p.left.item}」按评分规则扣 ${num(p.left.lost)} 分${sums ? `,${sums}` : ''},各项合计扣 ${num(p.lost)} 分;都不一致,此人不评分;这一列是「${p.left.item}」的扣分时请核对该项各列的填写,${into},改后重新评分`;
      }
      if (p.whole) {
        const by = p.items.filter((i) => i.lost !== 0).map((i) => `${i.item} ${num(i.lost)}`).join('、');
        const adj = p.adjustment ? `;「${p.adjustment.field}」${signed(p.adjustment.points)}` : '';
        return `「${p.column}」填写为 ${num(p.typed)},各项目按评分规则共扣 ${num(p.lost)} 分${by ? `(${by})` : ''}${adj};不一致,相差的分数不知是哪一项的,此人不评分;${into},「${p.column}」是各项扣分的合计时请改正,改后重新评分`;
      }
      // among: a subtotal between the items' columns (「扣分小计」), some item's — none of them lost that.
      if (p.among) {
        const by = p.items.filter((i) => i.lost !== 0).map((i) => `${i.item} ${num(i.lost)}`).join('、');
        return `「${p.column}」在各项目的列之间,填写为 ${num(p.typed)},不是任何一项按评分规则扣的分${by ? `(${by})` : ''},也不是合计的 ${num(p.lost)} 分;不知是哪一项的扣分,此人不评分;请核对各项的填写,${into},改后重新评分`;
      }
      if (p.of) {
        return `「${p.column}」填写为 ${num(p.typed)},「${p.of}」按评分规则扣 ${num(p.lost)} 分;不一致,此人不评分;这一列是「${p.of}」的扣分时请核对该项各列的填写,${into},改后重新评分`;
      }
      const by = p.items.filter((i) => i.lost !== 0).map((i) => `${i.item} ${num(i.lost)}`).join('、');
      const adj = p.adjustment ? `;「${p.adjustment.field}」${signed(p.adjustment.points)}` : '';
      const also = p.adjustment && p.adjustment.points < 0 ? `,连同奖惩共 ${num(p.lost - p.adjustment.points)} 分` : '';
      return `「${p.column}」填写为 ${num(p.typed)},各项目按评分规则共扣 ${num(p.lost)} 分${by ? `(${by})` : ''}${adj}${also};不一致,相差的分数不知是哪一项的,此人不评分;另有扣分请填在所属项目或「其它·奖惩分」(填负数并注明原因),「${p.column}」是各项扣分的合计时请改正,改后重新评分`;
    },
    expected: (p) => num(p.lost), actual: (p) => num(p.typed),
  }),
  /** other: the pay row's name is another person's of the form (工号 swapped): an error, no pay worked out. */
  /** ownId: the person's own name is on a row of another 工号 (ownCell), no one's of the form: an error, no pay. */
  /** rowOf: found by name (no 工号 on the form), the row's 工号 is rowOf's: an error, no pay. */
  /** payDepartment: found by name alone, the row of another 部门 than the person's (department). */
  'pay-mismatch': spec<{ payFile: string; id: string; payName: string; name: string; other?: true; ownId?: string; ownCell?: string; rowOf?: string; payDepartment?: string; department?: string }>({
    severity: 'warning', also: ['error'], located: true, name: { zh: '工资表姓名不符', en: 'pay row under another name' },
    zh: (p) => p.payDepartment
      ? `工资文件 ${p.payFile} 中「${p.name}」一行的部门是「${p.payDepartment}」,考核表中是「${p.department}」${p.id ? `(工号「${p.id}」在工资文件中没有)` : ''}:可能是同名的另一个人,没有计算绩效奖金;请核对工资文件(或在两边填上工号)后重新评分`
      : p.rowOf
      ? `工资文件 ${p.payFile} 中「${p.name}」一行的工号「${p.id}」是考核表里「${p.rowOf}」的工号,而考核表里「${p.name}」没有工号:不知道这一行是谁的,没有计算绩效奖金;请在考核表里填上「${p.name}」的工号,或核对工资文件后重新评分`
      : p.ownId
      ? `工资文件 ${p.payFile} 中工号「${p.id}」的姓名是「${p.payName}」,名单中是「${p.name}」;而「${p.name}」在工资文件 ${p.ownCell} 一行的工号是「${p.ownId}」:不知道哪一行是他的(考核表的工号填错了?),没有计算绩效奖金;请核对工号后重新评分`
      : p.other
      ? `工资文件 ${p.payFile} 中工号「${p.id}」的姓名是「${p.payName}」(考核表里的另一个人),名单中是「${p.name}」:不知道这一行是谁的,没有计算绩效奖金;请核对工资文件的工号后重新评分`
      : `工资文件 ${p.payFile} 中工号「${p.id}」的姓名是「${p.payName}」,名单中是「${p.name}」;已按工号计算绩效奖金,请核对`,
    expected: (p) => (p.payDepartment ? p.department : p.name), actual: (p) => p.payDepartment ?? p.payName,
  }),
  // An error: asked for pay, the run said 0 with 2,995 of 3,000 people unpaid (a blank 绩效基数 was already an error).
  /** only: the person is on a sheet of another month only, set aside (readPay sheetsOfMonth). */
  'pay-missing': spec<{ payFile: string; who: string; only?: { sheet: string; months: string[]; month: string } }>({
    severity: 'error', name: { zh: '工资表中没有此人', en: 'person not in the pay file' },
    zh: (p) =>
      `工资文件 ${p.payFile} 中没有「${p.who}」(按工号或姓名查找),未计算绩效奖金` +
      (p.only ? `;此人只在工作表「${p.only.sheet}」里,那是 ${p.only.months.join('、')} 的工资表,考核表是 ${p.only.month},没有用它的绩效基数;请在本月的工资表里补上此人后重新评分` : ''),
    actual: (p) => p.who,
  }),
  // Rows of the pay file for people the form does not have (a person left off the roster, or a company-wide file).
  'pay-unused': spec<{ payFile: string; who: string[] }>({
    severity: 'info', name: { zh: '工资表中多出的人', en: 'pay rows not used' },
    zh: (p) => `工资文件 ${p.payFile} 中有 ${p.who.length} 人不在考核表里,没有用到:${someZh(p.who, 10, '人')};如果其中有人漏评,请把他加进考核表`,
  }),
  /** formula: a formula saved without its result (openpyxl, a script): the amount it gives is not in the file. */
  /** hidden-row: the person's only row is hidden (filtered out, or hidden as 「已离职,3月起不发」): not read. */
  /** small: one amount under 100 in a column of amounts in the thousands (a typo, or a file cut inside 「3000」). */
  'pay-invalid': spec<{ field: string; value: string; formula?: true } | { case: 'blank'; field: string; who: string } | { case: 'hidden-row'; who: string; row: number } | { case: 'small'; field: string; who: string; value: string; max: number }>({
    severity: 'error', also: ['warning'], located: true, name: { zh: '工资金额不对', en: 'invalid pay amount' },
    zh: (p) =>
      'case' in p && p.case === 'small'
        ? `「${p.who}」的「${p.field}」是 ${p.value},这一列其他金额都在千元以上(最大 ${p.max}),像是少打了数字或文件被截断,没有计算绩效奖金;请改正后重新评分`
        : 'case' in p && p.case === 'hidden-row'
        ? `「${p.who}」在工资文件里的一行(第 ${p.row} 行)是隐藏的(筛选掉或隐藏的行不读),没有计算绩效奖金;要发请取消隐藏后重新评分`
        : 'case' in p
        ? p.field === '绩效基数' ? `「${p.who}」的「绩效基数」未填写,不计算绩效奖金` : `「${p.who}」的「${p.field}」未填写,只计算绩效奖金,不计算工资总额`
        : p.formula
          ? `「${p.field}」是公式「${p.value}」,文件里没有保存它的计算结果(用程序写出、没有在 Excel/WPS 里打开保存过),读不到金额;请在 Excel 或 WPS 里打开并保存后重新评分`
          : `「${p.field}」应为不小于0的金额,实际为「${p.value}」`,
  }),
  /** firstSheet: the first row is on another sheet of the pay file; hidden: one of the two rows is hidden. */
  /** columns: two columns headed 绩效基数 (or 基本工资) holding different amounts on this row. */
  'pay-duplicate': spec<{ case: 'file'; field: string; value: string; firstRow: number; firstSheet?: string; hidden?: true } | { case: 'roster'; name: string; count: number; payFile: string; why?: 'pay-no-ids' | 'roster-no-ids' | 'pay-row-no-id'; who?: string } | { case: 'names'; name: string; payFile: string } | { case: 'columns'; field: string; values: string[]; headings: string[]; beside?: string }>({
    severity: 'error', located: (p) => p.case === 'file' || p.case === 'columns', name: { zh: '工资表无法对应', en: 'pay row ambiguous' },
    zh: (p) =>
      p.case === 'file'
        ? `工资文件中${p.field}「${p.value}」出现两次(${p.firstSheet ? `工作表「${p.firstSheet}」` : ''}第 ${p.firstRow} 行已有${p.hidden ? ',其中一行是隐藏的' : ''}),不知道用哪一行,此人不计算绩效奖金${p.hidden ? ';如果隐藏的是旧数据,请删去那一行后重新评分' : ''}`
        : p.case === 'roster'
          ? `名单中有 ${p.count} 人叫「${p.name}」,${p.why === 'roster-no-ids' ? '名单里没有他们的工号' : p.why === 'pay-row-no-id' ? `工资文件 ${p.payFile} 中这个名字的一行没有工号` : `工资文件 ${p.payFile} 没有工号列`},无法按姓名对应,${p.who ? `「${p.who}」不计算绩效奖金` : '这些人不计算绩效奖金'}`
          : p.case === 'columns'
            ? p.beside
              ? `工资文件这一行表头有两组工号/姓名和${p.field}(第二组从 ${p.beside} 列起),像是两张表并排放在一张工作表上,这一行的两个${p.field}(${p.values[0]}、${p.values[1]})不知道哪个是此人的,此人不计算绩效奖金;请把两张表分到两个工作表(或上下排列)后重新评分,不要只删去其中一列`
              : `工资文件有两列${p.field}(「${p.headings[0]}」「${p.headings[1]}」),这一行填的不同(${p.values[0]}、${p.values[1]}),不知道用哪一列,此人不计算绩效奖金;请删去或改名不用的一列后重新评分`
            : `工资文件 ${p.payFile} 中「${p.name}」有两行(两个工号,或一行有工号、一行没有),名单中此人没有工号,无法对应,不计算绩效奖金`,
  }),
  /** A pay workbook with sheets of several months (「2026年2月」, 「2026年3月」): which month's amounts is not for kpi to guess. */
  /**
   * `month`: the form's, of which no sheet is (with `months`, those the sheets are of); `unknown`: the form's month not
   * known (--period would tell); `ledger`: the parts are the rows of one sheet's 月份 column.
   */
  /**
   * `heading`: a ledger's 考核月份 written on one row (`cell`, `month`) only, another month than the 月份 (`payMonths`) of
   * the `rows` rows under it taking it, the form's month (`formMonth`) theirs: the heading's month or theirs, not told.
   */
  'pay-sheets': spec<{ case?: undefined; payFile: string; sheets: string[]; columns?: string[]; month?: string; months?: string[]; unknown?: boolean; ledger?: string } | { case: 'heading'; payFile: string; sheet: string; heading: string; payHeading: string; month: string; months: string[]; payMonths: string[]; rows: number; formMonth: string }>({
    severity: 'error', located: (p) => p.case === 'heading', name: { zh: '工资表有几个月', en: 'pay sheets of several months' },
    zh: (p) => {
      if (p.case === 'heading') {
        const pay = p.payMonths.join('、');
        return `工资文件 ${p.payFile} 的工作表「${p.sheet}」里「${p.heading}」只在这一行写了 ${p.month},下面 ${p.rows} 行「${p.heading}」空着、「${p.payHeading}」是 ${pay}:看不出这些行是 ${p.month} 的考核(晚一个月发放)还是 ${pay} 的(这一行是补发),考核表是 ${p.formMonth},不知道用哪个月的金额;请在每一行填上「${p.heading}」后重新评分`;
      }
      if (p.columns?.length) return `工资文件 ${p.payFile} 有 ${p.columns.length} 列按月份注明的绩效基数(${p.columns.slice(0, 6).map((x) => `「${x}」`).join('、')}),不知道用哪个月的金额;请删去(或隐藏)其他月份的列后重新评分`;
      const list = p.months?.length ? (p.months.length > 6 ? `${p.months.slice(0, 6).join('、')} 等 ${p.months.length} 个月` : p.months.join('、')) : '';
      if (p.ledger) {
        return p.month
          ? `工资文件 ${p.payFile} 的工作表「${p.ledger}」按月份列是 ${list} 的行,没有考核表的月份 ${p.month} 的行;请给出 ${p.month} 的工资表后重新评分`
          : `工资文件 ${p.payFile} 的工作表「${p.ledger}」按月份列有 ${p.months?.length ?? p.sheets.length} 个月的行(${p.months?.slice(0, 6).join('、')}${(p.months?.length ?? 0) > 6 ? ' 等' : ''}),看不出考核表是哪个月的,不知道用哪个月的金额;请用 --period 给出考核月份后重新评分`;
      }
      const listed = `${p.sheets.slice(0, 6).map((x) => `「${x}」`).join('、')}`;
      return `工资文件 ${p.payFile} 有 ${p.sheets.length} 张按月份命名的工资表(${listed}),不知道用哪个月的金额;请把本月的一张另存为一个文件(或把其他月份的表隐藏)后,用 --pay 给出它${p.unknown ? ';或用 --period 给出考核月份' : ''}`;
    },
  }),
  /** A pay file's 绩效基数 or 基本工资 heading in another unit than 元 (「(千元)」): its amounts were paid as 元. */
  /** A pay workbook whose tabs or titles name another month than the form's. */
  /** A 汇总 sheet and one sheet a department repeating its rows with the same amounts: each row read once. */
  'pay-sheets-repeat': spec<{ payFile: string; sheets: string[]; of: string[]; rows: number }>({
    severity: 'info', name: { zh: '工资表的几张表重复', en: 'pay sheets repeating each other' },
    zh: (p) => `工资文件 ${p.payFile} 的工作表${p.sheets.map((x) => `「${x}」`).join('、')}重复了${p.of.map((x) => `「${x}」`).join('、')}里的 ${p.rows} 行(姓名、金额都相同),每人只读一次`,
  }),
  /** A pay workbook's sheets of another month than the form's beside one of its month (readPay sheetsOfMonth): not read. */
  /** apart[].summary: a sheet of a year's or a quarter's sums (「全年汇总」 titled 「2026年度工资汇总」), its months its title. */
  'pay-sheets-month': spec<{ payFile: string; month: string; used: string[]; apart: Array<{ sheet: string; months: string[]; summary?: boolean }> }>({
    severity: 'info', name: { zh: '工资表有别的月份的表', en: 'pay sheets of another month set aside' },
    zh: (p) => {
      const [months, sums] = [p.apart.filter((a) => !a.summary), p.apart.filter((a) => a.summary)];
      const parts = [
        ...(months.length ? [`工作表${months.map((a) => `「${a.sheet}」(${a.months.join('、')})`).join('、')}是别的月份的`] : []),
        ...(sums.length ? [`工作表${sums.map((a) => `「${a.sheet}」(${a.months.join('、')})`).join('、')}是全年或几个月的汇总`] : []),
      ];
      return `工资文件 ${p.payFile} 的${parts.join(',')},考核表是 ${p.month}:绩效基数只按${p.used.map((x) => `「${x}」`).join('、')}计算,没有读${months.length ? '别的月份的表' : ''}${months.length && sums.length ? '和' : ''}${sums.length ? '汇总表' : ''}`;
    },
    expected: (p) => p.month, actual: (p) => p.apart.flatMap((a) => a.months).join('、'),
  }),
  /**
   * `column`: a tab 「3月」 whose 月份 column says 2026-02 on every row (a copy of last month's sheet): read as the tab's month.
   * `unmonthed`: a ledger's 考核月份 blank on some rows while its 月份 (`payHeading`) names another month than 考核月份 where
   * both are written (the month paid in): those rows (`who`) are of no appraisal month, not read.
   */
  'pay-month': spec<{ payFile: string; months: string[]; month: string; case?: undefined } | { case: 'column'; payFile: string; sheet: string; heading: string; tab: string; months: string[] } | { case: 'unmonthed'; payFile: string; sheet: string; heading: string; payHeading: string; who: string[] }>({
    severity: 'warning', located: (p) => p.case === 'column' || p.case === 'unmonthed', name: { zh: '工资表是别的月份的', en: 'pay file of another month' },
    zh: (p) =>
      p.case === 'unmonthed'
        ? `工资文件 ${p.payFile} 的工作表「${p.sheet}」里「${p.payHeading}」与「${p.heading}」都写了的行月份不同(「${p.payHeading}」像是发放的月份),绩效基数按「${p.heading}」的月份读;「${p.heading}」空着的 ${p.who.length} 行(${someZh(p.who, 6, '行')})看不出是哪个月的考核,没有读;如果其中有考核表这个月的,请填上「${p.heading}」后重新评分`
        : p.case === 'column'
          ? `工资文件 ${p.payFile} 的工作表「${p.sheet}」表名是 ${p.tab},「${p.heading}」一列却每行都写着 ${p.months.join('、')}:像是从上月的表复制后只改了金额、没改月份,按表名当作 ${p.tab} 的表读取;如果这张表其实是 ${p.months.join('、')} 的,请改正表名,否则请把「${p.heading}」改成 ${p.tab}`
          : `工资文件 ${p.payFile} 的表名、标题或列名写的是 ${p.months.join('、')},考核表是 ${p.month}:绩效基数按这份文件算了;如果不是本月的工资表,请换成 ${p.month} 的`,
    expected: (p) => (p.case === 'unmonthed' ? p.heading : p.case === 'column' ? p.tab : p.month), actual: (p) => (p.case === 'unmonthed' ? '空着' : p.months.join('、')),
  }),
  /** 「绩效基数」 beside 「绩效基数(3月)」: which was read for the form's month (readPay payForMonth). */
  'pay-month-column': spec<{ payFile: string; heading: string; plain: string; month: string } & ({ case: 'used' | 'other'; formMonth: string } | { case: 'unknown' })>({
    severity: 'info', located: true, name: { zh: '工资表按月份注明的列', en: 'pay column of a month' },
    zh: (p) =>
      p.case === 'used'
        ? `工资文件 ${p.payFile} 有「${p.plain}」和「${p.heading}」两列,考核表是 ${p.formMonth}:按「${p.heading}」计算`
        : p.case === 'other'
          ? `工资文件 ${p.payFile} 的「${p.heading}」是 ${p.month} 的,考核表是 ${p.formMonth}:没有用这一列,按「${p.plain}」计算`
          : `工资文件 ${p.payFile} 有「${p.plain}」和「${p.heading}」两列,看不出考核表是哪个月的:两列相同的行照算,不同的行不计算绩效奖金;请删去不用的一列,或用 --period 给出考核月份后重新评分`,
    expected: (p) => (p.case === 'unknown' ? '' : p.formMonth), actual: (p) => p.month,
  }),
  /** `small`: every amount of the column under 100 (2 for 2,000 元, the unit written nowhere): not 元. */
  'pay-unit': spec<{ payFile: string; heading: string; unit: string; case?: undefined } | { case: 'small'; payFile: string; heading: string; max: number } | { case: 'period'; payFile: string; heading: string; unit: string; per: string }>({
    severity: 'error', located: true, name: { zh: '工资表的金额单位', en: 'pay amount unit' },
    zh: (p) =>
      p.case === 'small'
        ? `工资文件 ${p.payFile}:列「${p.heading}」的金额都小于 100(最大 ${p.max}),不像是以元计的,像是千元或万元;kpi 的工资按元计算,不换算单位;请把这一列的金额换成元(2 千元写 2000)后重新评分`
        : p.case === 'period'
          ? `工资文件 ${p.payFile}:列「${p.heading}」的金额单位是「${p.unit}」(每${PER_WORD[p.per] ?? p.per}的金额),kpi 的绩效基数、基本工资按每月的金额(元/月)计算,不换算;请把这一列换成每月的金额(元),并把列名改为「${withoutUnit(p.heading)}」或「${withoutUnit(p.heading)}(元)」后重新评分`
          : `工资文件 ${p.payFile}:列「${p.heading}」的金额单位是「${p.unit}」,kpi 的工资按元计算,不换算单位;请把这一列的金额换成元(3 千元写 3000),并把列名改为「${withoutUnit(p.heading)}」或「${withoutUnit(p.heading)}(元)」`,
    expected: (p) => (p.case === 'period' ? '元/月' : '元'), actual: (p) => (p.case === 'small' ? `最大 ${p.max}` : p.unit),
  }),
  'pay-columns-missing': spec<{ payFile: string; missing?: string[] }>({
    severity: 'error', name: { zh: '工资表缺少列', en: 'pay file columns missing' },
    zh: (p) =>
      p.missing?.length === 1
        ? `工资文件 ${p.payFile}:没有找到「${p.missing[0]}」列(表头在前 20 行内,列名如「绩效基数」「工号」「姓名」)`
        : `工资文件 ${p.payFile}:没有找到「绩效基数」列和「工号」或「姓名」列`,
  }),

  // ---- one sheet or file's table -------------------------------------------------------------------------------
  'no-people': spec<{ case: 'sheet'; sheet: string } | { case: 'file' } | { case: 'none' } | { case: 'blank-form'; name: string; form: string } | { case: 'no-files' } | { case: 'rater-file'; name: string; form: string } | { case: 'no-records'; name: string; form: string; records: string } | { case: 'copy-unused'; name: string; form: string }>({
    severity: 'error', name: { zh: '没有人员', en: 'no people' },
    zh: (p) => {
      switch (p.case) {
        case 'sheet': return `工作表「${p.sheet}」有表头但没有填写任何人员`;
        case 'file': return '文件里的考核表都没有填写';
        case 'none': return '没有找到任何被考核人';
        case 'blank-form': return `${p.name}:「${p.form}」还没有填写任何人的数据(表格是空的),请填写后再评分`;
        case 'no-files': return '没有给出任何考核表文件';
        case 'rater-file': return `${p.name}:没有找到「${p.form}」的填写内容`;
        case 'no-records': return `${p.name}:「${p.form}」的表格还没有填写任何${p.records},请填写后再评分`;
        // A rater's copy among several of which no one's marks were read (a warning): it counts for nothing.
        case 'copy-unused': return `${p.name}:没有读到「${p.form}」的任何评分,这份没有计入合并评分;如果填写了,请检查评分人和列名`;
      }
    },
  }),
  'unknown-column': spec<
    | { case: 'ignored'; sheet: string; columns: Array<{ heading: string; cell: string }> }
    /**
     * valuesUnread: a weak look-alike of a column that counts; a person with a value under it is not scored (a count
     * 0–31, or points within `range`). nonZero: a count other than 0 (a 0 reads as the blank it is taken for).
     */
    /** others: more columns of items' scores like this one (scoreLikeColumns.ts), said in one message. */
    /** unit: the heading is the column's own, but a units row under it (or a line above the table) gives another unit. */
    /** money: the column is an amount of money (「奖惩·罚款」, 「奖惩·金额」) where the form takes points: no rename makes it points. */
    /** part: the column is one kind of a count of several (「迟到次数」 of 迟到/早退/缺勤次数): to be added up, not renamed. */
    /** extra: the heading is an item's name and a word naming none of its inputs (「话务质量·服务用语不规范」); like is the item. */
    /** kept: a weak look-alike whose figures (up to 3 shown, of `people` rows) left no one out — none is the column's (短信发送量 350). */
    | { case: 'looks-like'; sheet: string; heading: string; like: string; empty: string; strong: boolean; refused?: true; valuesUnread?: true; nonZero?: true; range?: [number, number]; byPlace?: true; numeric?: true; whole?: WholeItem; others?: string[]; unit?: { said: string; own: string; lineAt?: string; inHeading?: true }; part?: true; merge?: true; kinds?: CountColumns; extra?: true; incidents?: Incidents; points?: true; money?: true; kept?: { values: string[]; people: number } }
    /** A person's value under such a column (strong): not counted, so the person is not scored. */
    /** reference: the rater's weight is 0 (自评): shown for reference only, so the person is scored all the same. */
    /** beside: the column is the item's points beside its own count column, left empty (「准时出勤·得分」 8): fill the count. */
    | { case: 'value-unread'; heading: string; like: string; value: string; reference?: true; whole?: WholeItem; beside?: true; unit?: true; part?: true; merge?: true; kinds?: CountColumns; extra?: true; incidents?: Incidents; points?: true; money?: true }
    /** A form sheet's filled row whose label names no item or input: not counted, the person is not scored. */
    /** score: the row's 填写项 retyped as a score word (「得分」, 「扣分」) on an item counted in `score.input`. */
    | { case: 'row-unread'; label: string; like: string; value: string; item?: string; unit?: { said: string; own: string }; score?: { input: string }; incidents?: Incidents }
    /** A form sheet's column of other scores (「主管评分」 beside 填写) differing from the one read: not counted, said. */
    /** ticks: the column's rater answers in a tick group of his own (range: its cells on the row; chosen: his answer there). */
    | { case: 'value-ignored'; heading: string; value: string; read: string; like: string; ticks?: { rater: string; range: string; labels: string[]; chosen?: string; cell?: string } }
    /** The person's own marks (自评) beside the column read: a self-rating, which does not count — nothing to move. */
    | { case: 'self-ignored'; heading: string; value: string; read: string; like: string }
    /** A second column to fill naming a month after the sheet's own (「填写(4月)」 on March's): not counted, the person not scored. */
    | { case: 'later-month'; heading: string; value: string; month: string }
    /** A form sheet's filled row in the item table naming no item of the form (an item the team added): not counted. */
    /** part: the row names a part of the form (its subtotal typed by the team), not an item the definition lacks. */
    /** scoreLine: a 「(得分:__分)」 line (§26's paper form) under no criterion: read only right under one. */
    | { case: 'row-ignored'; label: string; value: string; part?: string; item?: string; scoreLine?: true }
    /** A form sheet's answer typed into kpi's own 得分 or 说明 column, its 填写 cells empty. */
    /** whole: the figure is the item's points typed in 得分 beside its counts left empty (准时出勤 8): the counts are to fill. */
    | { case: 'wrong-column'; heading: string; like: string; value: string; whole?: WholeItem }
    /**
     * Every 填写 cell of a form sheet left empty and every item's score typed in 得分 instead, on a form of scores typed in:
     * read as the answers (range: the 得分 cells, count: how many items).
     */
    | { case: 'scores-in-score'; sheet: string; heading: string; like: string; range: string; count: number }
    /**
     * A sheet's one column of marks (得分, 评分 …), no rater's heading on it, read as the one counted rater's (§7's 主管).
     * uncounted: read as a rater's whose marks do not count (§7's 自评), as the sheet says — its 考核人 (field, value), its
     * title, or its tab: shown, not counted.
     */
    | { case: 'lone-score'; sheet: string; heading: string; rater: string; uncounted?: { field: string; value: string } | { title: string } | { tab: true } }
    /** A log's heading that is a choice column's name shortened (「服务」, 「态度」, 「价格合理」), its values that column's answers, no other column so near: read as it, said. */
    | { case: 'shortened'; sheet: string; heading: string; like: string }
    /** Beside that lone column, kpi's 「得分 | 说明」 of an earlier grading (headed plain, its _kpi not copied): not read. */
    | { case: 'stale-output'; sheet: string; columns: string; like: string }
    /** A form sheet's answer typed over an item's 考核内容 or 评分标准 (「迟到1次」), its 填写 cells empty. */
    | { case: 'in-text'; item: string; heading: string; value: string; like: string }
    /** A form sheet's answer typed after the input's name in its 填写项 cell (「旷工(次) 1」), its 填写 cells empty. */
    | { case: 'in-label'; label: string; value: string; input: string; like: string }
    /** A column with no heading of its own, a recognised column's heading merged across it (H1:I1), holding values. */
    | { case: 'merged-heading'; sheet: string; heading: string; column: string }
    /** An item merged over columns each named below in words kpi does not know (「目标值 | 实际值」): none of them read. */
    | { case: 'sub-words'; sheet: string; heading: string; subs: string[]; columns: string[] }
    /** A person's value in such a column: not counted, so the person is not scored. */
    | { case: 'value-merged'; heading: string; column: string; value: string }
    /** A column with no heading at all (nor one merged across it) holding values: not read, said at the first. */
    | { case: 'no-heading'; sheet: string; column: string; count: number; value: string }
  >({
    severity: 'info', also: ['warning', 'error'], located: (p) => p.case === 'value-unread' || p.case === 'value-merged' || p.case === 'no-heading' || p.case === 'value-ignored' || p.case === 'self-ignored' || p.case === 'later-month' || p.case === 'row-unread' || p.case === 'row-ignored' || p.case === 'wrong-column' || p.case === 'scores-in-score' || p.case === 'lone-score' || p.case === 'shortened' || p.case === 'stale-output' || p.case === 'in-label' || p.case === 'in-text', named: true, name: { zh: '不认识的列', en: 'unknown column' },
    zh: (p, at) => {
      switch (p.case) {
        case 'ignored': return `工作表「${p.sheet}」中这些列不是本考核表的项目,已忽略:${p.columns.slice(0, 20).map((c) => `「${c.heading}」(${c.cell})`).join('、')}`;
        case 'looks-like': return `工作表「${p.sheet}」${at.cell ?? ''}:${p.money
          ? `列「${p.heading}」是金额(元),不是分数,本表的「${p.like}」是加减的分数:这一列没有计入,填了内容的人不评分,没有填的人这一项按留空计分(${p.empty})。请把奖惩的分数填在「${p.like}」列(加分为正数,扣分为负数)后重新评分;不要只改列名,那样金额会被当作分数(如 50 元读成 50 分)`
          : p.merge
          ? `列「${p.heading}」是另填的加分或扣分,而本表的「${p.like}」加减分合在一列(加分为正数,扣分为负数):这一列没有计入,填了内容的人不评分。请把加减后的分数填在「${p.like}」一列后重新评分`
          : p.extra
          ? `列「${p.heading}」不是「${p.like}」的填写项:这一列没有计入,填了 0 以外的数的人不评分;请把它改填到「${p.like}」原有的填写项,或删去这一列后重新评分`
          : p.part
          ? `列「${p.heading}」是「${p.like}」中的一种:本表按这几种的合计评分,分成几列填写时不知该怎样合计,这一列没有计入,填了内容的人不评分;请把各列加起来填在一列「${p.like}」后重新评分`
          : p.kinds
          ? `列「${p.heading}」${countTakenZh(p.kinds, p.heading)},像是「${p.kinds.item}」的次数;${countColumnsRule(p.kinds)}:这一列没有计入,填了 0 以外的次数的人不评分。${countColumnsAdvice(p.kinds)}后重新评分`
          : p.whole && p.others?.length
          ? `列「${p.heading}」和${someZh(p.others, 3, '列')}填的像是各项的得分;本表各项按${p.whole.unit ? `${p.whole.unit}数` : `「${p.whole.inputs[0]}」`}计算(如「${p.whole.item}」按「${p.whole.inputs[0]}」),不读得分:这些列没有计入,填了内容的人不评分。请改填${countOf(p.whole)}(没有就填 0);如果这些列填的确实是${countOf(p.whole)},请把列名改为「${p.like}」这样`
          : p.whole
          ? `列「${p.heading}」${p.whole.deducts || p.whole.rate ? '是' : '像是'}「${p.whole.item}」这一项的${wholeItemFigure(p.whole)};${wholeItemRule(p.whole)}${p.whole.ticks ? '' : p.whole.rate ? ',不读比率' : `,不读${wholeItemFigure(p.whole)}`}:这一列没有计入,${p.whole.deducts ? '填了 0 以外的数的人不评分(0 即不扣分,照常计分)' : '填了内容的人不评分'}。${wholeItemAdvice(p.whole, p.like)}`
          : p.incidents
          ? `列「${p.heading}」是次数;本表「${p.like}」${incidentsRule(p.incidents)},次数换算不出扣分:这一列没有计入,填了 0 以外的数的人不评分,填 0 和没有填的人这一项按留空计分(${p.empty})。请在「${p.like}」列填每一次的扣分(如「${incidentsExample(p.incidents)}」)后重新评分;只改列名的话,次数会被读成一次的扣分`
          : p.unit?.inHeading
          ? `列「${p.heading}」的单位是「${p.unit.said}」,本表「${p.like}」按「${p.unit.own}」填写:这一列没有读取,填了 0 以外的数的人不评分。请换算成「${p.unit.own}」后填写,并把列名改为「${p.like}」`
          : p.unit
          ? `列「${p.heading}」${p.unit.lineAt ? `按表上方 ${p.unit.lineAt} 写的单位是「${p.unit.said}」` : `下面的单位行写着「${p.unit.said}」`},本表这一列${p.unit.own ? `按「${p.unit.own}」填写` : '不是这个单位'}:这一列没有读取,填了 0 以外的数的人不评分。请换算${p.unit.own ? `成「${p.unit.own}」` : ''}后填写,并改正${p.unit.lineAt ? ` ${p.unit.lineAt} 的` : '单位行里的'}单位`
          : p.strong && p.refused
          ? `列「${p.heading}」没有认出;它像是「${p.like}」,而本表没有「${p.like}」列:这一列没有计入,${p.nonZero ? '填了 0 以外的数的人不评分,填 0 和' : '填了内容的人不评分,'}没有填的人这一项按留空计分(${p.empty})。请把列名改为「${p.like}」后重新评分`
          : p.strong
          ? `列「${p.heading}」没有认出;它像是「${p.like}」,而本表没有「${p.like}」列,现在按留空计分(${p.empty})。请把列名改为「${p.like}」`
          : `列「${p.heading}」没有认出;${p.byPlace ? `它在本表缺少的「${p.like}」列的位置上` : `最接近的是本表缺少的「${p.like}」列`},现在按留空计分(${p.empty})${p.valuesUnread && p.kept ? `;这一列填的${p.kept.values.map((v) => `「${v}」`).join('、')}${p.kept.people > p.kept.values.length ? `等 ${p.kept.people} 个数` : ''}不像是「${p.like}」的${p.range ? `数(${num(p.range[0])} 到 ${num(p.range[1])})` : '次数'},没有读取,没有人因这一列不评分` : p.valuesUnread ? (p.points ? ',这一列填的像是分数,填了分数或 0 以外的次数的人不评分' : p.nonZero ? ',这一列填了 0 以外的次数的人不评分' : ',这一列填了内容的人不评分') : ''}。如果是这一列,请把列名改为「${p.like}」${p.points ? ',并改填次数(不是分数)' : ''}`}`;
        case 'row-unread': return p.incidents
          ? `这一行「${p.label}」是次数;「${p.like}」${incidentsRule(p.incidents)},填的「${p.value}」:${incidentsSpan(p.incidents, p.value)}次数换算不出扣分,没有计入,此人不评分;请在「${p.like}」一行填每一次的扣分(如「${incidentsExample(p.incidents)}」)后重新评分;只把名称改回「${p.like}」的话,「${p.value}」会被读成一次扣 ${p.value} 分`
          : p.score
          ? `这一行的名称是「${p.label}」,填的「${p.value}」像是分数,而「${p.like}」按「${p.score.input}」计算,没有计入,此人不评分;请填「${p.score.input}」,并把这一行的名称改回「${p.score.input}」后重新评分`
          : p.unit
          ? `这一行「${p.label}」的单位是「${p.unit.said}」,「${p.like}」${p.unit.own ? `按「${p.unit.own}」填写` : '不是这个单位'},填的「${p.value}」没有计入,此人不评分;请换算${p.unit.own ? `成「${p.unit.own}」` : ''}后填写,并删去名称里的「(${p.unit.said})」`
          : p.like
          ? `这一行「${p.label}」没有认出(像是「${p.like}」),填的「${p.value}」没有计入,此人不评分;请把这一行的名称改回「${p.like}」后重新评分`
          : `这一行「${p.label}」不是「${p.item ?? ''}」的填写项,填的「${p.value}」没有计入,此人不评分;请删去这一行,或把名称改回原来的填写项后重新评分`;
        case 'self-ignored': return `列「${p.heading}」是本人的自评,只作参考、不计分,没有计入:这一格填「${p.value}」,评分按「${p.like}」列的「${p.read}」;不必改动`;
        case 'later-month': return `列「${p.heading}」写的月份在本表的考核月份 ${p.month} 之后,不是本月的也不是上月的,没有计入(这一格填「${p.value}」),此人不评分;请改正列名或表头的考核月份后重新评分`;
        case 'value-ignored': return p.ticks
          ? `列「${p.heading}」的这一格「${p.value}」没有计入:它不在${p.ticks.rater}的勾选列(${p.ticks.range}:${p.ticks.labels.join(' / ')})里,${p.ticks.chosen !== undefined ? `${p.ticks.rater}这一项按勾选列的「${p.ticks.chosen}」评分${p.ticks.cell ? `(勾在 ${p.ticks.cell})` : ''}` : `${p.ticks.rater}这一项按没有评分处理`};${p.ticks.rater}的评分请在他自己的勾选列中选中的一列打「√」、其余留空(不要填到其他评分人的列)`
          : `列「${p.heading}」的分数没有计入:这一格填「${p.value}」,评分按「${p.like}」列的「${p.read}」;如果应按「${p.heading}」评分,请把它的分数填到「${p.like}」列`;
        case 'row-ignored': return p.part && p.item
          ? `这一行「${p.label}」是「${p.part}」这一部分的名称,这一部分只有「${p.item}」一项,表中没有这一项自己的行:填的「${p.value}」按「${p.item}」的得分计入`
          : p.scoreLine
          ? `这一行「${p.label}」是得分行,只作为紧挨在它上面的那一项的得分读取,而它上面一行不是本考核表的项目:填的「${p.value}」没有计入总分;如果这是某一项的得分,请把这一行移到那一项的正下方`
          : p.part
          ? `这一行「${p.label}」是「${p.part}」这一部分的名称,填的「${p.value}」当作自己算的小计,没有计入总分(kpi 按各项算出这一部分,见「明细」);不必改动`
          : `这一行「${p.label}」不是本考核表的项目,填的「${p.value}」没有计入总分;如果它应当计分,请在考核表定义文件里加上这一项(--form 自己的定义.json)`;
        case 'sub-words': return `工作表「${p.sheet}」${at.cell ?? ''}:「${p.heading}」下面分成「${p.subs.join(' | ')}」几列(${p.columns.join('、')} 列),不知道哪一列是本表要填的「${p.heading}」,这几列都没有计入,填了内容的人不评分;请只留本表要的那一列,或把它的小标题改为「填写」后重新评分`;
        case 'merged-heading': return `工作表「${p.sheet}」${at.cell ?? ''}:这一列没有自己的标题(「${p.heading}」的标题合并到了这一列),填的内容没有计入;填了内容的人不评分。请把它填到「${p.heading}」列(${p.column}),或取消合并并给这一列一个标题`;
        case 'no-heading': return `工作表「${p.sheet}」的 ${p.column} 列没有标题,其中 ${p.count} 格填了内容(如 ${at.cell ?? ''}「${p.value}」),没有读取;如果是考核数据,请填到对应的列,或给这一列写上标题后重新评分`;
        case 'value-merged': return `这一格的「${p.value}」在合并了「${p.heading}」标题的第二列里,没有计入,此人不评分;请把它填到「${p.heading}」列(${p.column})后重新评分`;
        case 'in-text': return `「${p.item}」的「${p.heading}」一格写的是「${p.value}」,与模板不同,而这一项的「${p.like}」列都是空的:像是把答案写在了这里,没有计入,此人不评分;请把答案填到「${p.like}」列(这一格可改回原文)后重新评分`;
        case 'in-label': return `这一格「${p.label}」把「${p.input}」的答案「${p.value}」写在了填写项里,「${p.like}」列却是空的:没有计入,此人不评分;请把「${p.value}」填到这一行的「${p.like}」列,并把这一格改回「${p.input}」后重新评分`;
        case 'scores-in-score': return `工作表「${p.sheet}」的「${p.like}」列都是空的,${p.count} 项的分数都填在了「${p.heading}」列(${p.range},kpi 写评分结果的列):本表各项直接填写得分,已按这些分数评分;请核对,以后请填在「${p.like}」列`;
        case 'shortened': return `工作表「${p.sheet}」${at.cell ?? ''}:列「${p.heading}」不是本表的列名,按最接近的「${p.like}」读取(本表没有别的列与它相近);不是「${p.like}」时请改正列名后重新评分`;
        case 'stale-output': return `工作表「${p.sheet}」的「得分」「说明」列(${p.columns} 列)是 kpi 以前评分写的结果(复制时没有带上 kpi 的评分记录),没有读取:已按「${p.like}」列的分数重新评分,结果写在「得分(kpi)」列`;
        case 'lone-score': return p.uncounted
          ? `工作表「${p.sheet}」只有一列分数「${p.heading}」,${'field' in p.uncounted ? `「${p.uncounted.field}」写的是「${p.uncounted.value}」,是` : 'title' in p.uncounted ? `标题「${p.uncounted.title}」写明是` : '工作表名写明是'}「${p.rater}」的评分:已按「${p.rater}」的评分读取;「${p.rater}」的评分只作参考,不计入总分`
          : `工作表「${p.sheet}」只有一列分数「${p.heading}」,没有写明是谁评的:本表只计「${p.rater}」的评分,已按「${p.rater}」的评分读取;不是「${p.rater}」的评分时请改正列名后重新评分`;
        case 'wrong-column': return p.whole
          ? `这一格的「${p.value}」填在了「${p.heading}」列(kpi 写评分结果的列),像是「${p.whole.item}」这一项的${wholeItemFigure(p.whole)};${wholeItemRule(p.whole, p.like)},没有计入,此人不评分;${fillInstead(p.whole, p.like, true)}后重新评分`
          : `这一格的「${p.value}」填在了「${p.heading}」列(kpi 写评分结果的列),应填在「${p.like}」列;没有计入,此人不评分`;
        case 'value-unread': return p.money
          ? `这一格的「${p.value}」在列「${p.heading}」里,是金额(元),不是分数,没有计入,此人不评分;请把奖惩的分数填在「${p.like}」列(扣分为负数)后重新评分,不要把金额当作分数填写`
          : p.merge
          ? `这一格的「${p.value}」在列「${p.heading}」里,是另填的加分或扣分,本表的「${p.like}」加减分合在一列,没有计入,此人不评分;请把加减后的分数填在「${p.like}」一列(扣分为负数)后重新评分`
          : p.extra
          ? `这一格的「${p.value}」在列「${p.heading}」里,这一列不是「${p.like}」的填写项,没有计入,此人不评分;请把它改填到「${p.like}」原有的填写项,或删去这一列后重新评分`
          : p.part
          ? `这一格的「${p.value}」在列「${p.heading}」里,是「${p.like}」中的一种,分列填写的没有计入,此人不评分;请把各列加起来填在「${p.like}」一列后重新评分`
          : p.kinds
          ? `这一格的「${p.value}」在列「${p.heading}」里,${p.kinds.taken === p.heading ? '这一列是记录文字的列,' : p.kinds.taken ? `这一列按「${p.kinds.taken}」读作记录文字,` : ''}像是「${p.kinds.item}」的次数;${countColumnsRule(p.kinds)},没有计入,此人不评分;${countColumnsAdvice(p.kinds)}后重新评分`
          : p.whole
          ? `这一格的「${p.value}」在列「${p.heading}」里,${p.whole.deducts || p.whole.rate ? '是' : '像是'}「${p.whole.item}」这一项的${wholeItemFigure(p.whole)};${wholeItemRule(p.whole)},没有计入,此人不评分;${p.beside ? fillInstead(p.whole, p.like, false) : wholeItemAdvice(p.whole, p.like)}后重新评分`
          : p.reference
          ? `这一格的「${p.value}」在没有认出的列「${p.heading}」里(像是「${p.like}」),没有读取;「${p.like}」仅供参考、不计分,分数不受影响,但说明里不会列出它;请把列名改为「${p.like}」后重新评分`
          : p.incidents
          ? `这一格的「${p.value}」在列「${p.heading}」里,是次数;本表「${p.like}」${incidentsRule(p.incidents)};${incidentsSpan(p.incidents, p.value)}次数换算不出扣分,没有计入,此人不评分;请在「${p.like}」列填每一次的扣分(如「${incidentsExample(p.incidents)}」)后重新评分`
          // (points first: 「5分」 under 「旷工扣分」 — the heading's unit is 分 too — is told to rename and fill the count.)
          : p.points
          ? `这一格的「${p.value}」在没有认出的列「${p.heading}」里(像是「${p.like}」),填的像是分数,没有计入,此人不评分;「${p.like}」填的是次数:请把列名改为「${p.like}」,并在这一格填次数(不是分数)后重新评分`
          : p.unit
          ? `这一格的「${p.value}」在列「${p.heading}」里,这一列的单位不是本表的(见表头那一格),没有计入,此人不评分;请按本表的单位填写后重新评分`
          : `这一格的「${p.value}」在没有认出的列「${p.heading}」里(像是「${p.like}」),没有计入,此人不评分;请把列名改为「${p.like}」后重新评分`;
      }
    },
  }),
  /** hidden: this column (a copy of one before it), the first of the two, or `only` — a hidden column with no twin. */
  // read/readAt: the column read is a later one (a records log's 「客户」 after 「客户名称」), named instead of 「前面的列」.
  // figure: an export's two columns of one figure (最终付款人数, 询单->最终付款人数 for 成交数), either side of the other.
  'duplicate-column': spec<{ heading: string; entry?: true; hidden?: 'this' | 'first' | 'only'; differs?: number[]; answered?: true; reference?: true; read?: string; readAt?: string; figure?: string }>({
    severity: 'warning', also: ['error'], located: true, name: { zh: '重复的列', en: 'duplicate column' },
    zh: (p) =>
      p.figure !== undefined
        ? `列「${p.heading}」和列「${p.read}」(${p.readAt})都可作「${p.figure}」,按「${p.read}」读${p.hidden === 'this' ? '(这一列是隐藏的)' : ''},这一列已忽略;如果应按这一列计算,请删去或改名另一列后重新评分`
        : p.read !== undefined
        ? p.differs
          ? `列「${p.heading}」与后面的列「${p.read}」(${p.readAt})是同一项,第 ${p.differs.join('、')}${p.differs.length >= 10 ? ' 等' : ''} 行两列填得不同,无法判断该用哪一列;结果按「${p.read}」计算,请删去或改名其中一列后重新评分`
          : `列「${p.heading}」与后面的列「${p.read}」(${p.readAt})是同一项,按「${p.read}」读${p.hidden === 'this' ? ',这一列是隐藏的(可能是上个月的数据)' : ''},这一列已忽略`
        : p.differs
        ? `列「${p.heading}」与前面的同名列重复,第 ${p.differs.join('、')}${p.differs.length >= 10 ? ' 等' : ''} 行两列填得不同,无法判断该用哪一列;结果按前面一列计算,请删去或改名其中一列后重新评分`
        : p.hidden === 'only'
        ? p.answered && p.reference
          ? `列「${p.heading}」是隐藏的,里面填了评分,没有读取;「${p.heading}」仅供参考、不计分,分数不受影响,但说明里不会列出它;要列出请取消隐藏后重新评分`
          : p.answered
          ? `列「${p.heading}」是隐藏的,里面填了评分,没有读取,此人不评分;是本月的评分请取消隐藏,是旧数据请删去这一列后重新评分`
          : `列「${p.heading}」是隐藏的(可能是上个月的数据),没有读取;如果要计入,请取消隐藏后重新评分`
        : p.hidden === 'this'
        ? `列「${p.heading}」与前面的列重复,是隐藏的列(可能是上个月的数据),没有读取`
        : p.hidden === 'first'
          ? `列「${p.heading}」与前面一列重复,前面那一列是隐藏的(可能是上个月的数据),只读这一列`
          : `列「${p.heading}」与前面的列重复${p.entry ? ':只填了其中一列的人取所填的值,两列填得不同的人不评分' : ',已忽略'}`,
  }),
  /** items: on a person's sheet, items whose only row is hidden (an error: the person is short of them). */
  'hidden-rows': spec<{ sheet: string; rows: number[]; items?: string[] }>({
    severity: 'warning', also: ['error'], located: true, name: { zh: '隐藏的行', en: 'hidden rows' },
    zh: (p) => p.items?.length
      ? `工作表「${p.sheet}」的第 ${p.rows.slice(0, 10).join('、')}${p.rows.length > 10 ? ' 等' : ''} 行是隐藏的,没有读取;${p.items.slice(0, 5).map(q).join('、')}只在隐藏的行里,按缺少这一项处理;请取消隐藏后重新评分`
      : `工作表「${p.sheet}」的第 ${p.rows.slice(0, 10).join('、')}${p.rows.length > 10 ? ' 等' : ''} 行是隐藏的(可能是上个月的数据,或被筛选掉),没有读取;如果要计入,请取消隐藏后重新评分`,
  }),
  'item-not-found': spec<
    /**
     * unit: the units row under the column gives this unit, not the input's `own` (「万元」 for 元); with `noted`, the
     * heading's own brackets do (「实际销售额(USD)」); with `lineAt`, a line above the table (under it with `lineBelow`:
     * 「注:目标销售额单位为万元」).
     */
    | { case: 'column'; sheet: string; heading: string; item: string; like?: string; unit?: string; own?: string; noted?: true; lineAt?: string; lineBelow?: true; scale?: { said: string; at: string; own: string }; counts?: string[] }
    /** Every column of a required rater missing, another rater's there: a copy of that rater's scored alone. */
    | { case: 'rater-columns'; sheet: string; rater: string; count: number; others: string[]; file?: string }
    | { case: 'columns-optional'; sheet: string; headings: string[]; text?: true }
    /** A person's sheet without the rows of some inputs that may be left blank (a row deleted). */
    | { case: 'rows-optional'; sheet: string; headings: string[]; text?: true }
    /** A records log without optional columns some figure reads: those figures count the rows as blank there. */
    | { case: 'records-optional'; sheet: string; headings: string[] }
    | { case: 'table-without-items'; sheet: string; fits?: Fits; items?: string[] }
    /** A person's sheet listing the items under 项目 without a 填写项 column, its items having several inputs each. */
    | { case: 'no-input-column'; sheet: string; item: string; inputs: string[] }
    /** A sheet listing the form's items under 项目 whose column to fill in is not there (its heading renamed or cleared). */
    /** hidden: the column to fill in is there but hidden (its letter and heading). */
    | { case: 'no-value-column'; sheet: string; row: number; headings: string[]; hidden?: { column: string; heading: string }; scoreOnly?: true; scoreHeading?: string; typed?: true; basis?: string; noHeading?: true; options?: string[]; column?: string; measure?: string; marks?: [string, string]; other?: string }
    /** definition: the team's own definition file the form came from (kpi template takes its path, not its id). */
    | { case: 'no-table'; name: string; form: string; formId: string; hidden: string[]; definition?: string; fits?: Fits }
    /** Headings that are the items' scores only (「员工基本标准得分」…): `inputs`, what the first of them is computed from. */
    | { case: 'score-columns'; name: string; form: string; formId: string; sheet: string; row: number; headings: string[]; inputs: string[] }
    /** A records form (one row per order, call …): its required columns. */
    | { case: 'no-records-table'; name: string; form: string; formId: string; columns: string[]; fits?: Fits }
    /** period: only the month column is missing, and --period would give it (the sheets' names and titles name no year). */
    /** unread: headings not read that could be one of them (「第D列「服务」」). */
    | { case: 'records-columns'; sheet: string; row: number; columns: string[]; form: string; formId: string; period?: true; unread?: string[] }
    /** Headings naming required columns on another scale (「产品质量(5分制)」 over answers of 1–10): `own`, the form's. */
    | { case: 'records-scale'; name: string; sheet: string; headings: string[]; labels: string[]; own: string; others?: string[] }
    /** A lookup a derived figure needs found nothing. */
    | { case: 'lookup'; row: string; detail: string; figure: string }
  >({
    severity: 'error', also: ['warning'], located: (p) => p.case === 'lookup', name: { zh: '找不到考核项目', en: 'item not found' },
    expected: (p) => (p.case === 'records-columns' ? p.columns.map(q).join('、') : undefined),
    zh: (p) => {
      switch (p.case) {
        case 'column': return p.counts
          ? `工作表「${p.sheet}」的列「${p.like}」填的是比率(百分比),本表的「${p.item}」不填比率,要填两个数:${p.counts.map(q).join('和')},由它们算出${p.item};这一列没有读取,无法为「${p.item}」评分。请把这一列换成这两列、填上两个数后重新评分`
          : p.scale
          ? `工作表「${p.sheet}」${p.scale.at} 的「${p.scale.said}」写明了另一种分制,本表的「${p.heading}」按 ${p.scale.own} 填写:列「${p.like ?? p.heading}」的分数照本表读会算错,没有读取,无法为「${p.item}」评分;请换算成 ${p.scale.own} 后填写(这些分数本来就是 ${p.scale.own} 时,请改正 ${p.scale.at} 的分制)`
          : p.unit && p.lineAt
          ? `工作表「${p.sheet}」表${p.lineBelow ? '下方' : '上方'} ${p.lineAt} 写着单位是「${p.unit}」,本表的这一项按「${p.own || '元'}」填写,列「${p.like ?? p.heading}」没有读取,无法为「${p.item}」评分;请换算${p.own ? `成「${p.own}」` : ''}后填写,并改正 ${p.lineAt} 的单位`
          : p.unit && p.noted
          ? `工作表「${p.sheet}」的列「${p.like}」写的单位是「${p.unit}」,本表「${p.heading}」${p.own ? `按「${p.own}」填写` : '不是这个单位'},这一列没有读取,无法为「${p.item}」评分;请换算${p.own ? `成「${p.own}」` : ''}后填写,并把列名改回「${p.heading}」`
          : p.unit
          ? `工作表「${p.sheet}」的列「${p.like}」下面的单位行写着「${p.unit}」,本表「${p.heading}」${p.own ? `按「${p.own}」填写` : '不是这个单位'},这一列没有读取,无法为「${p.item}」评分;请换算${p.own ? `成「${p.own}」` : ''}后填写,并删去单位行里的「${p.unit}」`
          : p.like
          ? `工作表「${p.sheet}」缺少列「${p.heading}」,无法为「${p.item}」评分;这一列「${p.like}」没有认出,像是它改了名:是的话请把列名改回「${p.heading}」后重新评分`
          : `工作表「${p.sheet}」缺少列「${p.heading}」,无法为「${p.item}」评分(列名可写作「${p.heading}」)`;
        case 'rater-columns': return `工作表「${p.sheet}」没有「${p.rater}」的列(${p.count} 列,必填)${p.others.length ? `,只有「${p.others.join('、')}」的` : ''},没有人能评分;这是另一位评分人的表时,请把「${p.rater}」的表一起评分:kpi score ${p.rater}的表.xlsx ${p.file ? shellWord(p.file) : '本表.xlsx'}`;
        case 'columns-optional': return p.text ? `工作表「${p.sheet}」没有这些填写文字的列,不影响计分:${someZh(p.headings, 20, '列')}` : `工作表「${p.sheet}」没有这些列,按留空计分(次数按 0、无扣分、无奖惩):${someZh(p.headings, 20, '列')}`;
        case 'records-optional': return `工作表「${p.sheet}」没有这些列,按每一行的这一列都没有填写计算:${someZh(p.headings, 20, '列')}`;
        case 'rows-optional': return p.text ? `工作表「${p.sheet}」没有这些填写文字的行,不影响计分:${someZh(p.headings, 20, '行')}` : `工作表「${p.sheet}」没有这些行,按留空计分(次数按 0、无扣分、无奖惩):${someZh(p.headings, 20, '行')}`;
        case 'table-without-items': return `工作表「${p.sheet}」的表格里没有找到本考核表的任何项目${p.fits ? `;${fitsAdvice(p.fits)}` : p.items?.length ? `(本表的项目是${someZh(p.items, 6, '项', (i) => `「${i}」`)};项目名称请按本表写,或用 kpi template 生成的模板)` : ''}`;
        case 'no-input-column': return `工作表「${p.sheet}」列出了本考核表的项目,但没有「填写项」列:每项要填几样(如「${p.item}」的 ${p.inputs.join('、')}),看不出每一格填的是哪一样。请加一列「填写项」逐行写明,或用 kpi template 生成的表格填写`;
        case 'no-value-column':
          return p.noHeading
            ? `工作表「${p.sheet}」从第 ${p.row} 行起列出了本考核表的项目,但它们上面没有认得出的表头行(应有「项目」「填写项」${p.headings.map(q).join('、')}等列名;表头行删掉了,或「项目」改了名),无法读取,此人未评分;请补上或改回表头行(可用 kpi template 生成的表格对照)后重新评分`
            : p.hidden
            ? `工作表「${p.sheet}」填写分数的列「${p.hidden.heading}」(${p.hidden.column} 列)是隐藏的,没有读取,此人未评分;请取消隐藏该列后重新评分`
            : p.options
            ? `工作表「${p.sheet}」第 ${p.row} 行的表头是各个等级(${p.options.join(' / ')}),每题在一个等级下打勾:kpi 不按勾的位置读等级,此人未评分;请把这几列换成一列${p.headings.map(q).join(' 或 ')}(几位评分人各一列),每题填等级的文字(如「${p.options[p.options.length - 1]}」)后重新评分,或用 kpi template 生成的表格填写`
            : p.scoreOnly && p.typed
              ? `工作表「${p.sheet}」列出了本考核表的项目,但第 ${p.row} 行表头只有「${p.scoreHeading ?? '得分'}」列,没有${p.headings.map(q).join('、')}列:本表各项直接打分,看不出「${p.scoreHeading ?? '得分'}」是哪位评分人的分数,此人未评分;是${p.headings.map(q).join('或')}的评分时,请把「${p.scoreHeading ?? '得分'}」列的表头改为${p.headings.map(q).join('或')}后重新评分`
            : p.scoreOnly
              ? `工作表「${p.sheet}」列出了本考核表的项目,但第 ${p.row} 行表头只有「${p.scoreHeading ?? '得分'}」列,没有${p.headings.map(q).join('、')}列:本表的项目按填写的${p.basis ?? '次数、等级'}${p.headings.length > 1 ? '和评分人' : ''}计算,不直接读得分,此人未评分;请用 kpi template 生成的表格填写`
            // marks: two columns of marks, neither naming its rater (§7 评分 | 得分(KPI)): which is the counted rater's is not
            // guessed — 「请把填了答案的「评分」列的表头改为「主管」」, followed, scored the 自评's full marks 100.00 优秀 at exit 0.
            : p.marks
              ? `工作表「${p.sheet}」列出了本考核表的项目,但第 ${p.row} 行表头有两列分数「${p.marks[0]}」和「${p.marks[1]}」,都没有写明是谁评的(应为 ${p.headings.map(q).join(' 或 ')}),看不出哪一列是${p.headings.map(q).join('或')}的评分,此人未评分;请把${p.headings.map(q).join('或')}评的那一列的表头改为${p.headings.map(q).join('或')}、另一列改为${p.other ? q(p.other) : '它的评分人'}后重新评分`
              // column: the heading the answers stand under (「扣分」, 「评价(符合打√)」); measure: the one thing every item
              // is filled with (§2 不符合项数), a heading read too. 「请把该列的表头改回原样」 told a sheet that never had a
              // 填写 to put one back, and which column was not said.
              : `工作表「${p.sheet}」列出了本考核表的项目,但第 ${p.row} 行表头里没有填写分数的列(应为 ${p.headings.map(q).join(' 或 ')}),此人未评分;请把${p.column ? `填了答案的「${p.column}」列` : '要填写的那一列'}的表头改为${[...p.headings, ...(p.measure ? [p.measure] : [])].map(q).join('或')}${p.measure ? `(每项填${p.measure})` : ''}后重新评分`;
        case 'no-records-table': return `${p.name}:没有找到「${p.form}」的表头(${p.columns.slice(0, 6).join('、')} 等列)。${p.fits ? fitsAdvice(p.fits) : `请用 kpi template ${p.formId} 生成的模板填写,或检查 --form 是否选对`}`;
        case 'records-columns': return p.period
          ? `${p.sheet} 第 ${p.row} 行的表头缺少必填列 ${p.columns.map(q).join('、')},工作表名和标题也没有写明哪年哪月,无法评分「${p.form}」;请加 --period 指定月份(如 --period 2026-03;以「3月」这样只写月份命名的表取它的年份),或补上这一列`
          : `${p.sheet} 第 ${p.row} 行的表头缺少必填列 ${p.columns.map(q).join('、')}${p.unread?.length ? `(${p.unread.join('、')}没有认出)` : ''},无法评分「${p.form}」;请用 kpi template ${p.formId} 生成的模板,或补上这些列`;
        case 'records-scale': return `${p.name}:工作表「${p.sheet}」的列${someZh(p.headings, 4, '列', (h) => h)}写明的分制(或分数高低的方向)与本表不同,本表的「${p.labels[0]}」${p.labels.length > 1 ? '等' : ''}按 ${p.own} 填写:另一种分制的分数照本表读会算错,这些列没有读取,无法评分。请换算成 ${p.own} 后填写,并把列名改为${p.labels.slice(0, 4).map(q).join('、')}${p.others?.length ? `;另缺少必填列 ${p.others.map(q).join('、')}` : ''}`;
        case 'lookup': return `${p.row}:${p.detail},无法计算「${p.figure}」`;
        case 'score-columns': return `${p.name}:工作表「${p.sheet}」第 ${p.row} 行的列${someZh(p.headings, 4, '列', (h) => `「${h}」`)}是各项的得分;「${p.form}」的这些项目按填写的次数、比率等计算,不读得分,无法评分。请用 kpi template ${p.formId} --layout roster 生成的名单填写,如${p.inputs.map((i) => `「${i}」`).join('、')}`;
        case 'no-table': return `${p.name}:没有找到「${p.form}」的表头(姓名和考核项目列,或「项目」表格)。${p.fits ? `${fitsAdvice(p.fits)}${p.definition ? `;要按 ${p.definition} 评分,请用 kpi template ${p.definition} 生成的模板填写` : ''}` : `请用 kpi template ${p.definition ?? p.formId} 生成的模板填写,或检查 --form 是否选对`}${p.hidden.length ? `(隐藏的工作表${someZh(p.hidden, 5, '张')}没有读取;要评分隐藏的工作表请加 --include-hidden)` : ''}`;
      }
    },
  }),
  /** A person whose name cell is struck through whole (the usual mark of someone who left): crossed out, not scored. */
  // Copies combined — others: the counting rater's copy struck the name, the other copies' marks of the person left out
  // with it; copy: another rater's copy struck it, the person scored on the rest.
  'struck-name': spec<{ name: string; others?: string[]; copy?: true }>({
    severity: 'warning', located: true, name: { zh: '姓名划了删除线', en: 'name struck through' },
    zh: (p) => p.copy
      ? `这份表里${q(p.name)}的姓名划了删除线,这份表对此人的评分没有计入(按其他评分人的表评分);要计入请去掉删除线`
      : `${q(p.name)}的姓名划了删除线,视为已删去,不评分${p.others?.length ? `;${p.others.join('、')} 里对此人的评分也没有计入` : ''};要评分请去掉删除线`,
  }),
  /**
   * A log's row struck through in every cell it fills (§22 张主任's 准确性 D, its correction B below): read blank and
   * dropped without a word, where a struck name on a roster is said (struck-name). Left out as deleted, said at its row.
   */
  'struck-row': spec<{ row: number; text: string; records: string }>({
    severity: 'warning', located: true, name: { zh: '整行划了删除线', en: 'row struck through' },
    zh: (p) => `第 ${p.row} 行${p.text ? `(${q(p.text)})` : ''}整行划了删除线,视为已删去,这一条${p.records}不计入;要计入请去掉删除线后重新评分`,
    actual: (p) => p.text,
  }),
  /** rows: the first ten; count: all of them. */
  'skipped-row': spec<{ sheet: string; rows: Array<{ row: number; text: string }>; count: number } | { case: 'record'; row: number; why: string; records: string }>({
    severity: 'info', located: (p) => 'case' in p, name: { zh: '跳过的行', en: 'skipped row' },
    zh: (p) => 'case' in p ? `第 ${p.row} 行是${p.why},不是${p.records},已跳过` : `工作表「${p.sheet}」${p.rows.slice(0, 10).map((r) => `第${r.row}行「${r.text.length > 20 ? `${r.text.slice(0, 20)}…` : r.text}」`).join('、')}${p.count > 10 ? `等 ${p.count} 行` : ''}是合计、表头、签字或说明行,不是人员,未评分`,
  }),
  /**
   * A table dated by the day whose people come again on other days: a system's per-day export (each row one day's
   * figures) scored as a month's rows — every name after its first day a duplicate, nobody scored, and the advice was
   * 「请删去不对的一处」. The way out is to sum each person's days first.
   */
  'daily-rows': spec<{ heading: string; name: string; days: [string, string]; people: number } | { case: 'person'; heading: string; days: [string, string] }>({
    severity: 'warning', also: ['error'], located: true, name: { zh: '按日的明细', en: 'rows by the day' },
    // person: at each row of someone met on several days — a day's figures are not the month's, so no day is scored.
    zh: (p) => 'case' in p
      ? `此人在「${p.heading}」一列有多天的行(「${p.days[0]}」「${p.days[1]}」…),一天的数据不是一个月的,不评分;请先把每人一个月的数据汇总成一行后重新评分`
      : `「${p.heading}」一列按天记录,${p.people} 人有多天的行(如${q(p.name)}有「${p.days[0]}」和「${p.days[1]}」两行):这是按日的明细,kpi 每人按一行评一个月,这些人都不评分;请先把每人一个月的数据汇总成一行(次数、单数相加,比率按汇总后的数重算)后重新评分`,
  }),
  /**
   * A second heading row naming another first column (「组别」 where 「姓名」 was, or nothing): the rows under it are another
   * table (a per-group summary of an export), not people. `column`: what the name column says there (blank: absent).
   */
  'other-table': spec<{ sheet: string; row: number; heading: string; column?: string; name: string; first: number; last: number; names: string[] }>({
    severity: 'info', located: true, name: { zh: '另一张表', en: 'another table' },
    zh: (p) => `工作表「${p.sheet}」第 ${p.row} 行「${p.heading}」是另一张表的表头(「${p.name}」一列${p.column ? `写作「${p.column}」` : '是空的'}),下面第 ${p.first === p.last ? p.first : `${p.first}–${p.last}`} 行${p.names.length ? `(${someZh(p.names, 5, '行', (s) => s)})` : ''}按组或部门统计,不是人员,未评分;如果其中有要评分的人,请把他们移到上面的名单里`,
  }),
  /** newer: the template's version is above the built-in's (a team's edited copy with its version raised). */
  // other: the template's version, neither the built-in's nor above it (1.0.0-team, v2).
  /** graded: the file is kpi's output, last graded by that other definition (--form), not a template made from it. */
  'form-marker-differs': spec<{ formId: string; form: string; version: string; newer?: string; other?: string; graded?: true; name?: string }>({
    severity: 'error', name: { zh: '模板来自另一份定义', en: 'template from another definition' },
    zh: (p) =>
      p.graded
        ? `${p.name ? `${p.name} ` : '这份文件'}上次是按另一份定义文件评分的(--form),不是内置的「${p.form}」(${p.formId} ${p.version}):两者的分数线、权重可能不同。请再用 --form 给出那份定义文件;确实要按内置定义评分时加 --form ${p.formId}`
        : (p.newer
        ? `这份表的模板是用另一份定义文件生成的:考核表 id 与内置的「${p.form}」(${p.formId})相同,版本 ${p.newer} 却比内置的 ${p.version} 新(改过并升了版本的副本?)。`
        : p.other
        ? `这份表的模板是用另一份定义文件生成的:考核表 id 与内置的「${p.form}」(${p.formId} ${p.version})相同,版本写作 ${p.other},内容却不同(改过的副本?)。`
        : `这份表的模板是用另一份定义文件生成的:考核表 id 和版本与内置的「${p.form}」(${p.formId} ${p.version})相同,内容却不同(改过的副本?)。`) +
      `请用 --form 指定生成模板时用的定义文件;确实要按内置定义评分时加 --form ${p.formId}`,
  }),
  'records-sheets': spec<{ sheets: string[]; records: string }>({
    severity: 'warning', name: { zh: '多个工作表的记录合在一起', en: 'records from several sheets' },
    zh: (p) => `${p.records}来自 ${p.sheets.length} 张工作表(${someZh(p.sheets, 5, '张', (s) => `「${s}」`)}),已合在一起统计;如果其中有别的月份或旧的副本,请把它隐藏或移到另一个文件后重新评分`,
  }),
  /**
   * Sheets named for different months of a log not kept by the month: with --period (`period`) the others are left out,
   * a warning each; without it an error naming them all (`sheets`), every sheet counted. `rows`: some rows of one
   * sheet (`count`, by the column `heading`) are of another month than --period: left out, a warning.
   */
  /** from: the month scored is the title's or the sheet's name's (a §22/§23 log without its month column), not --period's. */
  /** title (case rows): the rows' month is their block's title's (`heading` the first such title), not a column's. */
  /** late: the next month's first days counted as --period's (an info): the log holds no other row of that month. */
  /** kept (§5 records.lateBy): later call-backs of --period's installs, counted (an info); `blank` of them with 完工时间 blank in a log of --period's installs alone. */
  /** earlier (§5 records.lateBy): rows of --period by their call-back whose 完工时间 is an earlier month the log holds call-backs of — that month's orders, left out (an info). */
  'records-sheet-period': spec<{ sheet: string; month: string; records: string; period?: string; sheets?: string[]; case?: 'title' | 'dates' | 'rows' | 'late' | 'kept' | 'earlier' | 'column' | 'name'; heading?: string; count?: number; title?: true; by?: string; blank?: number; before?: true }>({
    severity: 'warning', also: ['error', 'info'], name: { zh: '工作表是别的月份', en: 'a sheet of another month' },
    zh: (p) => p.case === 'kept'
      ? `工作表「${p.sheet}」有 ${p.count} 条${p.records}的「${p.heading}」在 ${p.period} 之后,「${p.by}」是 ${p.period} 的${p.blank ? `(其中 ${p.blank} 条「${p.by}」空着,表里填了的都是 ${p.period} 的)` : ''}:是 ${p.period} 的${p.records}月后回访,计入了 ${p.period}`
      : p.case === 'earlier'
      ? `工作表「${p.sheet}」有 ${p.count} 条${p.records}的「${p.heading}」是 ${p.period} 的,「${p.by}」却是 ${p.month} 的(表里也有 ${p.month} 的回访):是 ${p.month} 的${p.records}月后回访,算 ${p.month} 的,没有计入 ${p.period}`
      : p.case === 'late'
      ? `工作表「${p.sheet}」有 ${p.count} 条${p.records}按「${p.heading}」列是 ${p.month} 月初(1–5 日)的,表里没有 ${p.month} 的其他${p.records},算作 ${p.period} 迟交的答卷或回访,计入了 ${p.period}`
      : p.case === 'rows'
      ? `工作表「${p.sheet}」有 ${p.count} 条${p.records}按${p.title ? `所在那段的标题(「${p.heading}」)` : `「${p.heading}」列`}是 ${p.month} 的,不是要评分的 ${p.period},没有计入(只统计 ${p.period}${p.before ? ' 和之前月份' : ' '}的${p.records})`
      : p.case === 'column'
      ? `工作表「${p.sheet}」的标题写的是 ${p.period},「${p.heading}」列的${p.records}却都是 ${p.month} 的:按「${p.heading}」列的月份统计了;请核对是不是拿错了文件,或改正标题或「${p.heading}」列后重新评分`
      : p.case
      ? `工作表「${p.sheet}」的${p.records}按${p.case === 'title' ? '标题' : p.case === 'name' ? '表名' : p.heading ? `「${p.heading}」列` : '日期'}是 ${p.month} 的,不是 --period 指定的 ${p.period}(结果按 ${p.period} 写出);请核对是不是拿错了文件,或改正 --period 后重新评分`
      : p.period
      ? `工作表「${p.sheet}」${p.title ? '按标题' : ''}是${p.month}的${p.records},不是要评分的 ${p.period},没有计入`
      : `工作表${(p.sheets ?? [p.sheet]).map((s) => `「${s}」`).join('、')}${p.title ? '按表名或标题' : ''}是不同月份的${p.records},本表不按月分开统计,合在一起会把几个月算成一个月(现在的结果是合在一起的);请用 --period 指定要评分的月份(如 --period 2026-03),或把其他月份的工作表隐藏或移到另一个文件后重新评分`,
  }),
  /** A log of a form counted by the month (no month column of its own) whose month or date column of the team's spans months. */
  /** A sheet named for a month whose month column says another on every row; counted: the only sheets there are. */
  /** partly: some rows only (late answers, counted in their month, a warning) — unless `copied`: they repeat another sheet's. */
  'records-sheet-month': spec<{ sheet: string; heading: string; said: string[]; named: string; records: string; counted: boolean; partly?: true; copied?: true }>({
    severity: 'error', also: ['warning'], name: { zh: '工作表名与月份不符', en: "sheet's month differs" },
    zh: (p) => p.partly && !p.copied
      ? `工作表「${p.sheet}」${p.named === p.sheet ? '' : `(${p.named})`}的「${p.heading}」列有几行写着 ${p.said.join('、')},与工作表名的月份不符:这几行按它们写的月份统计了;如果是迟交的${p.records}可以不管,如果是从上月的表复制后忘了改月份,请改正「${p.heading}」列后重新评分`
      : `工作表「${p.sheet}」${p.named === p.sheet ? '' : `(${p.named})`}的「${p.heading}」列${p.partly ? '有几行' : ''}写着 ${p.said.join('、')}${p.copied ? '(与另一张表的同月记录重复)' : ''},与工作表名的月份不符(复制上个月的表忘了改月份?):${p.counted ? `这些${p.records}按「${p.heading}」列的月份统计了,请核对` : `这张表的${p.records}没有计入`};请改正「${p.heading}」列或工作表名后重新评分`,
  }),
  'records-months': spec<{ sheet: string; heading: string; months: string[]; form: string; records: string; titles?: true }>({
    severity: 'warning', name: { zh: '记录跨几个月', en: 'records of several months' },
    zh: (p) => `工作表「${p.sheet}」${p.titles ? '的标题写着' : `的「${p.heading}」列有`} ${p.months.length} 个月的${p.records}(${someZh(p.months, 6, '个月', (m) => m)}),「${p.form}」按一个月统计,这些${p.records}已合在一起算;要每个月的结果,请每月一个文件分别评分`,
  }),
  /** A workbook kpi graded (told by its _kpi marks), found in a folder of raters' copies: not read as one of them. */
  /** Workbooks in a folder given to combine or roll up that are not read: in a subfolder, or in a format kpi does not read. */
  'folder-unread': spec<{ folder: string; subfolders: string[]; others: string[] }>({
    severity: 'warning', also: ['error'], name: { zh: '文件夹里有没读的表', en: 'files in the folder not read' },
    zh: (p) => `文件夹 ${p.folder} 里${[
      ...(p.subfolders.length ? [`子文件夹 ${p.subfolders.slice(0, 5).map((x) => `${x}/`).join('、')} 里的表`] : []),
      ...(p.others.length ? [`${p.others.slice(0, 5).join('、')}(kpi 不读这种格式,请另存为 .xlsx)`] : []),
    ].join(',以及')}没有读取:只读这一层的 .xlsx、.csv 等文件,这些表里的评分没有计入;如果它们也是这次的表,请放到这一层(或另存为 .xlsx)后重新评分`,
  }),
  'graded-in-folder': spec<{ name: string; input: string | null }>({
    severity: 'info', name: { zh: '跳过评分结果', en: 'graded workbook skipped' },
    zh: (p) => `${p.name} 是 kpi 写出的评分结果${p.input ? `(${p.input} 的评分结果)` : ''},不作为评分人的表读取(否则其中的评分会算两次)`,
  }),
  /** A person's sheet holding a second form below the first (another person's block copied under it): not read. */
  /** person: the form below names its person (who), listed unscored; the sheet's own person is scored. */
  /** beside: the second form stands right of the first on its heading row (two to a printed page). */
  /** who: the person of the form beside, listed unscored. */
  /** elsewhere: that person has a sheet of their own, scored from it (the form beside is a copy): a warning. */
  'second-form-on-sheet': spec<{ sheet: string; row: number; heading: string; beside?: true; person?: true; who?: string; elsewhere?: true }>({
    severity: 'error', also: ['warning'], located: true, name: { zh: '一张表里有两份', en: 'second form on one sheet' },
    zh: (p) => p.person
      ? `工作表「${p.sheet}」第 ${p.row} 行又是一位被考核人(「${p.heading}」),下面是这个人的各项:每张工作表只读第一份,下面这份没有读取,${p.elsewhere ? `${p.who ?? '这个人'}按另一张工作表评分;这份是复制的,可以删去` : '这个人没有评分;请把它移到单独的工作表后重新评分'}`
      : p.beside
      ? `工作表「${p.sheet}」第 ${p.row} 行右边又是一份考核表的表头(「${p.heading}」):每张工作表只读第一份,右边这份${p.who ? `(${p.who}的)` : ''}没有读取,${p.elsewhere ? `${p.who}按另一张工作表评分;这份是复制的,可以删去` : `${p.who ?? '其中的人'}没有评分;请把它移到单独的工作表后重新评分`}`
      : `工作表「${p.sheet}」第 ${p.row} 行又是一份考核表的表头(「${p.heading}」):每张工作表只读第一份,下面这份没有读取,其中的人没有评分;请把它移到单独的工作表后重新评分`,
  }),
  /** The file given by --pay, --data or --previous, found in the folder of raters' copies: not one of them. */
  'side-file-in-folder': spec<{ name: string; flag: '--pay' | '--data' | '--previous' }>({
    severity: 'info', name: { zh: '跳过另给的文件', en: 'side file skipped' },
    zh: (p) => `${p.name} 是 ${p.flag} 给出的文件,不作为评分人的表读取`,
  }),
  /** raters: hidden sheets named for raters who count (同事评 hidden, its marks anonymous): their weight is not theirs to lose. */
  'hidden-sheet': spec<{ sheets: string[]; raters?: string[] }>({
    severity: 'info', also: ['warning', 'error'], name: { zh: '隐藏的工作表', en: 'hidden sheet' },
    zh: (p) =>
      p.raters?.length
        ? `工作簿中隐藏的工作表${someZh(p.sheets, 10, '张')}像是${p.raters.map((r) => `「${r}」`).join('、')}的评分,没有读取:这些评分人的权重会分给别人;请取消隐藏,或加 --include-hidden 一并评分`
        : `工作簿中隐藏的工作表${someZh(p.sheets, 10, '张')}没有评分;要一并评分请加 --include-hidden`,
  }),
  'cell-too-long': spec<{ length: number; limit: number }>({
    severity: 'warning', located: true, name: { zh: '单元格内容过长', en: 'cell text too long' },
    zh: (p) => `单元格有 ${p.length} 个字符,超过 Excel 单元格上限 ${p.limit},评分结果中只保留前 ${p.limit - 1} 个字符,末尾加「…」(原文件未改动)`,
  }),
  /**
   * A roster heading printing other points than the form gives its item (「员工的工作效率(30分)」, the form 20). refused:
   * points are typed there, read on neither scale (an error; each person with one is not scored, case 'value').
   */
  'heading-points': spec<
    | { case: 'column'; sheet: string; heading: string; item: string; said: number; max: number; form: string; refused: boolean; wordsRead?: true; percent?: true; weighs?: true; own?: string; rated?: number; from?: number }
    /** printed: on a person's sheet, the cell printing the other points (the item's name or its 分值). */
    | { case: 'value'; heading: string; item: string; said: number; max: number; value: string; printed?: string; percent?: true; weighs?: true; own?: string; rated?: number; from?: number }
  >({
    severity: 'warning', also: ['error'], located: (p) => p.case === 'value', named: true, name: { zh: '表头分值不同', en: 'heading gives other points' },
    // weighs: the team's own sheet gives an item or a part other points or another weight (a group heading, a 满分/权重 row).
    // rated: the item's own points (max) or weight over its rating of from–rated, every mark within the points (§4 工作能力
    // 5 over 1–10): the same points as the form's, read two ways.
    zh: (p, at) => p.rated !== undefined
      ? p.case === 'value'
        ? `这一格的「${p.value}」在「${p.heading}」下:${ratedOrPoints(p)},不知按哪种读,没有计入,此人不评分`
        : `工作表「${p.sheet}」${at.cell ?? ''}:「${p.heading}」写的是「${p.item}」的${p.percent ? `权重 ${p.said}%(${num(p.max)} 分)` : ` ${p.said} 分`},下面填的都不超过 ${num(p.max)},像是直接填了得分;本表「${p.item}」填 ${p.from ?? 0}–${p.rated} 的评分,得分 = 评分 ÷ ${p.rated} × ${num(p.max)}(填 ${num(p.max)} 只得 ${num(p.max * p.max / p.rated)} 分)。不知按哪种读,这一项没有计入,填了内容的人不评分。请改填 ${p.from ?? 0}–${p.rated} 的评分后重新评分;如果贵单位就是直接填得分,${ownDefinition(p, `把「${p.item}」改为直接填 0–${num(p.max)} 分的得分`)}`
      : p.weighs
      ? p.case === 'value'
        ? `这一格的「${p.value}」属于「${p.item}」:表上写的是${p.percent ? `权重 ${p.said}%` : ` ${p.said} 分`}(「${p.heading}」),本表「${p.item}」${p.percent ? `占 ${num(p.max)}%` : `是 ${num(p.max)} 分`},按本表评分与贵单位的算法不同,没有计入,此人不评分`
        : `工作表「${p.sheet}」${at.cell ?? ''}:「${p.heading}」写的是${p.percent ? `权重 ${p.said}%` : ` ${p.said} 分`},而本表(${p.form})「${p.item}」${p.percent ? `占 ${num(p.max)}%` : `是 ${num(p.max)} 分`}。贵单位的表分值或权重不同,按本表评分会与贵单位的算法不同,这一项没有计入,填了内容的人不评分。如果贵单位就按 ${p.said}${p.percent ? '%' : ' 分'}算,${ownDefinition(p, `把「${p.item}」改为 ${p.said}${p.percent ? '%' : ' 分'}`)};否则请删去这个${p.percent ? '权重' : '分值'}`
      : p.case === 'value' && p.printed
      ? `这一格的「${p.value}」是「${p.item}」的得分,而表上这一项写的是 ${p.said} 分(${p.printed}「${p.heading}」),本表满分 ${p.max} 分,不知按哪个满分读,没有计入,此人不评分;如果贵单位的表这一项就是 ${p.said} 分,${ownDefinition(p, `把「${p.item}」改为 ${p.said} 分`)};否则请改回 ${p.max} 分`
      : p.case === 'value'
      ? `这一格的「${p.value}」在列「${p.heading}」里:列名写满分 ${p.said} 分,本表「${p.item}」满分 ${p.max} 分,不知按哪个满分读,没有计入,此人不评分`
      : `工作表「${p.sheet}」${at.cell ?? ''}:列「${p.heading}」写的是 ${p.said} 分,而本表(${p.form})「${p.item}」满分 ${p.max} 分${p.refused
        ? `。这一列的得分不知按哪个满分读,没有计入,${p.wordsRead ? '填了分数的人不评分(写选项文字的照常评分)' : '填了内容的人不评分'}。如果贵单位的表这一项就是 ${p.said} 分,${ownDefinition(p, `把「${p.item}」改为 ${p.said} 分`)};否则请把列名改为「${p.item}」`
        : `,现按本表的 ${p.max} 分计分。如果贵单位的表这一项就是 ${p.said} 分,${ownDefinition(p, `把「${p.item}」改为 ${p.said} 分`)};否则请把列名改为「${p.item}」`}`,
    expected: (p) => (p.rated !== undefined ? `${p.from ?? 0}–${p.rated} 的评分` : `${p.max} 分`), actual: (p) => (p.rated !== undefined && p.percent ? `${p.said}%` : `${p.said} 分`),
  }),
  /**
   * A roster heading stating another threshold for a checklist's count than the form's (「服务礼仪(2处以上不规范为不达标)」,
   * the form 3): the column is not read; each row with a count in it is not scored (case 'value').
   */
  'heading-threshold': spec<
    | { case: 'column'; sheet: string; heading: string; item: string; said: number; failAt: number; form: string; own?: string }
    | { case: 'value'; heading: string; item: string; said: number; failAt: number; value: string; own?: string }
  >({
    severity: 'error', located: (p) => p.case === 'value', named: true, name: { zh: '表头达标标准不同', en: 'heading gives another threshold' },
    zh: (p, at) => p.case === 'value'
      ? `这一格的「${p.value}」在列「${p.heading}」里:列名写 ${p.said} 处以上不达标,本表「${p.item}」${p.failAt} 处以上不达标,不知按哪个标准判,没有计入,不评分`
      : `工作表「${p.sheet}」${at.cell ?? ''}:列「${p.heading}」写的是 ${p.said} 处以上不达标,而本表(${p.form})「${p.item}」是 ${p.failAt} 处以上不达标。按本表评分会与贵单位的标准不同,这一列没有计入,填了内容的不评分。如果贵单位就按 ${p.said} 处算,${ownDefinition(p, `把这一项的 failAt 改为 ${p.said}`)};否则请删去列名里的标准`,
    expected: (p) => `${p.failAt} 处以上不达标`, actual: (p) => `${p.said} 处以上不达标`,
  }),
  /** A column of an item scored from a 0–100 figure holding the item's points (18 of 客户满意度's 20): not read. */
  'points-not-scale': spec<
    /** percent: the input is a rate in % (§1 达成率): 20 reads as 20 %, said so. */
    /** fractions: some figures were fractions read as the rate (1.05 → 105 %), those people scored. */
    | { case: 'column'; sheet: string; heading: string; item: string; max: number; scale: number; highest: number; others?: string[]; percent?: true; fractions?: true }
    | { case: 'value'; heading: string; item: string; max: number; scale: number; value: string; row?: true; percent?: true; headed?: true; /** One sheet (or, without `row`, one roster row of one or two people) whose `items` such figures are all within their points. */ items?: number
        /** The cell alone: a score its item's tiers give, typed bare where the rate goes (§1 达成率 20). */ own?: true }
    /** A person's sheet whose counts hold the items' points: every filled count at least half its 分值, half at it. */
    /** row: a roster's row of such counts (kpi's template headings, 「员工基本标准·不符合项数」), not a person's sheet. */
    | { case: 'counts'; sheet: string; items: string[]; full: number; example: { item: string; value: number; max: number }; row?: number
        /** Said of one item over people's sheets (§12 工作状况 39, 38 of 40): on this many sheets its figure reads as points. */
        sheets?: number }
    /** A count bounded below the item's points holding one of its scores (§1 投诉处理 15 = 20 − 5 × 1, 未满足项数 0–3). */
    | { case: 'count'; heading: string; item: string; max: number; value: string; input: string; unit: string; per: number; count: number; most: number }
  >({
    severity: 'error', located: (p) => p.case === 'value' || p.case === 'counts' || p.case === 'count', named: true, name: { zh: '像是得分而不是分数', en: 'points, not the scale\'s figure' },
    zh: (p, at) => p.case === 'count'
      ? `这一格的「${p.value}」在「${p.heading}」里,像是「${p.item}」的得分(满分 ${p.max} 分,每${p.unit === '次' ? '' : '一'}${p.unit}扣 ${num(p.per)} 分,${p.value} 分即 ${p.count} ${p.unit}),而这里要填${p.input}(0 到 ${p.most}),没有计入,此人不评分;如果是得分,请改填 ${p.count} 后重新评分`
      : p.case === 'counts' && p.sheets
      ? `「${p.example.item}」填了 ${p.example.value}(分值 ${p.example.max}):${p.sheets >= 3 ? `${p.sheets} 张表这一项填的都多于 5 次,没有一张是 0,一个月不会人人违反这么多次` : `不低于分值的四分之三,又多于 5 次(${p.sheets > 1 ? `${p.sheets} 张表都是这样` : '只有这一张表'}),不像一个月的次数`},像是直接填了得分;这一项填的是次数,按次从分值里扣分,照次数读会扣掉大半。没有计入,此人不评分;请改填次数后重新评分`
      : p.case === 'counts'
      ? `工作表「${p.sheet}」${p.row ? `第 ${p.row} 行` : ''}里${someZh(p.items, 4, '项')}填的数都不低于该项分值的一半,其中 ${p.full} 项正好等于分值(如「${p.example.item}」填 ${p.example.value},分值 ${p.example.max}),像是直接填了得分;本表这些项填的是不符合(违反)的次数,按「分值 − 次数」计分,得分照次数读会扣成 0 分。没有计入,此人不评分;请改填次数(没有问题填 0)后重新评分`
      : p.percent
      ? (p.case === 'value'
        ? `这一格的「${p.value}」在${p.row ? `「${p.heading}」这一行` : `列「${p.heading}」`}里,像是「${p.item}」的得分(满分 ${p.max} 分),而这里要填百分比(${p.own ? `${p.value} 正好是这一项能得的分,又没有写 %` : p.headed ? '这一列在「得分」下面,填的不超过满分' : p.items ? `${p.row ? '这张表上' : '这一行'} ${p.items} 项填的都不超过各自的满分` : `${p.row ? '三张以上的表' : '三人以上'}填的都不超过满分`}),会读作 ${asPercent(p.value)},没有计入,此人不评分;如果就是 ${asPercent(p.value)},请写成「${asPercent(p.value)}」`
        : `工作表「${p.sheet}」${at.cell ?? ''}:列「${p.heading}」${p.others?.length ? `和${someZh(p.others, 3, '列')}` : ''}填的数都不超过各项的满分(「${p.item}」最大 ${p.highest},满分 ${p.max} 分),像是直接填了得分;这里要填百分比,${p.highest} 会读作 ${p.highest}%。这些列没有计入,填了数的人不评分${p.fractions ? '(1.05 这样的小数按百分比读,照常计分)' : ''}。请改填百分比(如 92%);如果填的就是百分比,请写成「${p.highest}%」这样带 % 的写法后重新评分`)
      : p.case === 'value'
      ? `这一格的「${p.value}」在${p.row ? `「${p.heading}」这一行` : `列「${p.heading}」`}里,像是「${p.item}」的得分(满分 ${p.max} 分),而这里要填 0–${p.scale} 的分数(${p.headed ? '这一列在「得分」下面,填的不超过满分' : p.items ? `${p.row ? '这张表上' : '这一行'} ${p.items} 项填的都不超过各自的满分` : `${p.row ? '三张以上的表' : '三人以上'}填的都不超过满分`}),没有计入,此人不评分`
      : `工作表「${p.sheet}」${at.cell ?? ''}:列「${p.heading}」${p.others?.length ? `和${someZh(p.others, 3, '列')}` : ''}填的数都不超过各项的满分(「${p.item}」最大 ${p.highest},满分 ${p.max} 分),像是直接填了得分;本表按 0–${p.scale} 的分数换算(分数 ÷ ${p.scale} × ${p.max}),${p.highest} 会算成 ${+((p.highest / p.scale) * p.max).toFixed(2)} 分。这些列没有计入,填了数的人不评分。如果填的是得分,请换算成 0–${p.scale} 的分数(${p.highest} 分 → ${+((p.highest / p.max) * p.scale).toFixed(2)});如果填的就是 0–${p.scale} 的分数,请把列名改为「${p.item}(百分制)」后重新评分`,
    expected: (p) => (p.case === 'count' ? `${p.input}(0 到 ${p.most})` : p.case === 'counts' ? '次数' : p.percent ? '百分比' : `0–${p.scale} 的分数`), actual: (p) => (p.case === 'counts' ? `${p.example.value}(分值 ${p.example.max})` : p.case === 'value' || p.case === 'count' ? p.value : `最大 ${p.highest}`),
  }),
  /**
   * A column of an item's points of 10 and more whose every figure is from 0 to 1, not all 0 and 1 (§13 通话利用率 0.85,
   * 0.6 of 10): rates, it seems, read as the points typed — said, not changed. values: the first few; count: all.
   * (A cell 85 % in a points column is refused: the advice is the points, 10 × 85 % = 8.5.)
   */
  'rates-as-points': spec<{ heading: string; item: string; max: number; values: string[]; count: number }>({
    severity: 'warning', located: true, name: { zh: '得分像是比率', en: 'points look like rates' },
    zh: (p) => {
      const v = Number(p.values[0]);
      return `列「${p.heading}」填的都在 0 到 1 之间(${p.values.join('、')}${p.count > p.values.length ? ` 等 ${p.count} 个` : ''}),像是比率,现在按得分计(${p.values[0]} 就是 ${p.values[0]} 分,「${p.item}」满分 ${p.max} 分);如果是得分请核对无误,如果是比率请写成得分 ${num(p.max * v)}(${p.max} × ${num(v * 100)}%)这样,改后重新评分`;
    },
    expected: (p) => `0–${p.max} 分`, actual: (p) => p.values[0]!,
  }),
  /**
   * A column headed with the item's weight, every heading so and each weight its points (§13 「业绩考核(20%)」), holding
   * 0–100 ratings (90): the team's rating under a weight, not the points the form wants. Once a column; its cells are
   * refused each (out-of-range) as before.
   */
  'rating-under-weight': spec<{ heading: string; item: string; max: number; weight: number; value: number }>({
    severity: 'error', located: true, name: { zh: '权重下填了百分制评分', en: 'rating under a weight' },
    zh: (p) => `列「${p.heading}」填的像是 0–100 的评分(如 ${num(p.value)}),列名里的 ${num(p.weight)}% 是这一项的权重;本表「${p.item}」直接填得分(0 到 ${num(p.max)} 分),大于 ${num(p.max)} 的数没有计入,填了的人不评分。如果是百分制评分,请按权重折算成得分后填写(${num(p.value)} × ${num(p.weight)}% = ${num((p.value * p.weight) / 100)}),再重新评分`,
    expected: (p) => `0–${num(p.max)} 分`, actual: (p) => num(p.value),
  }),
  /**
   * A person's name written with a note in brackets (「陈晨(复试)」, 「张三(组长)」) beside the same name without it: that
   * person, the note left out (复试's copy made a second 陈晨, 1.00 较差, at exit 0). Said where the noted name is.
   */
  // bare: the note after a space or a dash (「张三 组长」, 「张三-组长」), no brackets.
  'name-noted': spec<{ written: string; name: string; note: string; bare?: true }>({
    severity: 'info', located: true, name: { zh: '姓名带备注', en: 'name with a note' },
    zh: (p) => `姓名「${p.written}」按「${p.name}」计(${p.bare ? '后面' : '括号里'}的「${p.note}」当作备注);如果是另一个人,请改成不同的姓名后重新评分`,
    expected: (p) => p.name, actual: (p) => p.written,
  }),
  /** A record log's group names written two ways (「一号车间」, 「1号车间」): counted as groups of their own. */
  'names-alike': spec<{ field: string; names: string[]; records: string; who?: string[] }>({
    severity: 'warning', located: true, name: { zh: '名称写法不同', en: 'names written two ways' },
    zh: (p) => `${p.field}${p.names.map((n, i) => `${q(n)}${p.who?.[i] ? `(${p.who[i]})` : ''}`).join('和')}写法不同,按${p.names.length === 2 ? '两' : ` ${p.names.length} `}个${p.field}分别统计;如果是同一个,请把${p.who ? '' : '各条'}${p.records}改成一样的写法后重新${p.records.startsWith('各月') ? '汇总' : '评分'}`,
    expected: () => '同一写法', actual: (p) => p.names.join('、'),
  }),
  /**
   * A counted name whose number is written two ways (「1号车间」, 「一号车间」): one workshop — §23 counted 6 for 5, its
   * coefficient 1.1 for 0.9 — said, as a name whose raters' names are dropped is.
   */
  'names-numbered': spec<{ field: string; names: string[]; records: string }>({
    severity: 'info', located: true, name: { zh: '编号写法不同', en: 'numbers written two ways' },
    zh: (p) => `${p.field}${p.names.slice(0, -1).map(q).join('、')}和${q(p.names[p.names.length - 1]!)}只是编号的写法不同,按同一个${p.field}统计;如果是不同的${p.field},请把各条${p.records}写成不同的${p.field}名称后重新评分`,
    expected: (p) => `一个${p.field}一种写法`, actual: (p) => p.names.join('、'),
  }),
  /**
   * A distinct-counted name written with its raters' names (「3号车间(张主任)」, 「3号车间(李班长)」) in one group: one
   * workshop answering twice, counted once; an error when they answer differently and one or two changes the figures.
   */
  'names-raters': spec<{ group: string; field: string; names: Array<{ name: string; at: string }>; figure: string; one: number; apart: number; answers?: string[]; changes?: string[] }>({
    severity: 'warning', also: ['error'], located: true, name: { zh: '名称带评价人', en: 'names with their raters' },
    zh: (p) => {
      const named = p.names.map((n) => `${q(n.name)}(${n.at})`).join('和');
      const apart = `请写成不同的${p.field}名称后重新评分`;
      return p.answers && p.changes
        ? `${p.group}:${p.field}${named}像是同一个${p.field}写上了评价人的名字,而两处的评价不同(${p.names.map((n, i) => `${q(n.name)} ${p.answers![i]}`).join(',')});按一个还是 ${p.names.length} 个${p.field}算,结果不同(${p.figure} ${num(p.one)} / ${num(p.apart)},${p.changes.join(',')}),本组不计算。如果是同一个${p.field},请只留下它的评价、把${p.field}写成一样;如果是不同的${p.field},${apart}`
        : `${p.group}:${p.field}${named}像是同一个${p.field}写上了评价人的名字,按一个${p.field}计(${p.figure} ${num(p.one)},分开算是 ${num(p.apart)});如果是不同的${p.field},${apart}`;
    },
    expected: (p) => `一个${p.field}一种写法`, actual: (p) => p.names.map((n) => n.name).join('、'),
  }),
  /** Roster sheets named for different months, every one read: their people are scored together as one month's. */
  /** people: people's own sheets, one a person (「张三 3月」, 「王五 2月」), not rosters. */
  /**
   * period: a roster's month tabs with --period (io/tabMonths.ts rosterMonthTabsAside) — these tabs, of other months than
   * --period's tab(s) `kept`, set aside whole (an info); `only`: people on them and not on `kept`, not scored either;
   * `by`: what gave their months when not the tab names alone (「标题」, 「考核月份」).
   */
  'sheets-months': spec<{ sheets: string[]; months: string[]; people?: true; period?: string; kept?: string[]; only?: string[]; by?: string }>({
    severity: 'warning', also: ['info'], name: { zh: '几个月的名单表', en: 'sheets of several months' },
    zh: (p) => p.period
      ? `工作表${p.sheets.map(q).join('、')}按${p.by ?? '表名'}是 ${p.months.join('、')} 的名单,不是 --period 指定的 ${p.period},没有计入;按工作表${(p.kept ?? []).map(q).join('、')}评分${p.only?.length ? `(只在这些表上的${someZh(p.only, 5, '人')}不在 ${p.period} 的名单上,没有评分)` : ''}`
      : `工作表${p.sheets.map(q).join('、')}按表名是不同月份(${p.months.join('、')})的${p.people ? '考核表' : '名单'},kpi 没有按月份分开,都当作同一次考核读取(其中的人照常评分或按各自的问题不评分);要某一个月的结果,请把其他月份的表隐藏(隐藏的表不评分)或移到另一个文件后重新评分,或用 --period 指定月份`,
    expected: (p) => (p.people ? '一个月的考核表' : '一个月的名单'), actual: (p) => p.months.join('、'),
  }),
  /** A person's own sheet whose tab names another month than the run's (--period, or the others' 考核月份), none in its cells. */
  'sheet-tab-month': spec<{ sheet: string; said: string; run: string; from: 'period' | 'header' }>({
    severity: 'error', located: true, named: true, name: { zh: '表名是另一个月', en: 'sheet named for another month' },
    zh: (p) => `工作表「${p.sheet}」没有填写考核月份,表名写的是 ${p.said},而${p.from === 'period' ? ' --period 指定为' : '其他表填写的考核月份是'} ${p.run};像是另一个月留下的表,此人不评分;是本月的表请改正表名或填上考核月份,是别的月的请移出这个文件后重新评分`,
    expected: (p) => p.run, actual: (p) => p.said,
  }),
  /**
   * A person's own sheet whose header month is not the file's: --period's (from 'period'), or the month most of the
   * sheets give (most of `of`). A warning (next): a date (考核日期) in the month after --period's, that month's appraisal signed.
   */
  'sheet-month': spec<{ sheet: string; field: string; said: string; typed: string; run: string; from: 'period' | 'most'; most: number; of: number; next?: true; countedAt?: string; row?: true }>({
    severity: 'error', also: ['warning'], located: true, named: true, name: { zh: '表头是另一个月', en: 'sheet of another month' },
    zh: (p) => {
      const against = p.from === 'period' ? ` --period 指定为 ${p.run}` : `其他表(${p.of} 张中的 ${p.most} 张)是 ${p.run}`;
      const typed = p.typed === p.said ? p.said : `「${p.typed}」(${p.said})`;
      if (p.next) return `工作表「${p.sheet}」的${p.field}是${typed},在 --period ${p.run} 的下一个月,按 ${p.run} 的考核评分;不是 ${p.run} 的表请改正${p.field}后重新评分`;
      // countedAt: the same person's sheet of --period's month is beside it (a warning): that one scored, this one not counted.
      // row: a roster's row of another month (rosterRowMonths), taken out; the counted row of the same team or person named by its cell.
      if (p.countedAt && p.row) return `工作表「${p.sheet}」这一行的${p.field}是${typed},而${against};是另一个月的一行,没有计入;按 ${p.countedAt} 那一行(${p.run})评分`;
      // row without countedAt: a roster's row of another month, its team or person on no row of --period's (rosterRowMonths).
      if (p.row) return `工作表「${p.sheet}」这一行的${p.field}是${typed},而${against};是另一个月的一行,这一行不评分;是 ${p.run} 的请改正${p.field},是别的月的请删去这一行后重新评分`;
      if (p.countedAt) return `工作表「${p.sheet}」的${p.field}是${typed},而${against};是同一人另一个月的表,没有计入;此人按工作表「${p.countedAt}」(${p.run})评分`;
      return `工作表「${p.sheet}」的${p.field}是${typed},而${against};像是另一个月的表,此人不评分;是本月的表请改正${p.field},是别的月的请移出这个文件后重新评分`;
    },
    expected: (p) => p.run, actual: (p) => p.typed,
  }),
  /** Columns of an item two parts share, headed without their part: read in the template's order (`as`). */
  'shared-by-order': spec<{ sheet: string; columns: Array<{ heading: string; column: string; as: string }> }>({
    severity: 'warning', located: true, name: { zh: '同名项目按顺序认', en: 'shared names read in order' },
    zh: (p) => `工作表「${p.sheet}」的列名没有写部分名称,几个部分都有这一项,按模板的先后顺序认作:${p.columns.slice(0, 6).map((c) => `${c.column} 列「${c.heading}」→「${c.as}」`).join(';')}${p.columns.length > 6 ? ` 等 ${p.columns.length} 列` : ''};如果调整过这些列的顺序,请在列名前写上部分名称(如「${p.columns[0]!.as}」)后重新评分`,
    expected: (p) => p.columns.map((c) => c.as).join('、'), actual: (p) => p.columns.map((c) => c.heading).join('、'),
  }),
  /**
   * The headings again under the table, in another order (a second team's block pasted with its own heading row): its
   * rows read with the first heading's columns gave each item another's marks. `moved`: headings and their columns
   * here and above; `records`: a record form's word for its rows.
   */
  'headings-reordered': spec<{ sheet: string; row: number; headerRow: number; moved: Array<{ heading: string; here: string; above: string }>; records?: string; unread?: string[]; amounts?: true }>({
    severity: 'error', located: true, name: { zh: '表头顺序不同', en: 'headings in another order' },
    zh: (p) => `工作表「${p.sheet}」第 ${p.row} 行又是一行表头,但列的顺序与第 ${p.headerRow} 行不同(${p.moved.slice(0, 3).map((m) => `「${m.heading}」在 ${m.here} 列,上面在 ${m.above} 列`).join(';')}${p.moved.length > 3 ? ` 等 ${p.moved.length} 列` : ''}):按上面的列读会把${p.amounts ? '金额读到别的列上' : '分数算到别的项目上'},这一行以下的${p.records ?? "各行"}没有读取${p.unread?.length ? `(${p.unread.slice(0, 5).join('、')}${p.unread.length > 5 ? ` 等 ${p.unread.length} 人` : ` 共 ${p.unread.length} 人`}未评分)` : ''};请把这一块的列排成与第 ${p.headerRow} 行相同(或移到另一张工作表)后重新评分`,
    expected: (p) => `与第 ${p.headerRow} 行相同的列顺序`, actual: (p) => p.moved.map((m) => `${m.heading}@${m.here}`).join('、'),
  }),
  /**
   * A second team's table pasted to the right of a roster, its headings the same: not read (its columns were copies of
   * the left's), each of its people listed unscored with how to lay the tables out.
   */
  'side-by-side-table': spec<{ sheet: string; row: number; from: string; who: string }>({
    severity: 'error', located: true, name: { zh: '两张表左右并排', en: 'two tables side by side' },
    zh: (p) => `工作表「${p.sheet}」第 ${p.row} 行从 ${p.from} 列起又是一遍同样的表头:这张工作表左右并排放了两张表,右边这张没有读取,${p.who}没有评分(右边的分数也没有算给左边的人);请把右边这张表连同表头剪切到左边这张的下面(隔一空行,每人一行),或移到另一张工作表后重新评分`,
  }),
  /** 姓名 blank on a sheet whose tab is a person's name and whose title names another (a sheet copied, its title kept). */
  'name-tab-title-differ': spec<{ sheet: string; field: string; title: string; name: string }>({
    severity: 'error', located: true, named: true, name: { zh: '工作表名与标题不符', en: 'tab and title name two people' },
    zh: (p) => `工作表「${p.sheet}」的${p.field}没有填写,而标题「${p.title}」写的是「${p.name}」,无法确定是谁的表(此人不评分);请填上${p.field}(并改正标题)后重新评分`,
    expected: (p) => p.sheet, actual: (p) => p.name,
  }),
  /** A person's sheet named after someone else, where the other sheets are named after their people (a copied sheet). */
  /** A person's sheet whose 姓名 is blank, named after them as the other sheets are: the sheet's name taken. */
  'name-from-sheet': spec<{ sheet: string; field: string; title?: string; name?: string }>({
    severity: 'warning', located: true, named: true, name: { zh: '姓名按工作表名', en: 'name taken from the sheet' },
    zh: (p) => (p.title ? `工作表「${p.sheet}」的${p.field}没有填写,按标题「${p.title}」当作「${p.name}」评分;不是此人时请填上${p.field}后重新评分` : `工作表「${p.sheet}」的${p.field}没有填写,按工作表名当作「${p.sheet}」评分(各表都以${p.field}命名);不是此人时请填上${p.field}后重新评分`),
    expected: (p) => p.name ?? p.sheet, actual: () => '',
  }),
  /**
   * named: sheets named after their own person. tab: this sheet's name is taken for a person's (two others so named, or
   * a name by itself); title/titled: the title naming someone else.
   */
  'sheet-name-differs': spec<{ sheet: string; name: string; field: string; named: number; tab?: true; title?: string; titled?: string }>({
    severity: 'warning', located: true, named: true, name: { zh: '工作表名与姓名不符', en: 'sheet named after someone else' },
    zh: (p) => {
      const said = p.named >= 2 ? `工作表「${p.sheet}」的${p.field}是「${p.name}」,而其他 ${p.named} 张表都以${p.field}命名` : (p.tab ? `工作表「${p.sheet}」${p.title ? `(标题「${p.title}」)` : ''}像是「${p.sheet}」的表,而${p.field}是「${p.name}」` : `标题「${p.title}」写的是「${p.titled}」,而${p.field}是「${p.name}」`);
      const also = p.named >= 2 && p.title ? `(标题「${p.title}」也写着「${p.titled}」)` : '';
      return `${said}${also};如果这张表是复制别人的表后忘了改${p.field},请改正后重新评分(现按「${p.name}」评分)`;
    },
    expected: (p) => (p.tab ? p.sheet : (p.titled ?? p.sheet)), actual: (p) => p.name,
  }),
  /** A person's marks are formulas reading another person's sheet, or a data sheet's column or row headed by their name. */
  'marks-of-other': spec<{ name: string; formula: string; other: string; others: string[]; count: number; heading?: string; along?: '列' | '行' }>({
    severity: 'warning', located: true, named: true, name: { zh: '引用了别人的分数', en: 'marks read from someone else' },
    zh: (p) => `${p.name}的这一格是公式 ${p.formula},${p.heading ? `读的是「${p.other}」的一${p.along}(${p.heading} 是「${p.other}」)` : `读的是「${p.other}」的表`}${p.count > 1 ? `(共 ${p.count} 格引用${p.others.join('、')}的分数)` : ''};如果这张表是复制「${p.other}」的表后忘了改公式,请改正后重新评分(现按引用的值评分)`,
    expected: (p) => p.name, actual: (p) => p.other,
  }),
  /** People's own sheets beside the team's list (「汇总」, 「名单」): someone listed with no sheet of their own. */
  'listed-without-sheet': spec<{ sheet: string; people: string[] }>({
    severity: 'warning', located: true, name: { zh: '名单上的人没有考核表', en: 'listed without a sheet' },
    zh: (p) => `工作表「${p.sheet}」列出的${p.people.slice(0, 5).join('、')}${p.people.length > 5 ? ` 等 ${p.people.length} 人` : ''}没有自己的考核表,没有评分;如果要评分,请为${p.people.length > 1 ? '他们各' : '此人'}加一张考核表(可复制别人的表改姓名和各项)后重新评分`,
    expected: () => '每人一张考核表', actual: (p) => p.people.join('、'),
  }),
  /** records: a sheet beside a record form's log, with some of its columns (the log's records word). */
  /** bySheet: beside people's own sheets (one a person), `most` is the form's inputs. */
  /** summary: a records log's summary sheet beside it (counts per answer, 评定, 扣分; or named 汇总), by these headings. */
  /** formulas: a roster beside people's own sheets whose figures are formulas reading these sheets (='张三'!F7): a 汇总. */
  /** block: a summary on the log's own sheet (beside it past a blank column, below it past a blank line), its first cell. */
  /** source: the person sheets whose 填写 cells are formulas reading this sheet (='基础数据'!B2…): their data. */
  'helper-sheet': spec<{ sheet: string; columns: string[]; most: number; records?: string; bySheet?: true; summary?: string[]; formulas?: string[]; block?: string; feeds?: string[] }>({
    severity: 'warning', also: ['info'], name: { zh: '辅助工作表', en: 'helper sheet' },
    zh: (p) => p.feeds
      ? `工作表「${p.sheet}」是工作表${someZh(p.feeds, 3, '张表')}的数据来源(它们的填写格是引用它的公式),没有当作名单另外评分;各人按自己的考核表评分`
      : p.formulas
      ? `工作表「${p.sheet}」的分数是引用${someZh(p.formulas, 3, '张表')}的公式,是自己做的汇总表,没有当作名单评分;各人按自己的考核表评分`
      : p.block && p.summary
      ? `工作表「${p.sheet}」${p.block} 起的表有列${someZh(p.summary, 4, '列')},是自己做的汇总表,不是逐条的${p.records},没有读取;结果按记录表里的${p.records}计算。如果其中也有要统计的${p.records},请把它们移到记录表里`
      : p.summary
      ? `工作表「${p.sheet}」${p.summary.length ? `有列${someZh(p.summary, 4, '列')},` : '按表名'}是自己做的汇总表,不是逐条的${p.records},没有读取;结果按记录表里的${p.records}计算。如果其中也有要统计的${p.records},请把它们移到记录表里`
      : p.records
      ? `工作表「${p.sheet}」只有记录表的 ${p.columns.length} 列(${p.columns.slice(0, 3).map((c) => `「${c}」`).join('、')}),而记录表有 ${p.most} 列,像是自己加的辅助表(笔记、对照表),其中的行没有计入统计;如果这些行也是要统计的${p.records},请把它们移到记录表里`
      : `工作表「${p.sheet}」只有 ${p.columns.length} 列考核项目(${p.columns.slice(0, 3).map((c) => `「${c}」`).join('、')}),而${p.bySheet ? `每人一张的考核表有 ${p.most} 个填写项` : `名单有 ${p.most} 列`},像是自己加的辅助表(图表数据、对照表),没有当作名单评分;如果这张表也是名单,请把它的人移到名单里`,
    actual: (p) => p.columns.join('、'),
  }),
  'detail-truncated': spec<{ rows: number; shown: number }>({
    severity: 'warning', name: { zh: '明细未写全', en: 'detail cut short' },
    zh: (p) => `「明细」有 ${p.rows} 行,超过 Excel 一张表的行数上限,只写出前 ${p.shown} 行;其余各人各项的得分和说明见 kpi score --json(汇总的总分和等级不受影响)`,
    actual: (p) => String(p.rows),
  }),
  'content-dropped': spec<{ sheet: string; charts: number; pivots: number; shapes: number; controls: number; chartSheet?: true; threads?: number; others?: string[] } | { case: 'macros' } | { case: 'workbook'; what: string[] }>({
    severity: 'warning', name: { zh: '内容未能保留', en: 'content not kept' },
    zh: (p) => {
      if ('case' in p && p.case === 'workbook') return `原文件中的${p.what.join('、')}没有保留在评分结果中(原文件未改动,请在原文件中查看)`;
      if ('case' in p) return '原文件中的宏(VBA)没有保留在评分结果中:评分结果是 .xlsx,不能带宏(原文件未改动,宏仍在原文件里)';
      if (p.chartSheet) return `原表中的图表工作表「${p.sheet}」未能保留:它没有复制到评分结果中(原文件未改动,请在原文件中查看)`;
      const what = [
        p.charts ? `${p.charts} 个图表` : '',
        p.pivots ? `${p.pivots} 个数据透视表` : '',
        p.shapes ? `${p.shapes} 个形状/文本框` : '',
        p.controls ? `${p.controls} 个表单控件` : '',
        p.threads ? `${p.threads} 组批注对话(回复和作者;只留下 Excel 的提示文字)` : '',
        ...(p.others ?? []),
      ].filter(Boolean);
      const title = p.charts || p.pivots ? '原表中的图表/数据透视表未能保留' : '原表中的部分内容未能保留';
      return `${title}:工作表「${p.sheet}」的${what.join('、')}没有复制到评分结果中(原文件未改动,请在原文件中查看)`;
    },
  }),

  // ---- which form ----------------------------------------------------------------------------------------------
  'form-unknown': spec<{ form: string; formId: string }>({
    severity: 'info', name: { zh: '考核表类型', en: 'form recognised by its headings' },
    zh: (p) => `文件没有模板标记,按表头识别为「${p.form}」(${p.formId});如不对请用 --form 指定`,
  }),
  /** --form names one form and the headings are another's (their required columns missing): said, with the id they fit. */
  'form-mismatch': spec<{ form: string; formId: string; other: string; otherId: string; missing: number }>({
    severity: 'warning', name: { zh: '考核表可能选错', en: '--form may be the wrong form' },
    zh: (p) => `表头更像「${p.other}」(${p.otherId}),不像 --form 指定的「${p.form}」(${p.formId}):后者有 ${p.missing} 列必填列在表中找不到。是不是 --form 给错了?请改为 --form ${p.otherId},或去掉 --form 让 kpi 按表头识别`,
  }),
  'form-not-recognized': spec<{ name: string; candidates: Array<{ form: string; formId: string }>; forms: string[]; hidden?: string[] }>({
    severity: 'error', name: { zh: '认不出考核表', en: 'form not recognised' },
    zh: (p) =>
      (p.candidates.length >= 2
        ? `${p.name}:认不出是哪种考核表:表头同样符合 ${p.candidates.map((c) => `「${c.form}」(${c.formId})`).join(' 和 ')},无法确定是哪一种(文件不是由 kpi template 生成)。请用 --form 指定,如 --form ${p.candidates[0]!.formId}`
        : `${p.name}:认不出是哪种考核表(文件不是由 kpi template 生成)。请用 --form 指定,可选:${p.forms.join('、')}`) +
      (p.hidden?.length ? `(隐藏的工作表${someZh(p.hidden, 5, '张')}没有读取;要评分隐藏的工作表请加 --include-hidden)` : ''),
  }),
  /** command: a command that takes the form as its argument (kpi template, kpi forms), not through --form. */
  'form-not-found': spec<{ formId: string; forms: string[]; command?: string; near?: string }>({
    severity: 'error', name: { zh: '没有这种考核表', en: 'no such form' },
    zh: (p) => `未知的考核表「${p.formId}」${p.near ? `,是不是「${p.near}」?` : '。'}可用的有:${p.forms.join('、')};${p.command ? `也可给出自己的定义文件,如 kpi ${p.command} 我的定义.json` : '也可用 --form 指定自己的定义文件(.json)'}`,
  }),
  /** rollup: a records form's months are rolled up by grading them as one log (its month column), said as the way. */
  /** months: the form has a month column (its log may hold several months, counted month by month). */
  /** compares: the form reports changes against --previous (advised only then: a form without gets nothing from it). */
  'form-is-records': spec<{ case: 'shipped'; form: string; formId: string; records: string; rollup?: boolean; name?: string; months?: boolean; compares?: boolean } | { case: 'file'; definition: string; rollup?: boolean; months?: boolean; compares?: boolean }>({
    severity: 'error', name: { zh: '记录表不能用于此命令', en: 'a records form' },
    zh: (p) =>
      (p.case === 'shipped'
        ? `${p.name ? `${p.name}:` : ''}「${p.form}」(${p.formId})是记录表(每行一条${p.records},按分组统计),不能用于此命令`
        : `${p.definition}:这是记录表的定义(records),不能用于此命令`) +
      (p.rollup
        ? p.months
          ? ';几个月的记录请放在一个文件里评分(kpi score 文件),文件含几个月时按月份分别统计'
          : `;这种表按一个月统计:每月的记录请分别评分(每月一个文件,kpi score 文件)${p.compares ? ',要与上月比较请加 --previous 上月文件' : ''}`
        : ''),
  }),
  'previous-ignored': spec<{ case: 'not-records' | 'no-compare' | 'same-file'; form: string; previous: string }>({
    severity: 'warning', name: { zh: '--previous 未使用', en: '--previous ignored' },
    zh: (p) =>
      p.case === 'same-file'
        ? `--previous 给的 ${p.previous} 就是本月的数字(同一个文件,或它的评分结果、另存的副本?),与上月的变化都会是 0,已忽略;请给出上个月的文件`
        : p.case === 'not-records'
        ? `--previous 只用于记录表(如客户满意度调查);「${p.form}」不是记录表,已忽略 ${p.previous}`
        : `「${p.form}」没有与上月对比的指标(定义中的 compare),--previous ${p.previous} 已忽略`,
  }),
  /** `--previous` whose own rows have errors: its figures leave them out; none usable, no change is given. */
  'previous-errors': spec<{ previous: string; errors: number; total: number; records: string; command: string }>({
    severity: 'warning', name: { zh: '上月文件有错误', en: 'errors in last month\'s file' },
    zh: (p) =>
      p.errors >= p.total
        ? `上月文件 ${p.previous} 的 ${p.total} 条${p.records}都有错误,没有可以对比的数字,与上月的变化都记为「—」;请先改正上月文件(${p.command})`
        : `上月文件 ${p.previous} 的 ${p.total} 条${p.records}中有 ${p.errors} 条有错误,上月的数字不含它们,与上月的变化可能不准;请先改正上月文件(${p.command})`,
  }),
  // formId: a well-formed id that is no built-in form — a team's own definition made the template: an error (guessed
  // from the headings it was scored by the built-in it was copied from). Without: a mark that is no id, a warning.
  /** requested: the form --form gave, by which a template of the team's own definition `formId` was scored (a warning). */
  /** graded: the file is kpi's output, marked with the definition it was graded by (not a template). */
  'form-marker-unknown': spec<{ formId?: string; name?: string; requested?: string; graded?: true }>({
    severity: 'error', also: ['warning'], name: { zh: '模板标记不认识', en: 'unknown template marker' },
    zh: (p) =>
      p.formId && p.requested
        ? `${p.name ? `${p.name}:` : ''}这份${p.graded ? '文件上次是按' : '模板是用'}自己的考核表定义「${p.formId}」${p.graded ? '评分' : '生成'}的,现按 --form 给的${p.requested}评分,两者的权重和等级可能不同;如果不对,请用 --form 给出生成模板时用的那份定义文件(如 --form ${p.formId}.json)`
        : p.formId
        ? `${p.name ? `${p.name}:` : ''}这份${p.graded ? '文件上次是按' : '模板是用'}考核表定义「${p.formId}」${p.graded ? '评分' : '生成'}的,它不是内置考核表(是自己的定义文件);请用 --form 给出那份定义文件(如 --form ${p.formId}.json;kpi score、batch、rollup 都一样),kpi 不会按表头猜成内置表来评分`
        : '工作簿里的模板标记不是内置考核表的名称,已忽略;按表头识别考核表(如不对请用 --form 指定)',
  }),
  /** other: --form gives another definition (a team's own, another id) than the built-in the template was made from. */
  'form-version': spec<{ formId: string; version: string; current: string; changed?: true; name?: string; other?: string }>({
    severity: 'warning', name: { zh: '模板版本不同', en: 'template version differs' },
    zh: (p) =>
      (p.name ? `${p.name}:` : '') +
      (p.other
        ? `模板由内置考核表「${p.formId}」${p.version ? `${p.version} 版` : ''}生成,现按 --form 给的${p.other}评分,两者的项目、权重和等级可能不同;如果不对,请去掉 --form 或改用生成模板时用的定义`
        : p.changed
        ? `模板由「${p.formId}」${p.version} 版生成,--form 给的定义同为 ${p.current} 版,但内容不同(改过分数线、权重或等级?),按 --form 的定义评分`
        : `模板由「${p.formId}」${p.version} 版生成,当前定义为 ${p.current} 版,按当前定义评分`),
  }),
  'definition-invalid': spec<
    | (Subject & { case: 'rule'; detail: string })
    | { case: 'at'; definition: string; path: string; detail: string }
    | { case: 'more'; definition: string; count: number }
    | { case: 'not-a-file'; definition: string }
    | { case: 'too-big'; definition: string; size: number; limit: number }
    | { case: 'unreadable'; definition: string; reason: FsReason }
    | { case: 'not-utf8'; definition: string }
    | { case: 'not-json'; definition: string; line?: number; column?: number; empty?: true; workbook?: true; cause?: 'cn-quote' | 'cn-punct' | 'wide-space' | 'trailing-comma' | 'extra-comma' | 'open-quote' | 'unclosed' | 'single-quote' | 'comment' | 'bare-key' | 'missing-comma' | 'extra-close' | 'after-end' | 'control-in-text' | 'bad-number' }
  >({
    severity: 'error', name: { zh: '考核表定义有误', en: 'invalid form definition' },
    zh: (p) => {
      switch (p.case) {
        case 'rule': return `${subjectZh(p)}:考核表定义有误:${p.detail}`;
        case 'at': return `${p.definition}:${p.path}:${p.detail}`;
        case 'more': return `${p.definition}:还有 ${p.count} 条未列出;改正以上各处后再检查一次`;
        case 'not-a-file': return `${p.definition}:不是文件`;
        case 'too-big': return `${p.definition}:定义文件 ${p.size} 字节,超过上限 ${p.limit} 字节`;
        case 'unreadable': return `${p.definition}:${readReasonZh(p.reason)}`;
        case 'not-utf8': return `${p.definition}:不是 UTF-8 编码的文字(可能存成了 GBK、GB18030 或其他编码,中文会读成乱码);请用编辑器「另存为」UTF-8 编码后重试`;
        case 'not-json': if (p.workbook) return `${p.definition}:是 Excel 工作簿(或压缩包),不是考核表定义文件(.json,如 kpi forms <id> 所示的规则);要评分的考核表请直接给 kpi score`;
          return `${p.definition}:不是有效的 JSON${p.line !== undefined ? `(第 ${p.line} 行第 ${p.column} 列附近)` : p.empty ? '(文件是空的)' : ''}${p.cause ? `:${JSON_SLIPS[p.cause]}` : ''}`;
      }
    },
  }),
  'data-not-used': spec<{ form: string; formId: string } | { case: 'records'; form: string; formId: string; option: '--pay' | '--limit' | '--data' }>({
    severity: 'error', name: { zh: '不使用导出数据', en: 'form takes no export' },
    zh: (p) =>
      'case' in p
        ? `「${p.form}」(${p.formId})是记录表,按组统计,不给人评分:${p.option} 只用于给人评分的考核表(${p.option === '--pay' ? '工资' : p.option === '--limit' ? '强制分布' : '导出数据'}),请去掉 ${p.option}`
        : `「${p.form}」(${p.formId})不从导出数据取数,--data 只用于定义了导出数据(data)的考核表,如 shop-cs-monthly`,
  }),
  'limit-unknown-band': spec<{ form: string; bands: string[]; known: string[] }>({
    severity: 'error', name: { zh: '强制分布等级不存在', en: 'unknown band in --limit' },
    zh: (p) => `强制分布的等级「${p.bands.join('、')}」不在「${p.form}」的等级表中(可用:${p.known.join('、')})`,
    expected: (p) => p.known.join('、'), actual: (p) => p.bands.join('、'),
  }),
  'distribution-limit': spec<Breach>({
    severity: 'warning', name: { zh: '超出强制分布比例', en: 'distribution limit' },
    zh: (b) => {
      const list = (ps: Breach['boundary']) => ps.map((p) => `${p.name}${p.id ? `(${p.id})` : ''} ${p.band} ${exact(p.total)}`).join('、');
      const outside = b.boundary.filter((p) => p.beyond);
      const inside = b.boundary.filter((p) => !p.beyond);
      const need = `${b.people} 人中${b.kind === 'max' ? '至多' : '至少'} ${b.allowed} 人`;
      const who =
        b.kind === 'max'
          ? `按精确总分,超出的:${list(outside)}${inside.length ? `;限额内最后一人:${list(inside)}` : ''}`
          : `按精确总分,最接近「${b.band}」的:${list(outside)}${inside.length ? `;其次:${list(inside)}` : ''}`;
      // Exactly equal totals on both sides of the line: the ranking cannot decide who is inside, and kpi says so.
      const tied = inside.length && outside.length && (b.kind === 'max' ? inside[inside.length - 1]!.total === outside[0]!.total : outside[outside.length - 1]!.total === inside[0]!.total);
      const tie = tied ? `;界线两侧精确总分相同(${exact(outside[0]!.total)}),排名无法区分,由公司决定` : '';
      return `强制分布:${b.department ? q(b.department) : '全体'}「${b.band}」${b.count} 人(${percent(b.count / b.people)}),不符合 ${limitRule(b)}(${need});${who}${tie}。kpi 不改动任何人的分数和等级`;
    },
    expected: (b) => `${b.band} ${limitRule(b)}`, actual: (b) => `${b.count}/${b.people}`,
  }),
  // ---- months, periods, raters in separate files ---------------------------------------------------------------
  'month-unknown': spec<
    | { case: 'header'; name: string; person?: string; field: string; value: string }
    /** A year and a month number that is no month (2026年13月, 2026-00), said at its cell when grading. */
    | { case: 'header-cell'; field: string; value: string }
    /**
     * `same`: people on sheets (rows) of several of the months — one person's month tabs (王芳 2月 / 3月 / 1月): one month
     * is scored with --period, or the tabs split into files for kpi rollup (`rollup`: said by rollup, which reads a file as a month).
     */
    | { case: 'header-mixed'; name: string; months: Array<{ month: string; people: string[] }>; same?: string[]; rollup?: true }
    | { case: 'flag'; name: string; value: string }
    /** typed: the header as written when it gives no year (「3月」); `header` is then that month in the year said elsewhere. */
    | { case: 'header-and-flag'; name: string; header: string; flag: string; typed?: string }
    /** kpi score --period names a month the header does not: 汇总 says the option's, kpi rollup files it by the header's. */
    /** typed: the header as written when it gives no year (「2月份」); `header` is then that month in --period's year. */
    /** date: the sign-off date's label (考核日期) when its month was read from it, 考核月份 blank: rollup files such a file by its title or --month, not by the date. */
    | { case: 'header-and-period'; name: string; header: string; flag: string; typed?: string; date?: string; next?: true }
    /** The rows give no month and the text above the headings names another than --period (a title, 「考核月份:2026年2月」). */
    | { case: 'title-and-period'; name: string; said: string; text: string; place: string; flag: string }
    /** A roster sheet whose people give no month, its tab naming another than --period (「2026年2月」, 「2月」). */
    | { case: 'tab-and-period'; name: string; said: string; sheet: string; flag: string }
    /**
     * Raters' copies combined, their one month another than --period: each copy and where its month was read (a 考核月份
     * cell, the text above its headings, its sheet's tab or its file's name), `text` as written there.
     */
    | { case: 'copies-and-period'; month: string; flag: string; copies: CopyMonth[] }
    /** The header says one month and the file's name another (last month's sheet copied, its 考核月份 not changed). */
    | { case: 'header-and-name'; name: string; header: string; inName: string; typed?: string }
    | { case: 'none'; name: string; field: string; inName?: string[] }
    /** --month names a file that is not one of those rolled up. */
    | { case: 'flag-no-file'; name: string; value: string; files: string[] }
    /** --month gives one file two months, its name written two ways (a.xlsx=2026-01, ./a.xlsx=2026-02). */
    | { case: 'flag-twice'; name: string; values: string[] }
    /** A log without its month column, the month taken from the sheet's name, its title or --period. */
    /** sheet-title: the month of the sheet's name (「1月」), the year of its title (「2026年第一季度…」). */
    /** blocks: a block of rows under each title naming its month (one sheet of several months), `month` their months. */
    | { case: 'supplied'; sheet: string; field: string; month: string; from: 'sheet' | 'sheet-title' | 'title' | 'period' | 'dates' | 'blocks'; heading?: string }
    /**
     * Every 日期 (评估日期) on the 2nd–5th of the month after `month`, scored as `month`'s sign-off: the file's name or the
     * titles say it (`said`, a note), or nothing else says a month (`day`, a warning). `header`: the dates' own month.
     * `late`: any day of the month after, a title with its year saying `month` (「2026年2月…」 above 2026-03-10).
     */
    /** `recorded`: a graded copy's recorded month (_kpi), neither `month` nor `header` (its dates changed after grading). */
    | { case: 'signed-after'; name: string; field: string; typed: string; header: string; month: string; from: 'name' | 'title' | 'day'; said?: string; late?: true; recorded?: string }
    /** The 日期's month taken (`header`), the file's name or a sheet's title (`sheet`) saying another (`said`; `month` with its year). */
    | { case: 'date-and-name'; name: string; field: string; typed: string; header: string; from: 'name' | 'title'; said: string; month: string; sheet?: string }
  >({
    severity: 'error', also: ['warning', 'info'], located: (p) => p.case === 'header-cell', named: true, name: { zh: '月份不明', en: 'month unknown' },
    zh: (p) => {
      switch (p.case) {
        case 'header': return `${p.name}:${p.person ? `${p.person}的` : ''}表头「${p.field}」填写为「${p.value}」,看不出是哪一年哪一月(应如 2026-03、2026年3月)`;
        case 'header-cell': return `「${p.field}」填写为「${p.value}」,没有这个月份(月份为 1–12,如 2026-03、2026年3月);这份考核没有按月份标注,kpi rollup 也不能按月份汇总`;
        case 'header-mixed': {
          const mixed = `${p.name}:表头的考核月份不一致:${p.months.map((m) => `${m.month}(${m.people.slice(0, 3).join('、')}${m.people.length > 3 ? ' 等' : ''})`).join('、')};一个文件只能是一个月`;
          if (!p.same?.length) return mixed;
          const sorted = p.months.map((m) => m.month).sort();
          const who = `${p.same.slice(0, 3).join('、')}${p.same.length > 3 ? ' 等' : ''}`;
          return p.rollup
            ? `${mixed}:这个文件里同一人(${who})有几个月的工作表(${sorted.join('、')}),kpi rollup 把一个文件算作一个月、不按工作表分月;请把每个月的工作表分成单独的文件(每月一个)后再用 kpi rollup 汇总`
            : `${mixed}:这个文件里同一人(${who})有几个月的工作表(${sorted.join('、')}),按文件评分时不知道评哪个月;请用 --period 指定一个月评分(如 --period ${sorted[sorted.length - 1]}),其他月份的表不计入;要几个月一起汇总,请把每个月的工作表分成单独的文件后用 kpi rollup`;
        }
        case 'flag': return `--month ${p.name}=${p.value}:看不懂月份(应如 2026-03)`;
        case 'header-and-flag': return `${p.name}:表头的考核月份是 ${p.typed ?? p.header},而 --month 指定为 ${p.flag};请改正其中一个`;
        case 'tab-and-period': return `${p.name}:工作表「${p.sheet}」中没有填写考核月份,表名写的是 ${p.said},而 --period 指定为 ${p.flag};像是另一个月的表,「汇总」却会按 ${p.flag} 标注;请核对后把这张表移出文件、改正表名或 --period`;
        case 'title-and-period': return `${p.name}:表中没有填写考核月份,表头上方 ${p.place}「${p.text}」写的是 ${p.said},而 --period 指定为 ${p.flag};像是另一个月的表,「汇总」却会按 ${p.flag} 标注;请核对后改正标题或 --period`;
        case 'copies-and-period': return `一起评分的 ${p.copies.length} 份表是 ${p.month} 的(${someZh(p.copies.map(copyMonthZh), 4, '份', (x) => x)}),而 --period 指定为 ${p.flag};合并的结果却会按 ${p.flag} 标注和评分,没有评分;请核对是不是拿错了月份的表,或改正 --period 后重新评分`;
        case 'header-and-period': if (p.date) return p.next
          ? `${p.name}:表中的${p.date}是 ${p.typed ?? p.header},在 --period ${p.flag} 的下一个月,按 ${p.flag} 的考核评分(${p.date}在考核月之后也可以);不是 ${p.flag} 的表请改正${p.date}或 --period`
          : `${p.name}:表中的${p.date}是 ${p.header},而 --period 指定为 ${p.flag};「汇总」按 ${p.flag} 标注,像是另一个月的表;请改正${p.date}或 --period`;
          return `${p.name}:表头的考核月份是 ${p.typed ?? p.header},而 --period 指定为 ${p.flag};「汇总」按 ${p.flag} 标注,kpi rollup 却按表头算作 ${p.header};请改正其中一个`;
        case 'header-and-name': return `${p.name}:表头的考核月份是 ${p.typed ?? p.header},文件名却是 ${p.inName}(复制上个月的表忘了改月份?);请改正表头或文件名,表头对时也可以用 --month ${p.name}=${p.header} 确认`;
        case 'supplied': return p.from === 'blocks'
          ? `工作表「${p.sheet}」没有「${p.field}」列:按每段上方标题所写的月份计,每条算在它那段的月(${p.month},各月分别评定)`
          : p.from === 'dates'
          ? `工作表「${p.sheet}」没有「${p.field}」列:按「${p.heading}」列的日期计,${p.month.includes('、') ? `每条算在它的日期所在的月(${p.month},各月分别评定)` : `每条都是 ${p.month} 的`}`
          : `工作表「${p.sheet}」没有「${p.field}」列:按${p.from === 'sheet' ? '工作表名' : p.from === 'sheet-title' ? '工作表名(年份取标题)' : p.from === 'title' ? '标题' : ' --period '}所写的 ${p.month} 计,每条都算这个月的`;
        case 'signed-after': return (p.from === 'day'
          ? `${p.name}:${p.field}都是 ${p.typed}(${p.header} 月初),表中、标题和文件名都没有写考核月份,按 ${p.month} 的考核评分(上月的考核在下月初签署);是 ${p.header} 的考核时请用 --period ${p.header} 重新评分(kpi rollup 用 --month ${p.name}=${p.header})`
          : `${p.name}:${p.field}都是 ${p.typed}${p.late ? '' : `(${p.header} 月初)`},${p.from === 'name' ? '文件名' : '表头上方的标题'}写的是 ${p.said},按 ${p.month} 的考核评分(在下月${p.late ? '' : '初'}签署);是 ${p.header} 的考核时请用 --period ${p.header} 重新评分`)
          + (p.recorded ? `;这份已评分的表上次记为 ${p.recorded} 的考核(评分后${p.field}改过?),请核对` : '');
        case 'date-and-name': return `${p.name}:${p.field}是 ${p.typed},${p.from === 'name' ? '文件名' : `工作表「${p.sheet}」表头上方的标题`}写的却是 ${p.said},按${p.field}的 ${p.header} 评分;是 ${p.month} 的考核时请用 --period ${p.month} 重新评分,或改正${p.field}`;
        case 'flag-twice': return `--month 给了 ${p.name} ${p.values.length} 个月份(${p.values.join('、')});每个文件只能指定一个月份`;
        case 'flag-no-file': return `--month ${p.name}=${p.value}:要汇总的文件里没有「${p.name}」(有 ${someZh(p.files, 5, '个')});请写成其中一个文件的名称`;
        case 'none': return p.inName?.length
          ? `${p.name}:看不出是哪个月的考核表:表头没有填写「${p.field}」,文件名里有 ${p.inName.length} 个年月(${p.inName.join('、')});请填写表头,或用 --month ${p.name}=${p.inName[0]} 指定`
          : `${p.name}:看不出是哪个月的考核表:表头没有填写「${p.field}」,文件名里也没有年月(如 2026-03);请填写表头,或用 --month ${p.name}=2026-03 指定`;
      }
    },
    expected: () => 'YYYY-MM',
    actual: (p) => (p.case === 'header' || p.case === 'header-cell' || p.case === 'flag' || p.case === 'flag-no-file' ? p.value : p.case === 'flag-twice' ? p.values.join('、') : p.case === 'header-mixed' ? p.months.map((m) => m.month).join('、') : p.case === 'header-and-flag' || p.case === 'header-and-period' || p.case === 'title-and-period' ? p.flag : p.case === 'header-and-name' || p.case === 'signed-after' || p.case === 'date-and-name' ? p.header : p.case === 'supplied' || p.case === 'copies-and-period' ? p.month : ''),
  }),
  // folder: one of the times it was found in a folder given too (kpi rollup a.xlsx 文件夹).
  'input-twice': spec<{ name: string; times: number; folder?: true }>({
    severity: 'info', name: { zh: '文件重复给出', en: 'file given twice' },
    zh: (p) => (p.folder ? `${p.name} 既直接给出、又在给出的文件夹里,是同一个文件,只读一次` : `${p.name} 在命令行里给了 ${p.times} 次,是同一个文件,只读一次`),
  }),
  'month-duplicate': spec<
    /** newer: not beside its input but beside a later grading of it (march.graded-2.xlsx). */
    | { case: 'graded-copy'; name: string; newer?: string }
    /** signed: one of the two filed under month by its sign-off date early in the month after (its header month). */
    /** both: the people in both, where each file has people the other lacks (files with nobody in common are the month's parts). */
    /** ids: of those, the ones named alike whose 工号 differ (the 部门 not parting them): a corrected 工号, or two namesakes; */
    /** same: and nobody else in either file. */
    | { case: 'two-files'; name: string; other: string; month: string; signed?: { name: string; field: string; typed: string; header: string }; both?: string[]; ids?: Array<{ person: string; here: string; there: string }>; same?: true }
    /** Two files of one month of a form rated in separate copies, with nobody in common: copies, or two rosters? */
    | { case: 'no-common'; name: string; other: string; month: string }
    /** march.graded.xlsx corrected after kpi wrote it: its results are no longer those of march.xlsx beside it. */
    /** combine: raters' copies graded together (a peer's graded copy corrected beside the copy it came from). */
    | { case: 'graded-differs'; name: string; other: string; person: string; here: string; there: string; combine?: true; newer?: true }
    /** Two months whose every person has the same scores item by item: one month's table saved under two months. */
    | { case: 'same-figures'; name: string; other: string; month: string; otherMonth: string; people: number }
  >({
    severity: 'error', also: ['info'], name: { zh: '月份重复', en: 'month given twice' },
    zh: (p) =>
      p.case === 'graded-copy' && p.newer
        ? `${p.name}:同一文件夹里有同一文件再次评分的结果 ${p.newer},按 ${p.newer} 汇总,跳过较早的这一份`
        : p.case === 'graded-copy'
        ? `${p.name}:同一文件夹里有它的原始文件,按原始文件汇总,跳过评分后的副本`
        : p.case === 'graded-differs' && p.combine
          ? `${p.name} 与同一文件夹里的原始文件 ${p.other} 中「${p.person}」的评分不同(评分后的表里改正过?),不知道该按哪一份合并评分;改正过时请移走原始文件 ${p.other},否则请移走 ${p.name}`
        : p.case === 'graded-differs' && p.newer
          ? `${p.name} 与同一文件夹里再次评分的结果 ${p.other} 不同(${p.person}:${p.here},${p.other} 中 ${p.there}),不知道该按哪一份汇总;请移走过时的一份`
        : p.case === 'graded-differs'
          ? `${p.name} 与同一文件夹里的原始文件 ${p.other} 结果不同(${p.person}:${p.here},原始文件 ${p.there}),不知道该按哪一份汇总;评分后的表里改正过时请移走原始文件,否则请移走评分后的表`
          : p.case === 'same-figures'
            ? `${p.name}(${p.month})和 ${p.other}(${p.otherMonth})里 ${p.people} 人的各项得分完全相同,像是同一个月的表存成了两个月(文件名或考核月份写错,或复制后没改),汇总会把这个月算两次,没有汇总;请核对这两个文件的月份`
          : p.case === 'no-common'
            ? `${p.name} 和 ${p.other} 都是 ${p.month} 的考核表,但两份里没有同一个人:评分人各自的表(主管一份、同事一份)要列出同样的人才能合并计算,两个部门的名单则应合成一个文件。是评分人的表时请核对两份的工号和姓名,并在每份里列出全部被考核人;是两份名单时请合并为一个文件`
            : p.case === 'two-files' && p.signed
              ? `${p.name} 和 ${p.other} 都算作 ${p.month} 的考核表:${p.signed.name} 的${p.signed.field} ${p.signed.typed} 在 ${p.signed.header} 月初,被当作 ${p.month} 考核的签署日期;它是 ${p.signed.header} 的考核时请用 --month ${p.signed.name}=${p.signed.header}(或核对${p.signed.field})`
            : p.case === 'two-files' && p.both && p.ids
              ? `${p.name} 和 ${p.other} 都是 ${p.month} 的考核表,两份里都有 ${p.both.length > 5 ? `${p.both.slice(0, 5).join('、')} 等 ${p.both.length} 人` : p.both.join('、')},工号却不同(${p.ids.slice(0, 3).map((x) => `${x.person} 在 ${p.name} 里是 ${x.here},在 ${p.other} 里是 ${x.there}`).join(';')}${p.ids.length > 3 ? ` 等 ${p.ids.length} 人` : ''}),部门也分不开他们:是同一个人(改过工号的修改稿)时${p.same ? '请去掉过时的一份' : '请核对该按哪一份计分,从另一份里删去他们(两份里其他的人各不相同,不要去掉整个文件)'};是同名的两个人时请在两份里填上他们各自不同的部门,或把两份合成一个工作簿(一个工作簿里同名而工号不同的是两个人)`
            : p.case === 'two-files' && p.both
              ? `${p.name} 和 ${p.other} 都是 ${p.month} 的考核表,两份里都有 ${p.both.length > 5 ? `${p.both.slice(0, 5).join('、')} 等 ${p.both.length} 人` : p.both.join('、')}:一个人每个月只能有一份考核;请核对这些人该按哪一份计分,从另一份里删去他们(两份里其他的人各不相同,不要去掉整个文件)。同一个月里人员各不相同的几个文件合起来算作这个月`
            : `${p.name} 和 ${p.other} 都是 ${p.month} 的考核表;每个月只能有一个文件(请合并,或去掉其中一个)`,
    actual: (p) => (p.case === 'two-files' || p.case === 'no-common' || p.case === 'same-figures' ? p.month : undefined),
  }),
  'period-mixed': spec<
    /** title: the odd copy's month written only above its headings (a title, a line 「考核月份:2026年2月」): where, and as written. */
    /** from: where else the month was read, the copy stating none (its sheet's tab, its file's name). */
    | { case: 'raters'; periods: Array<{ period: string; files: string[] }>; title?: { name: string; place: string; text: string; from?: 'sheet' | 'file' } }
    | { case: 'rollup'; name: string; month: string; period: string; kind: 'quarter' | 'year'; firstFile: string }
  >({
    severity: 'error', name: { zh: '考核期不一致', en: 'periods differ' },
    zh: (p) => {
      if (p.case === 'raters') {
        const read = { sheet: '只写在工作表名里', file: '只写在文件名里' } as const;
        const title = !p.title ? '' : p.title.from ? `;${p.title.name} 没有填写考核月份,它的月份${read[p.title.from]}「${p.title.text}」` : `;${p.title.name} 没有填写考核月份,它的月份写在表头上方 ${p.title.place}「${p.title.text}」`;
        return `一起评分的几份表考核月份不同(${p.periods.map((x) => `${x.period}:${x.files.join('、')}`).join(';')}${title}):各评分人的表必须是同一考核期`;
      }
      const what = p.kind === 'quarter' ? '季度' : '年度';
      return `${p.name}(${p.month})不在 ${p.period} 这个${what}里(第一个月份来自 ${p.firstFile});一次汇总一个${what}`;
    },
    expected: (p) => (p.case === 'rollup' ? p.period : undefined),
    actual: (p) => (p.case === 'rollup' ? p.month : p.periods.map((x) => x.period).join('、')),
  }),
  'period-incomplete': spec<{ months: string[]; case?: 'after' | 'before'; counted?: number }>({
    severity: 'warning', name: { zh: '考核期不完整', en: 'period incomplete' },
    zh: (p) =>
      p.case === 'after'
        ? `${p.months.join('、')} 还没有考核文件:期间得分只含已有文件的 ${p.counted ?? 0} 个月`
        : p.case === 'before'
        ? `${p.months.join('、')} 没有考核文件(在第一个文件之前):这些月份不计入任何人的期间得分`
        : `${p.months.join('、')} 没有考核文件:这些月份不计入任何人的期间得分,连续月份的规则在此中断`,
    actual: (p) => p.months.join('、'),
  }),
  // stray: a file that is no form (a readme.txt) among the months rolled up.
  'form-mixed': spec<{ case: 'raters' | 'rollup'; name: string; form: string; formId: string; firstName: string; first: string } | { case: 'stray'; name: string; reason: string }>({
    severity: 'error', name: { zh: '考核表不一致', en: 'forms differ' },
    zh: (p) =>
      p.case === 'stray'
        ? `${p.name} 不是考核表(${p.reason}),不能和其他月份一起汇总;请把它移出文件夹,或在命令行里只列出要汇总的文件`
        : p.case === 'raters'
        ? `${p.name} 是「${p.form}」(${p.formId}),而 ${p.firstName} 是「${p.first}」:一起评分的几份表必须是同一种考核表`
        : `${p.name}:是「${p.form}」(${p.formId}),而 ${p.firstName} 是 ${p.first};一次只能汇总同一种考核表`,
  }),
  'month-missing': spec<{ id?: string; missing: string[]; unscored: string[]; averaged: number }>({
    severity: 'warning', named: true, name: { zh: '缺少月份', en: 'month missing' },
    zh: (p) =>
      `${p.id ? `工号 ${p.id} 的 ` : ''}${[p.missing.length ? `${p.missing.join('、')} 没有考核记录` : '', p.unscored.length ? `${p.unscored.join('、')} 有错误未评分` : ''].filter(Boolean).join(';')},${p.averaged ? `期间得分按其余 ${p.averaged} 个月平均` : '没有可计算的月份,期间得分空缺'}`,
    actual: (p) => [...p.missing, ...p.unscored].join('、'),
  }),
  /** copy: `unscored`, the 工号 of the person this message leaves unscored (each of those the name fits gets one). */
  'name-ambiguous': spec<{ name: string; ids: string[] } | { case: 'copy'; name: string; ids: string[]; unscored?: string } | { case: 'row'; name: string; ids: string[] } | { case: 'field'; name: string; field: string; values: string[]; place: string; firstPlace: string }>({
    severity: 'warning', also: ['error'], located: (p) => 'case' in p && p.case === 'row', name: { zh: '同名不同工号', en: 'one name, several ids' },
    zh: (p) =>
      'case' in p && p.case === 'field'
        ? `${p.place}:这一行的「${p.name}」${p.field}是「${p.values[1]}」,${p.firstPlace} 的「${p.name}」是「${p.values[0]}」:像是同名的两个人,分不清哪些评分是谁的,「${p.name}」不评分;请在姓名里加以区分(如「${p.name}A」「${p.name}B」)或填写工号后重新评分`
        : 'case' in p && p.case === 'row'
        ? `这一行没有工号,而表中叫「${p.name}」的有工号 ${p.ids.join('、')} 几位,无法确定是哪一位,这一行不评分;请填写工号后重新评分`
        : 'case' in p
        ? `这一行没有工号,而姓名「${p.name}」在几份表里对应工号 ${p.ids.join('、')},无法确定评的是哪一位,这一行未计入${p.unscored ? `,工号 ${p.unscored} 的「${p.name}」因此不评分` : ''};请填写工号后重新评分`
        : `姓名「${p.name}」对应不同的工号 ${p.ids.join('、')}:按工号分开统计,不合并;没有工号的记录无法归属,单独列出`,
    actual: (p) => ('ids' in p ? p.ids.join('、') : p.values.join('、')),
  }),
  'id-ambiguous': spec<{ id: string; names: Array<{ name: string; months: string[] }> }>({
    severity: 'error', name: { zh: '同一工号不同姓名', en: 'one id, several names' },
    zh: (p) =>
      `工号「${p.id}」${p.names.map((n) => `在 ${n.months.join('、')} 是「${n.name}」`).join(',')}:按姓名分开统计,不合并。` +
      `不是同一个人时请改正工号(复制的表忘了改工号?);是同一个人(改了名)时请把姓名改成一样`,
    actual: (p) => p.names.map((n) => n.name).join('、'),
  }),
  'rater-duplicate': spec<
    /** several: the rater is a group of several (面试官), both rows in one file under the same 评分人 text. */
    | { place: string; person: string; rater: string; firstPlace: string; several?: true; who?: string; unweighted?: true }
    | { case: 'same-file'; name: string; first: string }
    /** Two copies of one rater group filled alike, cell for cell, saved apart (a re-save: LibreOffice, WPS). `copy`: named as a copy (副本), counted once. */
    | { case: 'same-content'; name: string; first: string; rater: string; copy: boolean }
    | { case: 'id-names'; place: string; id: string; person: string; other: string; firstPlace: string }
    /** Named as a copy of another copy of the group (「同事甲 - 副本」), alike for `alike` of `of` people: both counted. */
    | { case: 'near-copy'; name: string; first: string; rater: string; alike: number; of: number }
    /** Named as the other copy corrected (「同事甲(修改)」 of 同事甲), one rater group in both: the older one left out. */
    | { case: 'revised'; name: string; first: string; rater: string; kept?: number; blank?: string[] }
    /** Two copies of a group of several named alike but for a day (同事评-0330, 同事评-0402): a resend or two raters, refused. */
    | { case: 'dated'; name: string; first: string }
    /** The same person, rater and marks twice in one file of a group of several (a row pasted twice): counted once. */
    | { case: 'same-row'; place: string; person: string; rater: string; firstPlace: string }
    /**
     * A member's own copy (`place`, signed or headed `who`) beside a table of several members' columns in another file
     * (`tablePlace`) whose `column` is headed with that member — or, its columns numbered (`columns`), whose signature
     * (`signed`) names them. alike: filled the same, the table's column left out (a warning); else an error on the person.
     */
    | { case: 'in-table'; place: string; person: string; rater: string; who: string; tablePlace: string; column?: string; signed?: string; columns?: string[]; alike?: true }
  >({
    severity: 'error', also: ['warning'], name: { zh: '评分人重复', en: 'rater twice' },
    zh: (p) =>
      !('case' in p)
        ? p.unweighted
          ? `${p.place}:${p.person}的「${p.rater}」已在 ${p.firstPlace} 填过,这里又填了一次;「${p.rater}」不计分,只按 ${p.firstPlace} 的显示,这一份没有用(${p.person}照常评分);请核对后去掉其中一份`
          : p.who
          ? `${p.place}:${p.person}的「${p.rater}(${p.who})」已在 ${p.firstPlace} 评过,这里又评了一次,分数不同;同一位评分人只评一次,分不清哪一份算数(${p.person}不评分);请去掉其中一份,或改正评分人一栏的名字后重新评分`
          : p.several
          ? `${p.place}:${p.person}的「${p.rater}」已在 ${p.firstPlace} 评过,这里又评了一次,评分人写得一样,分不清是同一位评了两次还是几位「${p.rater}」(${p.person}不评分);几位都评时请在评分人一栏写上各自的名字(如「${p.rater}王五」「${p.rater}李四」),同一位评了两次请去掉其中一份`
          : `${p.place}:${p.person}的「${p.rater}」已在 ${p.firstPlace} 评过,这里又评了一次;同一评分人只能有一份(${p.person}不评分,请去掉其中一份)`
        : p.case === 'same-file'
          ? `${p.name} 与 ${p.first} 内容完全相同,是同一份表,只计一次`
          : p.case === 'same-content'
            ? p.copy
              ? `${p.name} 与 ${p.first} 的${p.rater}填得一模一样,文件名也像是它的副本(另存过的同一份表),只计一次`
              : `${p.name} 与 ${p.first} 的${p.rater}填得一模一样(每人每项都相同),两份都已计入;如果是同一份表另存的副本,请删去一份后重新评分`
          : p.case === 'near-copy'
            ? `${p.name} 的文件名像是 ${p.first} 的副本,${p.of} 人中 ${p.alike} 人的${p.rater}填得一模一样,其余不同:两份都按不同的${p.rater}计入;如果是同一位改过的表,请移走旧的一份后重新评分`
          : p.case === 'revised'
            ? `${p.name} 的文件名像是 ${p.first} 改过的一份(同是${p.rater || '评分人'}的表):按改过的 ${p.name} 计分,${p.kept ? `${p.first} 只计入改过的表里没有${p.blank?.length ? '(或空着)' : ''}的 ${p.kept} 人` : `${p.first} 未计入`}${p.blank?.length ? `;${someZh(p.blank, 5, '人')}在改过的表里是空行,仍按 ${p.first} 的评分计;如果是要清除这些评分,请在 ${p.first} 里也删去后重新评分` : ''};如果两份是两位评分人的表,请改文件名后重新评分`
          : p.case === 'dated'
            ? `${p.first} 和 ${p.name} 名字只差日期:是同一位评分人改过后重发的,请删去旧的一份;是两位评分人,请在文件名或评分人里写明是谁`
          : p.case === 'in-table'
            ? p.alike
              ? `${p.place}:${p.person}的这一份是「${p.rater}」${p.who}自己填的,${p.tablePlace} 的「${p.column}」一栏${p.signed ? `(签名「${p.signed}」里有${p.who})` : ''}与它逐项相同,是同一位${p.rater}:只计一次(不算两位${p.rater});如果确实是两位,请在各栏写明是谁`
              : p.signed
                ? `${p.place}:${p.person}的这一份是「${p.rater}」${p.who}自己填的,而 ${p.tablePlace} 的签名「${p.signed}」里也有${p.who}:表里的「${(p.columns ?? []).join('」「')}」看不出哪一栏是${p.who}的,也没有一栏与这一份相同,两处都计入会把${p.who}算两次(${p.person}不评分);请去掉表里${p.who}的一栏或这一份,或把表里各栏写成「${p.rater}${p.who}」这样后重新评分`
                : `${p.place}:${p.person}的这一份是「${p.rater}」${p.who}自己填的,${p.tablePlace} 的「${p.column}」一栏也是${p.who}评的,两处评分不同,分不清哪一份算数(${p.person}不评分);请去掉其中一处后重新评分`
          : p.case === 'same-row'
            ? `${p.place}:${p.person}的「${p.rater}」评分与 ${p.firstPlace} 完全相同,是重复的一行(或一张表),只计一次;如果确实是另一位${p.rater}的评分,请在「评分人」里写明是谁`
          : `${p.place}:工号「${p.id}」在这里是「${p.other}」,在 ${p.firstPlace} 是「${p.person}」;同一工号不能是两个人(复制的表忘了改工号?),此人不评分`,
    expected: (p) => (!('case' in p) ? `${p.rater}一份` : ''), actual: () => '两份',
  }),
  'rater-unknown': spec<
    /** columns: who the row's columns for a rater name (「直接主管「刘经理」」), none of them or two the 评分人. */
    | { case: 'typed'; place: string; field: string; value: string; raters: string; columns?: string[] }
    | { case: 'empty'; place: string; field: string; raters: string }
    | { case: 'ignored-columns'; place: string; rater: string; person: string; columns: string[] }
    /** The copy says one rater, its filled cells are another's: nothing of it would be read. */
    | { case: 'mismatch'; place: string; field: string; value: string; filled: string[] }
    /** The copy says one rater and fills its cells, and other raters' cells too: combined, those would be dropped. */
    | { case: 'others-filled'; place: string; field: string; value: string; filled: string[] }
    /**
     * The copy names no rater (`value`: what its field says instead); this row alone fills `filled`'s columns, its `rows`
     * other rows `group`'s, and `filled` has a copy of its own (`owner`): whose marks these are cannot be told.
     */
    | { case: 'lone-row'; place: string; field: string; value?: string; filled: string; group: string; rows: number; owner: string }
    /** A sheet of several raters' columns fills a group of several (`groups`) that has copies of its own (`owners`) too. */
    | { case: 'shared-group'; place: string; groups: string[]; owners: string[] }
    /** A roster sheet named for a person (「李明」) beside sheets named for raters (`named`): whose marks, the tab does not say. */
    | { case: 'sheet-tab'; place: string; sheet: string; field: string; named: string[]; raters: string }
  >({
    severity: 'error', also: ['warning'], name: { zh: '不认识的评分人', en: 'unknown rater' },
    zh: (p) => {
      switch (p.case) {
        case 'typed': return p.columns
          ? `${p.place}:「${p.field}」填写为「${p.value}」,看不出是哪位评分人(本行${p.columns.join('、')});请在「${p.field}」里写明${p.raters.split('、').map(q).join('或')}(一位评分人一行)后重新评分`
          : `${p.place}:「${p.field}」填写为「${p.value}」,不是本表的评分人(${p.raters})`;
        case 'empty': return `${p.place}:表头「${p.field}」未填写;几份表一起评分时每份都要写明是谁评的(${p.raters})`;
        case 'ignored-columns': return `${p.place}:这份是「${p.rater}」的表,${p.person}的${p.columns.join('、')}一栏的填写已忽略(各评分人的分数只取自各自的表)`;
        case 'others-filled': return `${p.place}:「${p.field}」写的是「${p.value}」,这份却也填了${p.filled.map(q).join('、')}的格子;几份合并评分时各评分人的分数只取自各自的表,这些格子不会计入(此人不评分)。请把它们填到各自评分人的表里并清空这里,或单独给这份表评分`;
        case 'mismatch': return `${p.place}:「${p.field}」写的是「${p.value}」,但填写的是${p.filled.map(q).join('、')}的格子,一格也没有读到;请改正「${p.field}」,或把评分填在「${p.value}」一栏(此人不评分)`;
        case 'shared-group': return `${p.place}:这份表填了${p.groups.map(q).join('、')}的格子,而${p.groups.map(q).join('、')}另有自己的表(${p.owners.join('、')}):这一栏是不是其中一份抄进来的看不出来,两处都计入可能算两次(此人不评分)。请清空这里的${p.groups.map(q).join('、')}一栏;它是另一位的评分时,请另填一份${p.groups.map(q).join('、')}的表(kpi template --rater)一起评分`;
        case 'sheet-tab': return `${p.place}:工作表「${p.sheet}」的名称不是评分人,而同一工作簿的${p.named.map(q).join('、')}是按评分人分开的表:看不出这张表是哪位评分人(${p.raters})的评分,此人不评分;请把工作表改名为评分人(如「主管评」「同事甲」「客户评」),或加一列「${p.field}」写明后重新评分`;
        case 'lone-row': return `${p.place}:这份表${p.value ? `的「${p.field}」填写为「${p.value}」,不是评分人` : `没有填写「${p.field}」`},其他 ${p.rows} 行填的都是${q(p.group)}的格子,只有这一行填在${q(p.filled)}一栏,而${q(p.filled)}有自己的一份(${p.owner}):这一行是谁的评分看不出来,已按${q(p.filled)}计分,请核对。是${p.group}的评分请移到${q(p.group)}一栏;确是${p.filled}的评分请在这一行的「${p.field}」里写明${q(p.filled)}`;
      }
    },
    expected: (p) => (p.case === 'ignored-columns' || p.case === 'shared-group' ? undefined : p.case === 'sheet-tab' ? p.raters : p.case === 'lone-row' ? p.group : p.case === 'mismatch' || p.case === 'others-filled' ? p.value : p.raters),
    actual: (p) => (p.case === 'typed' ? p.value : p.case === 'empty' ? '空' : p.case === 'sheet-tab' ? p.sheet : p.case === 'mismatch' ? p.filled.join('、') : p.case === 'lone-row' ? p.filled : undefined),
  }),
  /** A rater's copy scored alone (间接主管's): the required rater's cells are nowhere on it; one error, not one an item. */
  /** blank: copies combined, the rater's own copy (file) holding this person blank. */
  /** hidden: copies combined, the rater's own copy (file) holding this person's row hidden there (sheet!cell). */
  'rater-copy-alone': spec<{ rater: string; others: string[]; items: number; file?: string; blank?: true; hidden?: string }>({
    severity: 'error', located: true, named: true, name: { zh: '只有部分评分人的表', en: 'one rater\'s copy alone' },
    zh: (p) =>
      p.hidden
        ? `「${p.rater}」的表 ${p.file} 里此人这一行是隐藏的,没有读,所以没有「${p.rater}」的评分,此人不评分;是本月的评分请在 ${p.file} 里取消隐藏后重新评分`
        : p.blank
        ? `「${p.rater}」的表 ${p.file} 里此人的评分是空的(${p.items} 项都要有,必填),此人不评分;请在 ${p.file} 里填写后重新评分`
        : `这份表${p.others.length ? `只有「${p.others.join('、')}」的评分,` : ''}没有「${p.rater}」的评分(${p.items} 项都要有,必填),此人不评分;` +
      `「${p.rater}」的评分在另一份表里时,请把两份表一起评分:kpi score ${p.rater}的表.xlsx ${p.file ? shellWord(p.file) : '本表.xlsx'}`,
    expected: (p) => p.rater, actual: () => '空',
  }),
  /** One rater's copy graded alone (its 评分人 主管 on every row): the other raters' weight went to it, for everyone. */
  'rater-copy-only': spec<{ rater: string; others: string[]; file: string }>({
    severity: 'warning', name: { zh: '只有一位评分人的表', en: 'one rater\'s copy graded alone' },
    zh: (p) =>
      `${p.file} 是「${p.rater}」一位评分人的表:其中没有${p.others.map((o) => `「${o}」`).join('、')}的评分,他们的权重按比例给了「${p.rater}」,各人的总分只含「${p.rater}」的评分;` +
      `如果其他评分人各填了一份,请一起评分:kpi score ${shellWord(p.file)} <其他评分人的表>`,
    expected: () => '各评分人的表一起评分', actual: (p) => p.rater,
  }),
  /** Raters' copies: a person in some copies but in none of the counting rater's (a name or 工号 typed otherwise there?). */
  'rater-absent': spec<{ person: string; rater: string; files: string[] }>({
    severity: 'info', located: true, named: true, name: { zh: '不在某评分人的表中', en: 'not in a rater\'s copy' },
    zh: (p) => `「${p.rater}」的表(${p.files.join('、')})中没有此人(按工号和姓名都没有找到),所以各项缺少「${p.rater}」的评分;如果是工号或姓名写得不一样,请改成一致后重新评分`,
    expected: (p) => p.rater, actual: () => '空',
  }),
  /** The input has an office program's lock file beside it: it is open, and what is scored is what was last saved. */
  'input-open': spec<{ name: string; lock: string }>({
    severity: 'warning', name: { zh: '文件正在编辑', en: 'file open in an editor' },
    zh: (p) => `${p.name} 似乎正在 Excel、WPS 或 LibreOffice 中打开(旁边有锁文件 ${p.lock}):评分用的是最后一次保存的内容,还没保存的修改不在其中;请保存后再评分`,
  }),
  /** A report kpi wrote (a roll-up, a batch summary) given as a form, under a name of the user's. */
  'kpi-report': spec<{ name: string; kind: 'rollup' | 'batch-summary' }>({
    severity: 'error', name: { zh: 'kpi 写出的汇总', en: "kpi's own report" },
    zh: (p) =>
      p.kind === 'rollup'
        ? `${p.name} 是 kpi rollup 写出的期间汇总,不是考核表,不能再评分;请把各个月的考核表(原文件)交给 kpi rollup`
        : `${p.name} 是 kpi batch 写出的批量评分汇总(batch-summary),不是考核表,不能评分`,
  }),
  // stray: files among the copies that are no copy of the form the others are (a readme.txt in the folder).
  'combine-unsupported': spec<{ form: string; why: 'one-rater' | 'no-rater-field' | 'records' } | { why: 'combined-output'; name: string } | { why: 'stray'; names: string[]; form: string; reason: string }>({
    severity: 'error', name: { zh: '不能合并评分', en: 'cannot combine raters' },
    zh: (p) =>
      p.why === 'stray'
        ? `${p.names.join('、')} 不是「${p.form}」的评分人表(${p.reason}),不能和其他几份合并评分;请把它移出文件夹,或在命令行里只列出要合并的几份`
        : p.why === 'combined-output'
        ? `${p.name} 是几份评分人表合并评分写出的结果,里面没有各评分人的原表,不能再评分或汇总;重新评分请把各份评分人表(原文件)一起交给 kpi score,汇总几个月请交给 kpi rollup(同一个月的几份会合并评分)`
        : p.why === 'records'
        ? `「${p.form}」是记录表(每行一条记录),不能把几个文件合并评分;请逐个评分(kpi score 文件),或把几个月的记录放在一个文件里(按月份分别统计),一个文件夹的表可用 kpi batch <文件夹>`
        : `「${p.form}」${p.why === 'one-rater' ? '只有一个评分人' : '表头没有「评分人」一栏(role 为 rater 的字段)'},不能把几份表合并评分;几个月、几个团队或每人一份的表请分别评分(kpi batch <文件夹>,每份写出一份评分结果),要把它们放在一张表里请用 kpi rollup 汇总(同一个月人员各不相同的几份合起来算作这个月)`,
  }),

  // ---- figures joined from a system export (§11) ----
  'data-missing': spec<
    /** `batch`: said by kpi batch, which has no --data: the advice is the one it can follow. */
    | { case: 'not-found'; where: string; data: string; keys: string; columns: string[]; sheet: string; batch?: boolean; fits?: Fits }
    /** unit: a line above the table gives the amounts this unit (金额单位:万元), so the column of 元 was not read. */
    | { case: 'column'; row: number; column: string; aliases: string[]; unit?: string; /** The column's heading (or the units row under it) gives it another unit than the one read. */ noted?: { heading: string; said: string; own: string; below: boolean } }
    | { case: 'no-key'; name: string; keys: string; data: string }
    /** namesake: an export row of the person's name without the key looked in (工号), the roster having others of that name. */
    | { case: 'no-row'; heading: string; who: string; columns: string[]; namesake?: { row: number; name: string; count: number } }
    | { case: 'hidden'; name: string; sheet: string }
    /** The workbook's own export sheet, passed over for the --data file (a warning: two exports, one used). */
    | { case: 'sheet-unused'; name: string; sheet: string; dataFile: string; rows: number }
    /** The export's figures found under headings naming no one (旺旺, 子账号): the column of whom is not recognised. */
    | { case: 'key-column'; row: number; found: string[]; keys: string[]; headings: string[] }
    /** The export says it is of other months (its title, a line under its table, file name, sheet name or dates) than the roster's 考核月份. */
    /** `cycle`: the roster's 考核月份 as written when it is a settlement cycle (「2026-02-26至2026-03-25」), `month` the month it is of. */
    | { case: 'month'; name: string; months: string[]; month: string; where: 'title' | 'footer' | 'name' | 'sheet' | 'dates'; cycle?: string }
    /** The export's period of days is not a month (half of it, a quarter). */
    | { case: 'period'; name: string; period: string; days: number; month?: string; inName?: true; /** 「至今」: at most `days`. */ open?: true }
    /** A --data file with several sheets alike that hold the export (「2月」 and 「3月」). */
    /**
     * Beside a roster, a sheet saying the run's `month` would be chosen: null, the run's month unknown; else `matching`, the
     * sheets saying it (none, or more than one). Absent for a --data file.
     */
    | { case: 'sheets'; name: string; sheets: string[]; month?: string | null; matching?: string[] }
    /** Joined by name, the roster having several people of that name (the export gives no 工号 to tell them apart). */
    | { case: 'namesakes'; name: string; count: number; ids: string[]; key: string }
  >({
    severity: 'error', also: ['warning'], located: (p) => p.case !== 'hidden' && p.case !== 'sheet-unused' && p.case !== 'sheets' && !(p.case === 'month' && (p.where === 'name' || p.where === 'sheet')), name: { zh: '导出数据中缺少', en: 'missing from the export' },
    zh: (p) => {
      switch (p.case) {
        case 'not-found': return `${p.where}没有找到「${p.data}」(表头要有「${p.keys}」列和 ${p.columns.join('、')} 等列)。请把导出数据放进同一工作簿的「${p.sheet}」工作表` +
          (p.batch ? '(批量评分不能另给导出文件;也可以对这个文件单独运行 kpi score 文件 --data 导出文件.xlsx)' : ',或用 --data 导出文件.xlsx(或 .csv)给出') +
          (p.fits ? `。${fitsAdvice(p.fits)}` : '');
        case 'column': return p.unit
          ? `这一格(表上方或表下的说明)写着金额单位是「${p.unit}」,「${p.column}」按「元」取数:这一列没有读取,无法取数;请换算成「元」后导出,或改正这一格的单位`
          : p.noted
          ? `「${p.noted.heading}」列${p.noted.below ? '下面的单位行写着' : '的单位是'}「${p.noted.said}」,「${p.column}」按「${p.noted.own}」取数:这一列没有读取,无法取数;请把这一列换算成「${p.noted.own}」后导出`
          : `第 ${p.row} 行表头中没有「${p.column}」列${p.aliases.length ? `(也可写作 ${p.aliases.map(q).join('、')})` : ''},无法取数`;
        case 'no-key': return `${p.name || '此行'}没有填写${p.keys},无法在「${p.data}」中找到对应的行`;
        case 'no-row': return `「${p.heading}」列中没有名单中${p.who}的数据行,无法取得 ${p.columns.join('、')}` +
          (p.namesake ? `;第 ${p.namesake.row} 行是「${p.namesake.name}」但没有填「${p.heading}」,名单中有 ${p.namesake.count} 人叫这个名字,不知道是谁的,请在导出中补上${p.heading}` : '');
        case 'hidden': return `${p.name}:导出数据的工作表「${p.sheet}」是隐藏的,没有读取;要使用它请加 --include-hidden(或在 Excel 中取消隐藏)`;
        case 'sheets': return `${p.name} 里有 ${p.sheets.length} 张表都像导出数据(${p.sheets.map(q).join('、')}),不知道该用哪一张` +
          (!p.month ? '' : p.matching?.length ? `(${p.matching.map(q).join('、')} 都写明是 ${p.month} 的)` : `(没有一张写明是考核月份 ${p.month} 的)`) +
          ';请只留本月的一张(其他的删去、移到别的文件或隐藏)后重新评分' +
          (p.month === null ? ';或在表名中写明月份(如「赤兔数据(3月)」)并填写考核月份或加 --period,kpi 就用写明是那个月的一张' : '');
        case 'month': return `导出数据 ${p.name} ${p.where === 'title' ? '的标题' : p.where === 'footer' ? '的表格下方说明' : p.where === 'name' ? '的文件名' : p.where === 'sheet' ? '的工作表名' : '的日期'}是 ${p.months.slice(0, 3).join('、')}${p.months.length > 3 ? ` 等 ${p.months.length} 个月` : ''} 的,本表的考核月份是 ${p.cycle ? `${p.cycle}(${p.month} 的结算周期)` : p.month}:用别的月份的数据评分会算错,没有评分。请给出${p.cycle ? `这个周期(或 ${p.month} 整月)` : ` ${p.month} `}的导出数据;如果它就是${p.cycle ? '这个周期' : ` ${p.month} `}的,请改正${p.where === 'title' ? '标题里' : p.where === 'footer' ? '表格下方说明里' : p.where === 'name' ? '文件名里' : p.where === 'sheet' ? '工作表名里' : '日期列里'}的月份`;
        case 'period': return `导出数据 ${p.name} 的${p.inName ? '文件名写的' : ''}统计周期是 ${p.period}(${p.open ? `到月底也只有 ${p.days} 天` : `${p.days} 天`}),不是一个月的数据:本表按月考核${p.month ? `(${p.month})` : ''},用${p.days < 28 ? '不满一个月' : p.days < 59 ? '多于一个月' : '几个月'}的数据对月度目标评分会算错,没有评分。请给出${p.month ? ` ${p.month} ` : ''}整月的导出数据`;
        case 'namesakes': return `名单中有 ${p.count} 人叫「${p.name}」${p.ids.length ? `(${p.key} ${p.ids.join('、')})` : ''},导出数据按姓名无法分清是谁的这一行,这几人都不评分;请在导出中加上${p.key}`;
        case 'key-column': return `第 ${p.row} 行表头认出了 ${p.found.join('、')},但没有认出哪一列是人员(应为 ${p.keys.map(q).join('、')} 等;表头是 ${p.headings.slice(0, 10).map(q).join('、')}${p.headings.length > 10 ? ' …' : ''});请把对应名单的那一列的表头改为「工号」或「姓名」后重新评分`;
        case 'sheet-unused': return `${p.name} 自己的导出数据表「${p.sheet}」(${p.rows} 行)没有使用:按 --data 给出的 ${p.dataFile} 取数;如果应按工作簿里的数据,请去掉 --data`;
      }
    },
    expected: (p) => (p.case === 'column' ? p.column : p.case === 'no-key' ? p.keys : p.case === 'no-row' ? p.who : undefined),
    actual: (p) => (p.case === 'column' ? (p.noted ? `单位是${p.noted.said}` : '缺少此列') : p.case === 'no-key' ? '空' : p.case === 'no-row' ? '没有此人' : undefined),
  }),
  /**
   * Two export sheets beside the roster, one of them saying the run's month (its tab 「赤兔数据(3月)」, title or dates): that
   * one is read, said. `from`: where the run's month is written; `passed`: the others, with the months they say.
   */
  'export-sheet-chosen': spec<{ name: string; sheet: string; month: string; from: 'header' | 'title' | 'period'; passed: Array<{ sheet: string; months: string[] }> }>({
    severity: 'info', located: true, name: { zh: '按月份选用的导出数据', en: 'export sheet chosen by its month' },
    zh: (p) => `${p.name} 里有 ${p.passed.length + 1} 张表都像导出数据:${p.from === 'period' ? '--period 指定' : p.from === 'title' ? '表标题写明' : '名单的考核月份是'} ${p.month},使用写明是这个月的「${p.sheet}」;没有使用${p.passed.map((a) => `「${a.sheet}」${a.months.length ? `(${a.months.join('、')})` : '(没有写明月份)'}`).join('、')}`,
  }),
  /**
   * The paper's tick layout (产品质量 merged over 优秀 | 良好 | 一般, a √ under one): a column with no tick or several on a
   * line, whose level cannot be told. Read by the first column, §21's sub-heading row was a customer and B公司 (all 良好)
   * dropped as 「只有一格」.
   */
  'level-ticks': spec<{ heading: string; levels: string[]; ticked: string[]; records: string }>({
    severity: 'error', located: true, named: true, name: { zh: '等级勾选不是一个', en: 'not one level ticked' },
    zh: (p) => `「${p.heading}」下分 ${p.levels.join('、')} 几列打勾,${p.ticked.length ? `这一行勾了 ${p.ticked.join('、')} ${p.ticked.length} 列` : '这一行一列也没有勾'},分不清是哪个等级;每项只勾一列(或在一列里写等级的字)后重新评分(这条${p.records}记录不计入统计)`,
    expected: () => '勾一列', actual: (p) => (p.ticked.length ? `勾了 ${p.ticked.length} 列` : '没有勾'),
  }),
  /** thousands: a number split at its comma, the row no longer than its headings (「2,000」 read as 2 and 000). */
  'row-shifted': spec<{ cells: number; headings: number; value: string; delimiter: string; pay?: boolean; thousands?: string; records?: string }>({
    severity: 'error', located: true, named: true, name: { zh: '这一行多了一格', en: 'row longer than its headings' },
    zh: (p) => {
      const sep = p.delimiter === ',' ? '逗号' : p.delimiter === '\t' ? '制表符' : p.delimiter === ';' ? '分号' : `分隔符「${p.delimiter}」`;
      // An empty extra cell may also be only a separator too many at the line's end: which one, kpi cannot tell.
      const why = p.value
        ? `前面某一格里多了一个${sep},把这一格拆成了两格,后面各列都错了位(如 3,2 应写作 "3,2" 或 3、2)`
        : `前面某一格里多了一个${sep},把这一格拆成了两格,后面各列都错了位(如 3,2 应写作 "3,2" 或 3、2);或者只是行尾多了一个${sep},那就删去它`;
      const left = p.pay ? '此人的绩效奖金不计算' : p.records ? `这条${p.records}记录不计入统计` : '此人不评分';
      if (p.thousands) {
        return `这一格「${p.value}」和左边一格像是数字「${p.thousands}」被逗号拆成了两格,后面各列都错了位;请写成 "${p.thousands}"(加引号)或 ${p.thousands.replace(',', '')} 后重新评分(${left})`;
      }
      return `这一行有 ${p.cells} 列,表头只有 ${p.headings} 列(${p.value ? `多出的「${p.value}」在这里` : '最后多出一列'}):${why};请改正后重新评分(${left})`;
    },
    expected: (p) => `${p.headings} 列`, actual: (p) => `${p.cells} 列`,
  }),
  /** kpi-sheet: cells typed in one of kpi's own sheets (汇总, 问题) right of what kpi wrote. */
  'regraded-edits': spec<{ sheet: string; headings: string[] } | { case: 'kpi-sheet'; sheet: string; cells: string[]; count: number }>({
    severity: 'warning', name: { zh: 'kpi 的列被改过', en: "kpi's columns edited" },
    zh: (p) =>
      'case' in p
        ? `kpi 的工作表「${p.sheet}」在评分后填了内容(${p.cells.join('、')}${p.count > p.cells.length ? ` 等 ${p.count} 格` : ''});重新评分时这张表整张重新生成,这些内容不会出现在新的评分结果里(原文件里仍在)。要保留的说明请写在自己的工作表里`
        : `工作表「${p.sheet}」里 kpi 上次写的列(${p.headings.slice(0, 5).join('、')}${p.headings.length > 5 ? ' 等' : ''})在评分后被改过或填了内容;重新评分时这些列按新结果重写,其中改过的内容不会出现在新的评分结果里(原文件里仍在)。要保留的说明请写在 kpi 的列以外`,
  }),
  /** --previous gave a log of another month than the one before this log's. */
  'previous-month': spec<{ previous: string; month: string; previousMonth: string; expected: string }>({
    severity: 'warning', name: { zh: '上月文件不是上个月的', en: 'previous file of another month' },
    zh: (p) => `上月文件 ${p.previous} 的记录是 ${p.previousMonth} 的,本月是 ${p.month}:「比上月」列出的是与 ${p.previousMonth} 相比的变化,不是与上个月(${p.expected})相比;如果要比上月,请用 --previous 给出 ${p.expected} 的文件`,
    expected: (p) => p.expected, actual: (p) => p.previousMonth,
  }),
  'csv-quotes': spec<{ lines: number[]; count: number; example: string }>({
    severity: 'warning', located: true, name: { zh: '引号不成对', en: 'unbalanced quotes' },
    zh: (p) => `第 ${p.lines.join('、')} 行${p.count > p.lines.length ? ` 等 ${p.count} 行` : ''}的引号不成对(如「${p.example}」):这些行按原样读取,引号作为文字保留;请核对这些行的各列是否对齐`,
  }),
  'data-duplicate': spec<{ key: string; value: string; count: number; rows: number[]; who?: string; listed?: string }>({
    severity: 'error', located: true, name: { zh: '导出数据重复', en: 'duplicate in the export' },
    zh: (p) => `${p.key}「${p.value}」在导出数据中出现 ${p.count} 次(第 ${p.rows.join('、')} 行),无法确定${p.who ? `哪一行是${p.who}` : '用哪一行'}${p.listed ? `(名单中的 ${p.listed})` : ''}`,
    expected: (p) => `${p.key}唯一`, actual: (p) => p.value,
  }),
  // namesakes: rows whose name several on the roster share and whose 工号 is blank: whose is not for kpi to guess.
  /** other: the exported name is another person's on the roster (工号 swapped): an error, the figures not used. */
  'data-unmatched': spec<{ case: 'name-differs'; key: string; value: string; listed: string; exported: string; other?: true } | { case: 'rows'; rows: Array<{ row: number; keys: string }>; count: number; namesakes?: true; key?: string }>({
    severity: 'warning', also: ['error'], located: true, name: { zh: '导出数据无人对应', en: 'export row without a person' },
    zh: (p) =>
      p.case === 'name-differs'
        ? p.other
          ? `${p.key} ${p.value} 在名单中是「${p.listed}」,导出数据中这一行是「${p.exported}」(名单里的另一个人):不知道这些数据是谁的,没有使用,此人不评分;请核对导出数据的${p.key}后重新评分`
          : `${p.key} ${p.value} 在名单中是「${p.listed}」,导出数据中是「${p.exported}」,请核对`
        : p.namesakes
          ? `${p.rows.slice(0, 10).map((r) => `第 ${r.row} 行(${r.keys})`).join('、')}${p.count > 10 ? `等 ${p.count} 行` : ''}没有填「${p.key}」,名单中有几个人同名,不知道是谁的,未使用;请在导出中补上${p.key}`
          : `${p.rows.slice(0, 10).map((r) => `第 ${r.row} 行(${r.keys})`).join('、')}${p.count > 10 ? `等 ${p.count} 行` : ''}在名单中没有对应的人,未评分`,
    expected: (p) => (p.case === 'name-differs' ? p.listed : undefined),
    actual: (p) => (p.case === 'name-differs' ? p.exported : String(p.count)),
  }),

  // ---- files ---------------------------------------------------------------------------------------------------
  'file-unreadable': spec<Named & Unreadable>({
    severity: 'error', name: { zh: '文件无法读取', en: 'file unreadable' },
    zh: (p) => {
      const n = p.name;
      switch (p.case) {
        case 'fs':
          switch (p.reason.kind) {
            case 'missing': case 'not-folder': return p.batch ? `${n} 在本次批量评分开始后被删除或移走,没有评分` : `找不到文件 ${p.path},请检查路径和文件名`;
            case 'denied': return `没有权限读取 ${n},请检查文件权限,或把文件复制到自己的文件夹再试`;
            case 'folder': return `${n} 是一个文件夹,不是文件。请给出一个 .xlsx 或 .csv 文件`;
            case 'busy': return `${n} 正被其他程序占用(可能在 Excel/WPS 里开着),请关闭后再试`;
            case 'too-long': return `${n}:路径太长,请把文件移到较短的路径下再试`;
            case 'loop': return `${n}:快捷方式(符号链接)指向了自己,找不到真正的文件`;
            default: return `无法读取 ${n}(${p.reason.code ?? p.reason.message}),请检查文件后再试`;
          }
        case 'not-regular': return `${n} 不是普通文件(可能是设备或管道),请给出一个 .xlsx 或 .csv 文件`;
        case 'zip-truncated': return p.inZip
          ? `${lead(n)}文件不完整(找不到 zip 目录,可能没有下载或复制完整)。请重新下载,或用 Excel/WPS 打开后另存为 .xlsx`
          : `${lead(n)}文件不完整(压缩包结尾缺失,可能没有下载或复制完整)。请重新下载,或用 Excel/WPS 打开后另存为 .xlsx`;
        case 'zip-damaged': return `${lead(n)}文件已损坏(${p.detail})。请重新下载,或用 Excel/WPS 打开后另存为 .xlsx`;
        case 'text-cut': {
          const short = p.header > p.fields ? `最后一行只有 ${p.fields} 列,表头有 ${p.header} 列` : `最后一行有 ${p.fields} 列`;
          const why = p.html ? `表格没有结束,没有 </table> 和 </html>,${short}` : `${short},文件末尾没有换行`;
          // (A file typed by hand whose last row left out its empty last fields looks the same: told how to finish it.)
          const typed = p.html ? '' : `;是手工输入的、最后一行本来就没有填完的,请在这一行末尾补上空的列(${p.header - p.fields} 个「,」)并换行`;
          return `${lead(n)}文件不完整(${why}:第 ${p.line} 行「${p.near}」),可能导出或复制时中断了,没有评分。请重新导出/复制后再评分${typed}`;
        }
        case 'part-duplicated': return `${lead(n)}压缩包内有两个同名部件 ${p.part}(正常的 Excel/WPS 文件不会有,文件可能被篡改),无法确定该读哪一个,已拒绝读取。请用 Excel/WPS 打开后另存为新的 .xlsx`;
        case 'part-method': return `${lead(n)}压缩包内 ${p.part} 使用了不支持的压缩方式(${p.method})。请用 Excel/WPS 打开后另存为 .xlsx`;
        case 'part-truncated': return `${lead(n)}文件不完整或已损坏(压缩包内 ${p.part} 的数据不完整)。请重新下载,或用 Excel/WPS 打开后另存为 .xlsx`;
        case 'part-crc': return `${lead(n)}文件已损坏:${p.sheet === undefined ? `压缩包内 ${p.part} ` : `工作表「${p.sheet}」(${p.part})`}的数据校验不符(内容与压缩包记录的校验码不一致,可能在下载、复制或保存时损坏),读出的数据不可信。请重新保存或重新导出该文件后再试`;
        case 'row-number': {
          const where = p.sheet === undefined ? `压缩包内 ${p.part} ` : `工作表「${p.sheet}」`;
          const what =
            p.fault === 'repeated' ? `有两行的行号都是 ${p.row},读取时会丢掉其中一行的数据` : '有一行的行号是 0(行号从 1 开始),读取时这一行的数据会丢失';
          return `${n}:工作簿已损坏:${where}${what}。请用 Excel/WPS 打开后另存为 .xlsx 再试`;
        }
        case 'part-inflate': return `${lead(n)}文件已损坏(压缩包内 ${p.part} 无法解压:${p.detail})。请重新下载,或用 Excel/WPS 打开后另存为 .xlsx`;
        case 'no-workbook-part': return `${n}:工作簿已损坏(缺少 ${p.part ?? 'xl/workbook.xml'})。${SAVE_AS_XLSX}`;
        case 'prefixed-xml': return `${n}:这个工作簿的 XML 写法 kpi 读不了(${p.part} 写作 <${p.tag}>,带命名空间前缀,一些程序这样导出;文件本身没有损坏)。${SAVE_AS_XLSX}`;
        case 'workbook': return `${n}:工作簿已损坏,无法读取(${p.detail})。请用 Excel/WPS 打开后另存为 .xlsx 再试`;
        case 'part-damaged': {
          const where = p.sheet !== undefined ? `工作表「${p.sheet}」${p.part !== undefined ? `(${p.part})` : ''}` : `压缩包内 ${p.part} `;
          return `${n}:工作簿已损坏:${where}无法读取(${p.detail})。请用 Excel/WPS 打开后另存为 .xlsx 再试`;
        }
        case 'path-missing': return `${n}:文件或文件夹不存在`;
        case 'folder-without-forms': return `${n}:文件夹里没有考核表文件(.xlsx/.csv)`;
        case 'graded-columns-moved': if (p.cells) return `${n} 是 kpi 评过分的文件,但工作表「${p.sheet}」里 kpi 写过得分和说明的列之间插入或删除了列,kpi 无法确定哪些格子是自己写的,为免删掉你的数据没有评分。请删掉插入的列后再评分,或用原始文件重新评分`;
          return `${n} 是 kpi 评过分的文件,但工作表「${p.sheet}」里 kpi 加的列(${p.headings.slice(0, 3).join('、')}${p.headings.length > 3 ? ' 等' : ''})找不到了(列被插入、删除或改了标题),kpi 无法确定哪些列是自己加的,为免删掉你的数据没有评分。请删掉 kpi 加的列后再评分,或用原始文件重新评分`;
        case 'changed-during-batch': return `${n}:${p.reason.kind === 'missing' ? '文件在检查时消失了' : readReasonZh(p.reason)}`;
      }
    },
  }),
  'worker-failed': spec<{ case: 'threw' | 'unsendable'; detail: string } | { case: 'pool'; reason: string }>({
    severity: 'error', name: { zh: '评分进程出错', en: 'grading worker failed' },
    zh: (p) => (p.case === 'pool' ? p.reason : p.case === 'threw' ? `评分时出错:${p.detail}` : `评分结果无法传回:${p.detail}`),
  }),
  'file-kind': spec<Named & FileKind>({
    severity: 'error', name: { zh: '文件类型不对', en: 'not a workbook' },
    zh: (p) => {
      switch (p.kind) {
        case 'opendocument': return `${p.name} 是 OpenDocument 文档(${p.type}),${NOT_A_TABLE}`;
        case 'zip': return `${p.name} 是一个压缩包(zip),不是工作簿(里面有 ${p.count} 个文件,如 ${p.sample.join('、')})。请先解压,再选择其中的表格文件`;
        case 'other': return `${p.name} 是 ${p.what},${NOT_A_TABLE}`;
        case 'unrecognised': return `${p.name} 不是 Excel 工作簿(.xlsx),也不是 CSV 文本,无法识别。${SAVE_AS_XLSX},或导出为 CSV`;
        default: return FILE_KINDS_ZH[p.kind](p.name);
      }
    },
  }),
  'file-empty': spec<Named & { case: 'zero-bytes' | 'no-content' }>({
    severity: 'error', name: { zh: '文件是空的', en: 'empty file' },
    zh: (p) =>
      p.case === 'zero-bytes'
        ? `${p.name} 是空文件(0 字节),可能没有保存或没有下载完整。请重新保存或下载后再试`
        : `${p.name} 里没有内容(只有空行或分隔符)。请确认导出时选中了有数据的表`,
  }),
  'file-encrypted': spec<Named & { part?: string }>({
    severity: 'error', name: { zh: '文件已加密', en: 'encrypted file' },
    zh: (p) =>
      p.part
        ? `${lead(p.name)}压缩包内 ${p.part} 有密码保护(zip 加密),无法读取。请取消密码保护后另存为 .xlsx`
        : `${p.name}:文件有密码保护,请取消密码保护后另存为 .xlsx(Excel:文件 → 信息 → 保护工作簿 → 用密码进行加密,清空密码)`,
  }),
  /** line, near, likely: where the bytes stop being text in the encoding that reads most of them (the rest is text). */
  // cut: the bytes that are no text are the file's very last (a character cut in two): the file stops there.
  'bad-encoding': spec<{ name?: string } & ({ case: 'unknown-name'; encoding: string } | { case: 'wrong-given'; encoding: string; line?: number; near?: string; likely?: string; cut?: true } | { case: 'bom-mismatch'; encoding: string; line?: number; near?: string; likely?: string; cut?: true } | { case: 'undetected'; line?: number; near?: string; likely?: string; cut?: true })>({
    severity: 'error', name: { zh: '编码无法识别', en: 'unknown text encoding' },
    zh: (p) => {
      const head = p.name ? `${p.name}:` : '';
      const where = (x: { line?: number; near?: string; likely?: string }) => (x.line ? `按 ${x.likely} 读,第 ${x.line} 行「${x.near}」处有不成文字的字节(显示为 �);只是这一处的话,请在 Excel/WPS 里改正这一格后另存` : '');
      if (p.case !== 'unknown-name' && p.cut) return `${head}${CUT_TEXT(p)}`;
      switch (p.case) {
        case 'unknown-name': return `${head}不认识的编码「${p.encoding}」,可用 utf-8、gb18030(gbk)、utf-16le、utf-16be`;
        case 'wrong-given': return `${head}按指定的编码 ${p.encoding} 解码失败(文件里有不属于该编码的字节)${p.line ? `:${where(p)}` : '。去掉 --encoding 让程序自动识别,或换一个编码再试'}`;
        case 'bom-mismatch': return `${head}文件开头标明是 ${p.encoding} 编码,但内容不是有效的 ${p.encoding}${p.line ? `:第 ${p.line} 行「${p.near}」处有不成文字的字节(显示为 �),可能是从别的文件(GBK 编码)粘贴来的一行;请改正这一行(重新输入其中的中文)后另存为「CSV UTF-8」` : '。请用 Excel/WPS 打开后另存为 .xlsx 或「CSV UTF-8」'}`;
        case 'undetected': return `${head}文字编码无法识别(既不是 UTF-8/UTF-16,也不是 GBK/GB18030)${p.line ? `:${where(p)};` : '。'}请用 Excel/WPS 打开后另存为 .xlsx 或「CSV UTF-8」,或用 --encoding 指定编码`;
      }
    },
  }),
  'too-large': spec<Named & TooLarge>({
    severity: 'error', name: { zh: '文件过大', en: 'too large' },
    zh: (p) => {
      const n = p.name;
      switch (p.case) {
        // A workbook file may be twice --max-size (a part's limit): said, or `--max-size 50MB` read 「上限 100 MB」.
        case 'file': return p.workbook ? `${n} 有 ${p.size},超过工作簿文件的上限 ${p.limit}(--max-size 的两倍,可用 --max-size 调整)` : `${n} 有 ${p.size},超过上限 ${p.limit}${MAX_SIZE_HINT}`;
        case 'entries': return `${lead(n)}压缩包内有 ${p.count} 个文件,超过上限 ${p.limit} 个,不像正常的工作簿,已拒绝读取`;
        case 'part': return `${lead(n)}压缩包内 ${p.part} 解压后 ${p.size},超过上限 ${p.limit}${MAX_SIZE_HINT}`;
        case 'part-inflated': return `${lead(n)}压缩包内 ${p.part} 解压后超过上限 ${p.limit}${declaredZh(p.declared)}${MAX_SIZE_HINT}`;
        case 'ratio': return `${lead(n)}压缩包内 ${p.part} 压缩比 ${p.ratio}(${p.packed} 解压为 ${p.size}),超过上限 ${p.limit}:1,疑似压缩炸弹,已拒绝读取`;
        case 'total': return `${lead(n)}工作簿解压后至少 ${p.size},超过上限 ${p.limit}${MAX_SIZE_HINT}`;
        case 'total-inflated': return `${lead(n)}工作簿解压后共超过上限 ${p.limit}(解压到 ${p.part} 时)${declaredZh(p.declared)}${MAX_SIZE_HINT}`;
        case 'merge': return p.total
          ? `${lead(n)}工作表「${p.sheet}」的合并单元格共覆盖超过 ${p.limit.toLocaleString('en-US')} 个单元格(到 ${p.range} 为止已有 ${p.cells.toLocaleString('en-US')} 个),无法处理。请在 Excel 中取消不需要的合并后再试`
          : `${lead(n)}工作表「${p.sheet}」的合并单元格 ${p.range} 覆盖 ${p.cells.toLocaleString('en-US')} 个单元格(上限 ${p.limit.toLocaleString('en-US')} 个),无法处理。请在 Excel 中取消这个合并后再试`;
        case 'text': return `${lead(n)}文件里的文字超过程序一次能读入的上限(${p.limit},约 ${p.megabytes} MB 的纯英文数字文本),与 --max-size 无关。请把文件拆成几个较小的文件再评分`;
      }
    },
    expected: (p) => {
      switch (p.case) {
        case 'file': case 'part': case 'total': case 'part-inflated': case 'total-inflated': return `≤ ${p.limit}`;
        case 'entries': return `≤ ${p.limit}`;
        case 'ratio': return `≤ ${p.limit}:1`;
        case 'text': return `≤ ${p.chars} 个字符`;
        default: return undefined;
      }
    },
    actual: (p) => {
      switch (p.case) {
        case 'file': case 'part': case 'total': return p.size;
        case 'part-inflated': case 'total-inflated': return `> ${p.limit}`;
        case 'entries': return String(p.count);
        case 'ratio': return p.ratio;
        default: return undefined;
      }
    },
  }),
  'xml-entities': spec<Named & { part?: string }>({
    severity: 'error', name: { zh: '含有 XML 实体', en: 'XML entities' },
    zh: (p) =>
      p.part
        ? `${lead(p.name)}工作簿部件 ${p.part} 含有 DOCTYPE/实体声明(正常的 Excel/WPS 文件不会有,可能是恶意文件),已拒绝读取。请用 Excel/WPS 打开后另存为新的 .xlsx`
        : `${p.name}:工作簿的 XML 含有实体声明(可能是恶意文件),已拒绝读取`,
  }),

  // ---- output --------------------------------------------------------------------------------------------------
  'output-exists': spec<{ output: string } & ({ case: 'is-input' | 'exists' | 'is-folder'; example?: string } | { case: 'is-an-input' | 'not-kpis' } | { case: 'is-option-file'; option: string } | { case: 'open'; lock: string; /** said by kpi batch, which has no -o */ batch?: boolean })>({
    severity: 'error', name: { zh: '输出文件已存在', en: 'output exists' },
    zh: (p) => {
      switch (p.case) {
        case 'is-input': return `输出文件 ${p.output} 就是输入文件本身,不会覆盖原始数据。请用 -o 指定另一个文件`;
        case 'is-an-input': return `输出文件 ${p.output} 是输入文件之一,不会覆盖原始数据。请用 -o 指定另一个文件`;
        case 'is-option-file': return `输出文件 ${p.output} 就是 ${p.option} 给的文件,不会覆盖它。请用 -o 指定另一个文件`;
        case 'is-folder': return p.example ? `输出路径 ${p.output} 是一个文件夹,不是文件。请用 -o 给出文件名,如 ${p.example}` : `输出路径 ${p.output} 是一个文件夹,请用 -o 给出文件名`;
        case 'exists': return `输出文件 ${p.output} 已存在。要替换它请加 --force,或用 -o 指定另一个文件`;
        case 'open': return `输出文件 ${p.output} 正在 Excel/WPS 或 LibreOffice 中打开(旁边有 ${p.lock}),替换后在那里一保存,新的评分就被旧的盖掉;${p.batch ? '请先关闭它,下次批量评分会重新评这个文件' : '请先关闭它后重新运行,或用 -o 指定另一个文件'}(如果并没有打开,是程序异常退出留下的 ${p.lock},可删除它后重新运行)`;
        case 'not-kpis': return `输出文件 ${p.output} 已存在,不是批量评分为这个文件写出的(手工运行 kpi score 的结果,或别人放进去的文件),不会覆盖(加 --force 也不会)。请把它移走或改名后重新运行`;
      }
    },
  }),
  'output-failed': spec<
    /** `batch`: said by kpi batch, which has no -o: a name too long is advised as batch can follow. */
    | { case: 'write'; output: string; reason: FsReason; batch?: boolean }
    | { case: 'no-folder'; output: string; folder: string; hint?: true }
    | { case: 'folder-is-file'; output: string; folder: string }
    | { case: 'make-folder'; folder: string; reason: FsReason }
    | { case: 'no-room'; name: string; detail: string }
    | { case: 'windows-path'; output: string }
  >({
    severity: 'error', name: { zh: '无法写出', en: 'output failed' },
    zh: (p) => {
      switch (p.case) {
        case 'write': {
          const why = p.batch && p.reason.kind === 'too-long' ? '文件名或路径太长,请把输入文件改用较短的名字,或换一个路径较短的 --out 文件夹' : writeReasonZh(p.reason);
          // Beside the input is where the output goes unasked: a read-only share of forms is a common place to score from.
          const elsewhere = !p.batch && (p.reason.kind === 'denied' || p.reason.kind === 'read-only') ? '。可以用 -o 把评分结果写到另一个可以写入的位置' : '';
          return `无法写入 ${p.output}:${why}${elsewhere}。原始文件未改动,没有留下不完整的输出`;
        }
        case 'no-folder': return `无法写入 ${p.output}:输出文件夹 ${p.folder} 不存在${p.hint ? '。请先创建这个文件夹,或用 -o 指定另一个位置' : ''}`;
        case 'folder-is-file': return `无法写入 ${p.output}:${p.folder} 是一个文件,不是文件夹。请用 -o 指定另一个位置`;
        case 'make-folder': return `无法创建输出文件夹 ${p.folder}:${folderReasonZh(p.reason)}${p.reason.code ? `(${p.reason.code})` : ''}`;
        case 'no-room': return `${p.name}:${p.detail}`;
        case 'windows-path': return `输出路径 ${p.output} 是 Windows 的写法(「\\」分隔、盘符),这台电脑上会成为当前文件夹里一个名字带「\\」的文件;请用「/」分隔的路径,如 -o 结果/march.graded.xlsx`;
      }
    },
  }),
} as const;
