// What the command line itself says: help pages and usage errors, Chinese first, English on request.
// The product speaks Chinese whatever LANG is (servers of Chinese teams often run LANG=en_US.UTF-8);
// English comes only from `--lang en` or KPI_LANG=en. Data messages (problems in a file) stay Chinese.

import { pickLang, type Lang } from './lang.cjs';

export { pickLang, type Lang };
export const LANGS: readonly Lang[] = ['zh', 'en'];

export interface Messages {
  // help page
  headings: Record<'Usage:' | 'Arguments:' | 'Options:' | 'Commands:' | 'Global Options:', string>;
  optionsWord: string;
  commandWord: string;
  defaultIs: (v: string) => string;
  choicesAre: (v: string[]) => string;
  /** Placeholder names in `<…>`: file → 文件. */
  terms: Record<string, string>;
  // usage errors: one line each
  unknownOption: (flag: string, command: string, suggestion: string | null) => string;
  /** `kpi template --form x.json`: the form is the command's argument there, and --force was the suggestion given. */
  formIsArgument: (command: string) => string;
  unknownCommand: (name: string, suggestion: string | null, commands: string[]) => string;
  missingArgument: (name: string, usage: string) => string;
  optionMissingValue: (flags: string, command: string) => string;
  excessArguments: (command: string, expected: number, extra: string[]) => string;
  invalidChoice: (flag: string, value: string, choices: readonly string[]) => string;
  notInteger: (flag: string, value: string, min: number, max: number) => string;
  notSize: (flag: string, value: string) => string;
  notPeriod: (value: string) => string;
  /** A file option given twice (--data a --data b): the last one was read alone. */
  optionTwice: (flag: string, values: string[]) => string;
  notDuration: (flag: string, value: string) => string;
  outputNotXlsx: (output: string, suggestion: string) => string;
  outputEmpty: string;
  monthNeedsFile: (value: string) => string;
  monthTwice: (first: string, second: string) => string;
  badLimit: (value: string) => string;
  limitOutOfRange: (value: string, percent: number) => string;
  limitTwice: (value: string, earlier: string) => string;
  otherUsage: (text: string) => string;
  // command and option descriptions
  d: Record<DescriptionKey, string>;
}

/** Command and option descriptions; English must have every one (Messages['d']). */
const zhDescriptions = {
  program: '客服考核表评分工具:逐项核对填好的考核表(.xlsx/.csv)并评分,写出评分后的工作簿',
  version: '显示版本',
  help: '显示帮助',
  helpCommand: '显示某个命令的帮助',
  noColor: '不使用颜色',
  lang: '提示和帮助的语言:zh(中文,默认)或 en(英文);也可设环境变量 KPI_LANG=en',
  score: '评分:读取填好的考核表,写出 <文件名>.graded.xlsx 并在终端显示汇总',
  'score.file': '填好的考核表(.xlsx、.csv,或系统导出的 .xls/.txt/.htm 表格);给出几份时,把各评分人分开填写的同一张表合并评分',
  'score.combine': '把文件夹里各评分人分开填写的表(表头「评分人」写明是谁评的)合并为每人一个结果',
  'score.form': '考核表定义:内置表单 id 或自己的定义文件(默认从模板标记识别)',
  'score.output': '输出文件,必须是 .xlsx(默认与输入同目录的 <名称>.graded.xlsx)',
  'score.force': '输出文件已存在时替换它',
  'score.json': '以 JSON 输出结果(给脚本用)',
  'score.dryRun': '只检查和评分,不写输出文件',
  'score.period': '考核月份,写在「汇总」表的标题中,如 2026-03(默认取表头的考核月份)',
  'score.previous': '上月的文件(填好的或评分后的,记录表如满意度调查):给出各项指标比上月的变化',
  'score.maxSize': '工作簿解压后单个部件的大小上限,如 200MB',
  'score.encoding': 'CSV 编码(默认自动识别)',
  'score.verbose': '显示每一项的计算过程',
  'score.pay': '工资文件(.csv/.xlsx,列:工号或姓名、绩效基数、基本工资):加算绩效奖金和工资总额',
  'score.data': '导出数据文件(.xlsx/.csv,每行一人,如赤兔数据):按工号或姓名对应,给从导出取数的考核表(shop-cs-monthly)提供数据',
  'score.includeHidden': '隐藏的工作表也评分(默认不读隐藏的工作表)',
  'score.all': '人数很多时也在终端列出每个人(默认超过 50 人只显示统计和最高、最低各 10 名)',
  template: '生成空白考核表模板(.xlsx)',
  'template.form': '考核表 id(见 kpi forms)或定义文件',
  'template.layout': 'form:每人一张表;roster:一张名单表,每人一行',
  'template.people': '名单(.xlsx/.csv,列:姓名,可选 工号、部门、岗位),每人生成一张(或一行)已填好姓名的表',
  'template.period': '考核月份,如 2026-03,填在每张表的表头(名单格式则填在每一行)',
  'template.rater': '给某个评分人单独一份(如 同事、客户、主管、自评):只有该评分人的格子,表头「评分人」已填好;各份填好后用 kpi score 一起评分',
  'template.output': '输出文件,必须是 .xlsx(默认 <id>.xlsx)',
  'template.force': '输出文件已存在时替换它',
  batch: '批量评分:给文件夹里的所有考核表评分(适合 cron 定时运行),可重复运行、可随时中断',
  'batch.folder': '要评分的文件夹',
  'batch.out': '输出文件夹(默认写在各输入文件旁边);报告和清单也放在这里',
  'batch.recursive': '包括子文件夹',
  'batch.form': '所有文件都按这个考核表评分(默认从模板标记识别)',
  'batch.force': '忽略清单,全部重新评分',
  'batch.settle': '修改时间距今不足这么久的文件视为仍在写入,留待下次',
  'batch.recheck': '评分前停这么久再核对每个文件的大小和修改时间,有变化的视为仍在复制,留待下次(0s 不停;所有文件都已 1 分钟以上没有变动时也不停)',
  'batch.jobs': '并行数(默认为 CPU 核数)',
  'batch.moveDone': '评分完成后把输入文件移到这个文件夹',
  'batch.wait': '另一个批量评分正在运行时最多等待多久(默认不等,退出码 2)',
  'batch.maxSize': '工作簿解压后单个部件的大小上限',
  'template.maxSize': '--people 名单工作簿解压后单个部件的大小上限,如 200MB',
  'batch.includeHidden': '隐藏的工作表也评分(默认不读;已评过的文件需加 --force 才会重评)',
  'batch.quiet': '只输出问题',
  'batch.json': '以 JSON 输出批量报告',
  rollup: '按季度或年度汇总:读取几个月的考核表(填好的或评分后的),算出每人的期间得分、等级、环比和各部门的月度数据,写出汇总工作簿',
  'rollup.files': '各月的考核表文件(.xlsx/.csv,可以是 .graded.xlsx),或放着它们的文件夹',
  'rollup.period': 'quarter:季度(三个月的平均);year:年度(各月平均);默认按月份判断',
  'rollup.form': '考核表定义:内置表单 id 或自己的定义文件(默认从模板标记识别)',
  'rollup.month': '指定某个文件的月份,如 一月.xlsx=2026-01(表头没有考核月份、文件名里也没有年月时用;可重复)',
  'rollup.output': '输出文件,必须是 .xlsx(默认 <表单>.<期间>.rollup.xlsx,放在第一个文件旁边)',
  'rollup.force': '输出文件已存在时替换它',
  'rollup.json': '以 JSON 输出结果(给脚本用)',
  'rollup.dryRun': '只汇总,不写输出文件',
  'rollup.includeHidden': '隐藏的工作表也汇总(默认不读隐藏的工作表)',
  'rollup.maxSize': '工作簿解压后单个部件的大小上限,如 200MB',
  'rollup.all': '人数很多时也在终端列出每个人',
  'rollup.limit': '强制分布的比例限制,如 优秀=20%(至多 20%)、待改进>=10%(至少 10%);可重复,检查全体和各部门,只报告不改分',
  'score.limit': '强制分布的比例限制,如 优秀=20%(至多 20%)、待改进>=10%(至少 10%);可重复,检查全体和各部门,只报告不改分',
  forms: '列出内置的考核表;给出表单名时说明它怎样评分(kpi forms mattress-cs-monthly),给出定义文件时检查它',
  'forms.file': '表单名(说明怎样评分),或要检查的定义文件(.json)',
  'forms.json': '以 JSON 输出',
};

/** The name of a command's or option's description. */
export type DescriptionKey = keyof typeof zhDescriptions;

const zh: Messages = {
  headings: { 'Usage:': '用法:', 'Arguments:': '参数:', 'Options:': '选项:', 'Commands:': '命令:', 'Global Options:': '全局选项:' },
  optionsWord: '[选项]',
  commandWord: '[命令]',
  defaultIs: (v) => `默认:${v}`,
  choicesAre: (v) => `可选:${v.join('、')}`,
  terms: {
    file: '文件', form: '表单', folder: '文件夹', command: '命令', path: '文件', 'id|file.json': '表单', dir: '文件夹',
    rater: '评分人', size: '大小', name: '编码', layout: '版式', time: '时长', n: '数量', period: '月份', month: '月份', lang: '语言',
    files: '文件或文件夹', 'file=month': '文件=月份', 'quarter|year': '季度|年度', 'band=share': '等级=比例',
  },
  unknownOption: (flag, command, s) => `不认识的选项 ${flag}${s ? `,您是不是要输入 ${s}?` : ''}(运行 ${command} --help 查看可用的选项)`,
  formIsArgument: (command) => `${command} 没有 --form 选项:表单直接写在命令后面,如 ${command} mattress-cs-monthly 或 ${command} 我的定义.json`,
  unknownCommand: (name, s, commands) =>
    `不认识的命令「${name}」${s ? `,您是不是要输入 ${s}?` : ''}(可用的命令:${commands.join('、')};运行 kpi --help 查看说明)`,
  missingArgument: (name, usage) => `缺少参数 <${name}>。用法:${usage}`,
  optionMissingValue: (flags, command) => `选项 ${flags} 后面缺少值(运行 ${command} --help 查看说明)`,
  excessArguments: (command, expected, extra) =>
    `多余的参数「${extra.join(' ')}」:${command} ${expected === 0 ? '不接受参数' : `只接受 ${expected} 个参数`}${command === 'kpi score' ? ';要给多个文件评分请用 kpi batch <文件夹>' : ''}`,
  invalidChoice: (flag, value, choices) => `${flag} 的值「${value}」无效,可选:${choices.join('、')}`,
  notInteger: (flag, value, min, max) => `${flag} 应为 ${min} 到 ${max} 之间的整数,实际为「${value}」`,
  notPeriod: (value) => `--period 应为考核月份(如 2026-03、2026年3月)或季度、年度(2026-Q1、2026),实际为「${value}」`,
  optionTwice: (flag, values) => `${flag} 只能给一个文件(给了 ${values.join('、')}):kpi 不把几份合在一起(只读一份会丢掉其余的数据);请先把它们合到一个文件里(如整月的导出)后再评分`,
  notSize: (flag, value) => `${flag} 的值「${value}」看不懂,应为如 200MB、1GB 的大小`,
  notDuration: (flag, value) => `${flag} 的值「${value}」看不懂,应为如 30s、5m、1h 的时长`,
  outputNotXlsx: (output, suggestion) => `输出总是 Excel 工作簿(.xlsx),不能写成「${output}」;请改为 -o ${suggestion}`,
  outputEmpty: '-o 后面的文件名是空的:请写出输出文件名(如 -o 三月结果.xlsx),或去掉 -o 使用默认的文件名',
  monthNeedsFile: (value) => `--month ${value}:给了多个文件时要写明是哪个文件的月份,如 --month 一月.xlsx=2026-01`,
  monthTwice: (first, second) => `--month 给了同一个文件两个月份(${first} 和 ${second});每个文件只能指定一个月份`,
  badLimit: (value) => (value.startsWith('-') ? `--limit 后面缺少值(「${value}」是另一个选项):应如 --limit 优秀=20%` : `--limit「${value}」看不懂:应如 优秀=20%(至多)、优秀<=20%、待改进>=10%(至少)`),
  limitOutOfRange: (value, percent) => `--limit「${value}」:比例应在 0% 到 100% 之间,实际为 ${percent}%`,
  limitTwice: (value, earlier) => `--limit「${value}」和前面的「${earlier}」给同一等级写了两个同样的限制,不知道用哪一个;请只留一个`,
  otherUsage: (text) => `命令行参数有误:${text}`,
  d: zhDescriptions,
};

const en: Messages = {
  headings: { 'Usage:': 'Usage:', 'Arguments:': 'Arguments:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Global Options:': 'Global Options:' },
  optionsWord: '[options]',
  commandWord: '[command]',
  defaultIs: (v) => `default: ${v}`,
  choicesAre: (v) => `choices: ${v.join(', ')}`,
  terms: {},
  unknownOption: (flag, command, s) => `unknown option ${flag}${s ? ` — did you mean ${s}?` : ''} (run ${command} --help for the options)`,
  formIsArgument: (command) => `${command} has no --form option: give the form after the command, as in ${command} mattress-cs-monthly or ${command} my-form.json`,
  unknownCommand: (name, s, commands) =>
    `unknown command '${name}'${s ? ` — did you mean ${s}?` : ''} (commands: ${commands.join(', ')}; run kpi --help)`,
  missingArgument: (name, usage) => `missing argument <${name}>. Usage: ${usage}`,
  optionMissingValue: (flags, command) => `option ${flags} needs a value (run ${command} --help)`,
  excessArguments: (command, expected, extra) =>
    `too many arguments '${extra.join(' ')}': ${command} takes ${expected === 0 ? 'no arguments' : `${expected} argument${expected === 1 ? '' : 's'}`}${command === 'kpi score' ? '; to grade many files use kpi batch <folder>' : ''}`,
  invalidChoice: (flag, value, choices) => `${flag}: '${value}' is not valid; choose one of ${choices.join(', ')}`,
  notInteger: (flag, value, min, max) => `${flag} must be a whole number from ${min} to ${max}, not '${value}'`,
  notPeriod: (value) => `--period must be a month (2026-03, 2026年3月), a quarter or a year (2026-Q1, 2026), not '${value}'`,
  optionTwice: (flag, values) => `${flag} takes one file (given ${values.join(', ')}): only the last would be read; put them in one file (one month's export) first`,
  notSize: (flag, value) => `${flag}: cannot read '${value}' as a size such as 200MB or 1GB`,
  notDuration: (flag, value) => `${flag}: cannot read '${value}' as a duration such as 30s, 5m or 1h`,
  outputNotXlsx: (output, suggestion) => `the output is always an Excel workbook (.xlsx), not '${output}'; use -o ${suggestion}`,
  outputEmpty: '-o was given an empty file name: name the output (e.g. -o march-results.xlsx), or leave -o out for the default name',
  monthNeedsFile: (value) => `--month ${value}: with several files say whose month it is, e.g. --month jan.xlsx=2026-01`,
  monthTwice: (first, second) => `--month gives one file two months (${first} and ${second}); give each file one month`,
  badLimit: (value) => (value.startsWith('-') ? `--limit needs a value ('${value}' is another option): e.g. --limit 优秀=20%` : `--limit '${value}': expected e.g. 优秀=20% (at most), 优秀<=20%, 待改进>=10% (at least)`),
  limitOutOfRange: (value, percent) => `--limit '${value}': the share must be between 0% and 100%, not ${percent}%`,
  limitTwice: (value, earlier) => `--limit '${value}' and the earlier '${earlier}' give one band the same kind of limit twice: keep one`,
  otherUsage: (text) => `bad command line: ${text}`,
  d: {
    program: 'Scores Chinese customer-service appraisal forms (.xlsx/.csv) and writes a graded workbook',
    version: 'show the version',
    help: 'show help',
    helpCommand: 'show help for a command',
    noColor: 'no colours',
    lang: 'language of hints and help: zh (Chinese, default) or en; or set KPI_LANG=en',
    score: 'grade a filled form: writes <name>.graded.xlsx and prints a summary',
    'score.file': 'the filled form (.xlsx, .csv, or an .xls/.txt/.htm table exported by a system); several copies of one form filled by different raters are combined',
    'score.combine': 'combine the copies in a folder, each filled by one rater (its 评分人 says which), into one result per person',
    'score.form': 'form definition: a built-in id or your own definition file (default: from the template mark)',
    'score.output': 'output file, must be .xlsx (default: <name>.graded.xlsx beside the input)',
    'score.force': 'replace the output file if it exists',
    'score.json': 'print the result as JSON (for scripts)',
    'score.dryRun': 'check and score only, write no output file',
    'score.period': 'the appraisal month for the title of 汇总, e.g. 2026-03 (default: the forms\' 考核月份)',
    'score.previous': 'last month\'s file (filled or graded) of a record form such as a survey: adds the change of each figure',
    'score.maxSize': 'largest uncompressed part of a workbook, e.g. 200MB',
    'score.encoding': 'CSV encoding (default: detected)',
    'score.verbose': 'show the arithmetic of every item',
    'score.pay': 'pay file (.csv/.xlsx with employee id or name, bonus base and base pay): adds the bonus and gross pay',
    'score.data': 'exported data file (.xlsx/.csv, one row per agent): joined on employee id or name, for forms whose figures come from an export (shop-cs-monthly)',
    'score.includeHidden': 'grade hidden sheets too (by default hidden sheets are not read)',
    'score.all': 'list every person on the console even for large files (default: over 50 people, statistics and the best and lowest 10)',
    template: 'write a blank form template (.xlsx)',
    'template.form': 'form id (see kpi forms) or definition file',
    'template.layout': 'form: one sheet per person; roster: one sheet, one row per person',
    'template.people': 'name list (.xlsx/.csv, columns 姓名 and optionally 工号, 部门, 岗位): one prefilled sheet (or row) per person',
    'template.period': 'appraisal month, e.g. 2026-03, filled into every sheet (every row for a roster)',
    'template.rater': 'a copy for one rater (e.g. 同事, 客户, 主管, 自评): only that rater\'s cells, 评分人 filled in; score the filled copies together with kpi score',
    'template.output': 'output file, must be .xlsx (default: <id>.xlsx)',
    'template.force': 'replace the output file if it exists',
    batch: 'grade every form in a folder (for cron); safe to rerun and to interrupt',
    'batch.folder': 'the folder to grade',
    'batch.out': 'output folder (default: beside each input); report and manifest go here',
    'batch.recursive': 'include sub-folders',
    'batch.form': 'grade every file with this form (default: from the template mark)',
    'batch.force': 'ignore the manifest, regrade everything',
    'batch.settle': 'files modified more recently than this are still being written: left for the next run',
    'batch.recheck': 'pause this long, then check each file\'s size and modification time again: a file that changed is still being copied, left for the next run (0s: no pause; none either when no file has changed for a minute)',
    'batch.jobs': 'files graded in parallel (default: number of CPUs)',
    'batch.moveDone': 'move each input to this folder once graded',
    'batch.wait': 'how long to wait for another batch run (default: do not wait, exit 2)',
    'batch.maxSize': 'largest uncompressed part of a workbook',
    'template.maxSize': 'largest uncompressed part of the --people workbook, e.g. 200MB',
    'batch.includeHidden': 'grade hidden sheets too (files graded before are regraded only with --force)',
    'batch.quiet': 'print problems only',
    'batch.json': 'print the batch report as JSON',
    rollup: 'roll months into a quarter or a year: reads several months of a form (filled or graded), gives each person\'s period figure, band and change and each department\'s monthly figures, writes a roll-up workbook',
    'rollup.files': 'the monthly forms (.xlsx/.csv, .graded.xlsx accepted), or folders holding them',
    'rollup.period': 'quarter: mean of three months; year: mean of its months; default: from the months',
    'rollup.form': 'form definition: a built-in id or your own definition file (default: from the template mark)',
    'rollup.month': 'the month of one file, e.g. jan.xlsx=2026-01 (when neither the header nor the file name tells; repeatable)',
    'rollup.output': 'output file, must be .xlsx (default: <form>.<period>.rollup.xlsx beside the first file)',
    'rollup.force': 'replace the output file if it exists',
    'rollup.json': 'print the result as JSON (for scripts)',
    'rollup.dryRun': 'roll up only, write no output file',
    'rollup.includeHidden': 'read hidden sheets too (by default hidden sheets are not read)',
    'rollup.maxSize': 'largest uncompressed part of a workbook, e.g. 200MB',
    'rollup.all': 'list every person on the console even for large teams',
    'rollup.limit': 'distribution limit, e.g. 优秀=20% (at most 20 %), 待改进>=10% (at least 10 %); repeatable; checked for everyone and per department, reported only',
    'score.limit': 'distribution limit, e.g. 优秀=20% (at most 20 %), 待改进>=10% (at least 10 %); repeatable; checked for everyone and per department, reported only',
    forms: 'list the built-in forms; explain how one scores when its id is given (kpi forms mattress-cs-monthly), check a definition file when given',
    'forms.file': 'a form id (how it scores), or a definition file (.json) to check',
    'forms.json': 'print as JSON',
  },
};

export const MESSAGES: Record<Lang, Messages> = { zh, en };
