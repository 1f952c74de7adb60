import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { pickLang } from '../../src/cli/messages.js';
import { captureOutput } from '../../src/cli/output.js';
import { wrapText } from '../../src/cli/program.js';
import { displayWidth } from '../../src/engine/text.js';
import { repoRoot, tempDir } from '../helpers.js';

// The command line in-process: commander with exitOverride and a captured console.

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const output = captureOutput();
  const code = await main(argv, { output, env, gradeOnThisThread: true });
  return { code, stdout: output.stdout, stderr: output.stderr };
}

const sample = (name: string) => path.join(repoRoot, 'samples', name);

/** One line on stderr, nothing on stdout, exit 2. */
async function usage(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const r = await run(argv, env);
  expect(r.code, argv.join(' ')).toBe(2);
  expect(r.stdout, argv.join(' ')).toBe('');
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines, argv.join(' ')).toHaveLength(1);
  return lines[0]!;
}

describe('usage errors: one Chinese line, exit 2', () => {
  it.each([
    [['--bogus'], 'kpi: 不认识的选项 --bogus(运行 kpi --help 查看可用的选项)'],
    [['score', 'x.xlsx', '--forse'], 'kpi: 不认识的选项 --forse,您是不是要输入 --force?(运行 kpi score --help 查看可用的选项)'],
    [['template'], 'kpi: 缺少参数 <表单>。用法:kpi template [选项] <表单>'],
    [['score'], 'kpi: 缺少参数 <文件>。用法:kpi score [选项] <文件>'],
    [['scor', 'x.xlsx'], 'kpi: 不认识的命令「scor」,您是不是要输入 score?(可用的命令:score、template、batch、rollup、forms;运行 kpi --help 查看说明)'],
    [['march.xlsx'], 'kpi: 不认识的命令「march.xlsx」,您是不是要输入 kpi score march.xlsx?(可用的命令:score、template、batch、rollup、forms;运行 kpi --help 查看说明)'],
    [['help', 'nosuch'], 'kpi: 不认识的命令「nosuch」(可用的命令:score、template、batch、rollup、forms;运行 kpi --help 查看说明)'],
    [['score', 'x.csv', '--encoding', 'latin1'], 'kpi: --encoding 的值「latin1」无效,可选:utf-8、gb18030、gbk、utf-16le、utf-16be'],
    [['template', 'cs-competency', '--layout', 'grid'], 'kpi: --layout 的值「grid」无效,可选:form、roster'],
    [['--lang', 'fr', 'forms'], 'kpi: --lang 的值「fr」无效,可选:zh、en'],
    [['score', 'x.xlsx', '--form'], 'kpi: 选项 -f, --form <表单> 后面缺少值(运行 kpi score --help 查看说明)'],
    [['template', 'a', 'b'], 'kpi: 多余的参数「b」:kpi template 只接受 1 个参数'],
    [['rollup', 'a.xlsx', '--limit', '优秀'], 'kpi: --limit「优秀」看不懂:应如 优秀=20%(至多)、优秀<=20%、待改进>=10%(至少)'],
    [['score', 'a.xlsx', '-o', ''], 'kpi: -o 后面的文件名是空的:请写出输出文件名(如 -o 三月结果.xlsx),或去掉 -o 使用默认的文件名'],
    [['score', 'a.xlsx', '--limit', '优秀=120%'], 'kpi: --limit「优秀=120%」:比例应在 0% 到 100% 之间,实际为 120%'],
    // The same limit of one band twice (the last one won, unsaid); --limit followed by another option.
    [['score', 'a.xlsx', '--limit', '优秀=20%', '--limit', '优秀=30%'], 'kpi: --limit「优秀=30%」和前面的「优秀=20%」给同一等级写了两个同样的限制,不知道用哪一个;请只留一个'],
    [['score', 'a.xlsx', '--limit', '--force'], 'kpi: --limit 后面缺少值(「--force」是另一个选项):应如 --limit 优秀=20%'],
    [['rollup', 'a.xlsx', 'b.xlsx', '--month', '2026-01'], 'kpi: --month 2026-01:给了多个文件时要写明是哪个文件的月份,如 --month 一月.xlsx=2026-01'],
    // Two months for one file: the last one won, unsaid.
    [['rollup', 'a.xlsx', 'b.xlsx', '--month', 'b.xlsx=2026-02', '--month', 'b.xlsx=2026-03'], 'kpi: --month 给了同一个文件两个月份(b.xlsx=2026-02 和 b.xlsx=2026-03);每个文件只能指定一个月份'],
    [['rollup', 'a.xlsx', '--month', '2026-02', '--month', '2026-03'], 'kpi: --month 给了同一个文件两个月份(2026-02 和 2026-03);每个文件只能指定一个月份'],
    [['forms', 'a.json', 'b.json'], 'kpi: 多余的参数「b.json」:kpi forms 只接受 1 个参数'],
    [['batch', 'inbox', '--jobs', 'x'], 'kpi: --jobs 应为 1 到 64 之间的整数,实际为「x」'],
    [['batch', 'inbox', '--jobs', '0'], 'kpi: --jobs 应为 1 到 64 之间的整数,实际为「0」'],
    [['batch', 'inbox', '--jobs', '2.5'], 'kpi: --jobs 应为 1 到 64 之间的整数,实际为「2.5」'],
    [['batch', 'inbox', '--settle', 'soon'], 'kpi: --settle 的值「soon」看不懂,应为如 30s、5m、1h 的时长'],
    [['batch', 'inbox', '--wait', '-1'], 'kpi: --wait 的值「-1」看不懂,应为如 30s、5m、1h 的时长'],
    [['score', 'x.xlsx', '--max-size', '12q'], 'kpi: --max-size 的值「12q」看不懂,应为如 200MB、1GB 的大小'],
  ])('%j', async (argv, expected) => {
    expect(await usage(argv)).toBe(expected);
  });

  it('English with --lang en or KPI_LANG=en; LANG=en_US alone keeps Chinese', async () => {
    expect(await usage(['--lang', 'en', 'template'])).toBe('kpi: missing argument <form>. Usage: kpi template [options] <form>');
    expect(await usage(['scor'], { KPI_LANG: 'en' })).toBe(
      "kpi: unknown command 'scor' — did you mean score? (commands: score, template, batch, rollup, forms; run kpi --help)",
    );
    expect(await usage(['score', 'x.csv', '--lang=en', '--encoding', 'latin1'])).toBe(
      "kpi: --encoding: 'latin1' is not valid; choose one of utf-8, gb18030, gbk, utf-16le, utf-16be",
    );
    expect(await usage(['scor'], { LANG: 'en_US.UTF-8' })).toMatch(/^kpi: 不认识的命令「scor」/);
    expect(pickLang(['--lang', 'zh'], { KPI_LANG: 'en' })).toBe('zh');
    expect(pickLang([], { KPI_LANG: 'en_US' })).toBe('en');
    expect(pickLang(['score', '--', '--lang', 'en'], {})).toBe('zh');
  });

  it('`kpi` alone prints the help to stderr, exit 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^用法: kpi \[选项\] \[命令\]/);
  });
});

describe('help pages in Chinese', () => {
  it.each([[[]], [['score']], [['template']], [['batch']], [['forms']]])('kpi %j --help', async (cmd) => {
    const r = await run([...cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`^用法: kpi${cmd.length ? ` ${cmd[0]}` : ''} \\[选项\\]`));
    expect(r.stdout).toContain('选项:');
    for (const english of ['Usage', 'Options', 'Arguments', 'Commands', 'default:', 'choices:', 'display help']) expect(r.stdout).not.toContain(english);
  });

  it('a 60-column terminal still wraps the descriptions (they ran on to 156 columns): score\'s help within 80', async () => {
    const output = Object.assign(captureOutput(), { isTTY: true, columns: 60 });
    expect(await main(['score', '--help'], { output, env: {}, gradeOnThisThread: true })).toBe(0);
    const widest = Math.max(...output.stdout.split('\n').map((l) => displayWidth(l)));
    expect(widest).toBeLessThanOrEqual(80);
  });

  it('defaults, choices and placeholders are in Chinese; `help score` is `score --help`', async () => {
    const r = await run(['help', 'score']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('参数:\n  文件 ');
    expect(r.stdout).toMatch(/--max-size <大小> +工作簿解压后单个部件的大小上限,如 200MB\(默认:100MB\)/);
    expect(r.stdout).toMatch(/--encoding <编码> +CSV 编码\(默认自动识别\)\(可选:utf-8、gb18030、gbk、\s*utf-16le、/);
    expect(r.stdout).toMatch(/-o, --output <文件> +输出文件,必须是 \.xlsx/);
    const t = await run(['template', '--help']);
    expect(t.stdout).toMatch(/--layout <版式> +form:每人一张表;roster:一张名单表,每人一行\(可选:form、\s*roster;默认:form\)/);
    const top = await run(['--help']);
    expect(top.stdout).toMatch(/\n {2}help \[命令\] +显示某个命令的帮助/);
    expect(top.stdout).toMatch(/\n {2}score \[选项\] <文件> +评分/);
  });

  it('--lang en gives the English pages', async () => {
    const r = await run(['score', '--help', '--lang', 'en']);
    expect(r.stdout).toMatch(/^Usage: kpi score \[options\] <file>/);
    expect(r.stdout).toContain('(default: 100MB)');
    for (const zh of ['用法', '选项:', '参数:', '默认', '可选', '<文件>']) expect(r.stdout).not.toContain(zh);
  });

  it('aligns and wraps Chinese by terminal columns', () => {
    expect(displayWidth('文件')).toBe(4);
    expect(displayWidth('a文')).toBe(3);
    const wrapped = wrapText('输出文件,必须是 .xlsx(默认与输入同目录的 <名称>.graded.xlsx)', 24);
    // Within the width: punctuation that may not start a line takes the character before it down (it hung 1–2 columns
    // past: score's help had lines of 82 columns).
    for (const line of wrapped.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(24);
    expect(wrapText('一二三四五六七八九十、十一', 20).split('\n')).toEqual(['一二三四五六七八九', '十、十一']);
    expect(wrapped.split('\n').some((l) => /^[,。)]/.test(l))).toBe(false);
    // No orphan: 22 characters in 20 columns end 8 + 4 characters, not 10 + 1.
    expect(wrapText('一二三四五六七八九十一二三四五六七八九十一二', 20).split('\n')).toEqual(['一二三四五六七八九十', '一二三四五六七八', '九十一二']);
    // Nothing lost but the space where a line breaks.
    expect(wrapped.replace(/\s+/g, '')).toBe('输出文件,必须是.xlsx(默认与输入同目录的<名称>.graded.xlsx)');
    // English words moved down to fill an orphan keep their spaces: 「gross pay」, not 「grosspay」.
    const english = 'pay file (.csv/.xlsx with employee id or name, bonus base and base pay): adds the bonus and gross pay';
    const lines = wrapText(english, 50).split('\n');
    expect(lines).toEqual(['pay file (.csv/.xlsx with employee id or name,', 'bonus base and base pay): adds the bonus and', 'gross pay']);
    expect(lines.join(' ')).toBe(english);
  });

  it('--version prints the version only', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('arguments are checked before the output', () => {
  it('an unknown --form is reported even when the output already exists', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'm.xlsx');
    copyFileSync(sample('mattress-cs-monthly.march.roster.xlsx'), input);
    writeFileSync(path.join(dir, 'm.graded.xlsx'), 'old');
    expect(await usage(['score', input, '--form', 'nosuch'])).toMatch(/^kpi: 未知的考核表「nosuch」/);
  });

  it('a folder given to score says what to do with one (--combine, kpi batch); kpi forms with an unknown id starts with kpi:', async () => {
    const dir = tempDir();
    expect(await usage(['score', dir])).toBe(`kpi: ${path.basename(dir)} 是一个文件夹,不是文件。请给出一个 .xlsx 或 .csv 文件(文件夹里几份评分人表要合并评分请加 --combine;给文件夹里每个文件分别评分请用 kpi batch <文件夹>)`);
    expect(await usage(['forms', 'nosuch'])).toMatch(/^kpi: 未知的考核表「nosuch」/);
    // A typo gets the id it most likely meant (it listed all 29).
    expect(await usage(['template', 'mattres-cs-monthly'])).toMatch(/^kpi: 未知的考核表「mattres-cs-monthly」,是不是「mattress-cs-monthly」?/);
    // --json's error message says as much (it stopped at 「请给出一个 .xlsx 或 .csv 文件」).
    const json = await run(['score', dir, '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).error.message).toBe(`${path.basename(dir)} 是一个文件夹,不是文件。请给出一个 .xlsx 或 .csv 文件(文件夹里几份评分人表要合并评分请加 --combine;给文件夹里每个文件分别评分请用 kpi batch <文件夹>)`);    // A folder given as the pay file: no word of --combine or kpi batch, which are about the input.
    const pay = await usage(['score', path.join(repoRoot, 'samples', 'cs-scheme-100.march.csv'), '--pay', dir, '--dry-run']);
    expect(pay).toBe(`kpi: 工资文件 ${path.basename(dir)} 是一个文件夹,不是文件。请给出一个 .xlsx 或 .csv 文件`);
  });

  it('a missing input is named once; an existing output is mentioned only when the input is fine', async () => {
    const dir = tempDir();
    const missing = path.join(dir, 'missing.xlsx');
    writeFileSync(path.join(dir, 'missing.graded.xlsx'), 'old');
    expect(await usage(['score', missing])).toBe(`kpi: 找不到文件 ${missing},请检查路径和文件名`);
    const input = path.join(dir, 'm.csv');
    copyFileSync(sample('mattress-cs-monthly.march.csv'), input);
    writeFileSync(path.join(dir, 'm.graded.xlsx'), 'old');
    expect(await usage(['score', input])).toMatch(/^kpi: 输出文件 .*m\.graded\.xlsx 已存在。要替换它请加 --force/);
  });

  it('-o must name an .xlsx (score and template); nothing is written', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'm.csv');
    copyFileSync(sample('mattress-cs-monthly.march.csv'), input);
    const csv = path.join(dir, 'x.csv');
    expect(await usage(['score', input, '-o', csv])).toBe(`kpi: 输出总是 Excel 工作簿(.xlsx),不能写成「${csv}」;请改为 -o ${path.join(dir, 'x.xlsx')}`);
    expect(await usage(['template', 'cs-competency', '-o', path.join(dir, 't.CSV')])).toMatch(/不能写成「.*t\.CSV」;请改为 -o .*t\.xlsx$/);
    expect(await usage(['template', 'cs-competency', '-o', path.join(dir, '结果')])).toMatch(/请改为 -o .*结果\.xlsx$/);
    expect(readdirSync(dir).sort()).toEqual(['m.csv']);
  });

  it('-o into a missing folder and --people of a missing file are full sentences', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'm.csv');
    copyFileSync(sample('mattress-cs-monthly.march.csv'), input);
    expect(await usage(['score', input, '-o', '/nonexistent/dir/t.xlsx'])).toBe(
      'kpi: 无法写入 /nonexistent/dir/t.xlsx:输出文件夹 /nonexistent/dir 不存在。请先创建这个文件夹,或用 -o 指定另一个位置',
    );
    expect(await usage(['template', 'cs-competency', '-o', '/nonexistent/dir/t.xlsx'])).toBe(
      'kpi: 无法写入 /nonexistent/dir/t.xlsx:输出文件夹 /nonexistent/dir 不存在。请先创建这个文件夹,或用 -o 指定另一个位置',
    );
    expect(await usage(['template', 'cs-competency', '--people', path.join(dir, 'nosuch.csv'), '-o', path.join(dir, 't.xlsx')])).toBe(
      `kpi: 读不了名单文件(--people):找不到文件 ${path.join(dir, 'nosuch.csv')},请检查路径和文件名`,
    );
    expect(existsSync(path.join(dir, 't.xlsx'))).toBe(false);
  });
});

describe('a file option given twice (--data four weekly exports)', () => {
  it('is a usage error naming both files: the last one alone was scored on the month\'s targets, the others dropped', async () => {
    const line = await usage(['score', sample('shop-cs-monthly.march.xlsx'), '--data', 'w1.xlsx', '--data', 'w2.xlsx']);
    expect(line).toBe('kpi: --data 只能给一个文件(给了 w1.xlsx、w2.xlsx):kpi 不把几份合在一起(只读一份会丢掉其余的数据);请先把它们合到一个文件里(如整月的导出)后再评分');
    expect(await usage(['score', sample('shop-cs-monthly.march.xlsx'), '--pay', 'a.xlsx', '--pay', 'b.xlsx'])).toContain('--pay 只能给一个文件');
  });
});
