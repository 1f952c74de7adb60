import { Command, CommanderError, Option } from 'commander';
import { removePendingTemporaryFiles } from '../io/atomic.js';
import { batchCommand } from './batch.js';
import { formsCommand } from './forms.js';
import { EXIT, makeOutput, UsageError } from './output.js';
import { scoreCommand } from './score.js';
import { templateCommand } from './template.js';
import { VERSION } from '../version.js';

// The only place that ends the process: commands return exit codes.
export async function main(argv: string[]): Promise<number> {
  const o = makeOutput({ color: !argv.includes('--no-color') });
  let code: number = EXIT.ok;
  const program = new Command('kpi')
    .description('客服考核表评分工具:读取填好的考核表(.xlsx/.csv),逐项核对并评分,生成评分后的工作簿')
    .version(VERSION, '-V, --version', '显示版本')
    .helpOption('-h, --help', '显示帮助')
    .addHelpCommand('help [command]', '显示某个命令的帮助')
    .option('--no-color', '不使用颜色')
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });

  program
    .command('score')
    .description('评分:读取填好的考核表,写出 <文件名>.graded.xlsx 并在终端显示汇总')
    .argument('<file>', '填好的考核表(.xlsx 或 .csv)')
    .option('-f, --form <id|file.json>', '考核表定义:内置表单 id 或自己的定义文件(默认从模板标记识别)')
    .option('-o, --output <path>', '输出文件(默认与输入同目录的 <名称>.graded.xlsx)')
    .option('--force', '输出文件已存在时替换它')
    .option('--json', '以 JSON 输出结果(给脚本用)')
    .option('--dry-run', '只检查和评分,不写输出文件')
    .option('--max-size <size>', '工作簿解压后单个部件的大小上限,如 200MB', '100MB')
    .addOption(new Option('--encoding <name>', 'CSV 编码(默认自动识别)').choices(['utf-8', 'gb18030', 'gbk', 'utf-16le', 'utf-16be']))
    .option('--pay <file>', '工资文件(.csv/.xlsx,列:工号或姓名、绩效基数、基本工资):加算绩效奖金和工资总额')
    .option('-v, --verbose', '显示更多信息')
    .action(async (file: string, flags) => {
      code = await scoreCommand(o, file, flags);
    });

  program
    .command('template')
    .description('生成空白考核表模板(.xlsx)')
    .argument('<form>', '考核表 id(见 kpi forms)或定义文件')
    .option('--layout <layout>', 'form:每人一张表(默认);roster:一张名单表,每人一行', 'form')
    .option('--people <file>', '名单(.csv/.xlsx,列:姓名、工号、部门),每人生成一张已填好姓名的表')
    .option('-o, --output <path>', '输出文件(默认 <id>.xlsx)')
    .option('--force', '输出文件已存在时替换它')
    .action(async (form: string, flags) => {
      code = await templateCommand(o, form, flags);
    });

  program
    .command('batch')
    .description('批量评分:给文件夹里的所有考核表评分(适合 cron 定时运行),可重复运行、可随时中断')
    .argument('<folder>', '要评分的文件夹')
    .option('--out <dir>', '输出文件夹(默认写在各输入文件旁边);报告和清单也放在这里')
    .option('-r, --recursive', '包括子文件夹')
    .option('-f, --form <id|file.json>', '所有文件都按这个考核表评分(默认从模板标记识别)')
    .option('--force', '忽略清单,全部重新评分')
    .option('--settle <time>', '修改时间距今不足这么久的文件视为仍在写入,留待下次', '30s')
    .option('--jobs <n>', '并行数(默认为 CPU 核数)')
    .option('--move-done <dir>', '评分完成后把输入文件移到这个文件夹')
    .option('--wait <time>', '另一个批量评分正在运行时最多等待多久(默认不等,退出码 2)')
    .option('--max-size <size>', '工作簿解压后单个部件的大小上限', '100MB')
    .option('-q, --quiet', '只输出问题')
    .option('--json', '以 JSON 输出批量报告')
    .action(async (folder: string, flags) => {
      code = await batchCommand(o, folder, flags);
    });

  program
    .command('forms')
    .description('列出内置的考核表;给出定义文件时检查它')
    .argument('[file]', '要检查的定义文件(.json)')
    .option('--json', '以 JSON 输出')
    .action(async (file: string | undefined, flags: { json?: boolean }) => {
      code = await formsCommand(o, file, flags.json ?? false);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.cannotRun;
    }
    if (err instanceof UsageError) {
      o.err(`kpi: ${err.message}`);
      return EXIT.cannotRun;
    }
    o.err(`kpi: 内部错误:${(err as Error)?.message ?? err}。这是 kpi 的缺陷,请把这条信息和所用文件报告给维护者。`);
    if (process.env.KPI_DEBUG) o.err(String((err as Error)?.stack));
    return EXIT.cannotRun;
  }
  return code;
}

let signalDelegate: (() => void) | null = null;

/** A long command (batch) stops gracefully on the first signal; a second one ends the process at once. */
export function delegateSignals(handler: (() => void) | null): void {
  signalDelegate = handler;
}

export function installSignalHandlers(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (signalDelegate) {
        const handler = signalDelegate;
        signalDelegate = null;
        handler();
        return;
      }
      removePendingTemporaryFiles();
      process.stderr.write(`\nkpi: 收到 ${signal},已停止;未完成的输出已删除,原始文件未改动。\n`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}
