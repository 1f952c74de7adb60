import { Argument, Command, Option, type Help, type HelpConfiguration } from 'commander';
import { displayWidth } from '../engine/text.js';
import { VERSION } from '../version.js';
import { shippedFormIds } from '../forms/shipped.js';
import { isInputName, isWorkbookName } from '../io/formats/names.js';
import { LANGS, MESSAGES, type Lang, type Messages } from './messages.js';
import type { Output } from './output.js';
import { UsageError } from './output.js';
import { ENCODINGS, optionKinds, type RunMode } from './options.js';
import { suggestSimilar } from './suggest.js';

// The one place the command line is declared. Commands are imported when they run, so `--help` and
// `--version` load nothing else. Every usage error becomes one line in the chosen language (UsageError,
// exit 2): the parser's own English messages are never printed.

/** Sets the exit code of the command that ran. */
export type ExitSink = (code: number) => void;

/** Commander's error paths, answered in our words. These hooks are commander's (v14) own methods. */
class KpiCommand extends Command {
  constructor(name: string | undefined, readonly t: Messages) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new KpiCommand(name, this.t);
  }

  private path(): string {
    const names: string[] = [];
    for (let c: Command | null = this; c; c = c.parent) names.unshift(c.name());
    return names.join(' ');
  }

  unknownOption(flag: string): void {
    if ((this as unknown as { _allowUnknownOption: boolean })._allowUnknownOption) return;
    const candidates: string[] = [];
    for (let c: Command | null = this; c; c = c.parent) {
      for (const o of c.options) if (o.long) candidates.push(o.long);
    }
    candidates.push('--help', '--version');
    // Where the form is the command's argument (template, forms), --form is no slip of --force.
    if ((flag === '--form' || flag.startsWith('--form=')) && ['template', 'forms'].includes(this.name())) throw new UsageError(this.t.formIsArgument(this.path()));
    throw new UsageError(this.t.unknownOption(flag, this.path(), flag.startsWith('--') ? suggestSimilar(flag, candidates) : null));
  }

  unknownCommand(): void {
    const name = String(this.args[0]);
    const commands = this.commands.map((c) => c.name());
    // `kpi march.xlsx`: the user meant to grade it.
    const looksLikeFile = isInputName(name) || isWorkbookName(name);
    const suggestion = looksLikeFile ? `kpi score ${name}` : suggestSimilar(name, commands);
    throw new UsageError(this.t.unknownCommand(name, suggestion, commands.filter((c) => c !== 'help')));
  }

  missingArgument(name: string): void {
    throw new UsageError(this.t.missingArgument(this.t.terms[name] ?? name, usageOf(this, this.t)));
  }

  optionMissingArgument(option: Option): void {
    throw new UsageError(this.t.optionMissingValue(localFlags(option.flags, this.t), this.path()));
  }

  missingMandatoryOptionValue(option: Option): void {
    throw new UsageError(this.t.optionMissingValue(localFlags(option.flags, this.t), this.path()));
  }

  _excessArguments(received: string[]): void {
    if ((this as unknown as { _allowExcessArguments: boolean })._allowExcessArguments) return;
    const expected = this.registeredArguments.length;
    throw new UsageError(this.t.excessArguments(this.path(), expected, received.slice(expected)));
  }

  /** `kpi help nosuch`: the same answer as `kpi nosuch`. */
  _dispatchHelpCommand(name?: string): unknown {
    if (name && !this.commands.some((c) => c.name() === name || c.aliases().includes(name))) {
      this.args = [name];
      this.unknownCommand();
    }
    return (Command.prototype as unknown as { _dispatchHelpCommand(n?: string): unknown })._dispatchHelpCommand.call(this, name);
  }

  /** Anything else the parser refuses (a future commander check): still one line, exit 2. */
  override error(message: string): never {
    throw new UsageError(this.t.otherUsage(message.replace(/^error:\s*/i, '').replace(/\s*\n\s*/g, ' ')));
  }
}

function localFlags(flags: string, t: Messages): string {
  return flags.replace(/([<[])([^>\]]+)([>\]])/g, (all, open: string, name: string, close: string) => `${open}${t.terms[name] ?? name}${close}`);
}

function usageOf(cmd: Command, t: Messages): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return `${names.join(' ')} ${argsOf(cmd, t)}`;
}

function argsOf(cmd: Command, t: Messages): string {
  const parts: string[] = [];
  if (cmd.options.length) parts.push(t.optionsWord);
  if (cmd.commands.length) parts.push(t.commandWord);
  for (const a of cmd.registeredArguments) {
    const name = t.terms[a.name()] ?? a.name();
    parts.push(a.required ? `<${name}>` : `[${name}]`);
  }
  return parts.join(' ');
}


const CJK = '\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f';
// A placeholder such as <名称>.graded.xlsx stays whole; otherwise Chinese breaks between any two characters.
const CHUNK = new RegExp(`\\s*(?:<[^>\\s]+>[^\\s${CJK}]*|[${CJK}]|[^\\s${CJK}]+)`, 'g');
const NO_LINE_START = /^[,。;:、)」』!?%)]/;

/** Wraps at spaces and between Chinese characters (commander alone breaks only at spaces). */
export function wrapText(text: string, width: number): string {
  if (width < 20) return text;
  return text
    .split(/\r?\n/)
    .map((line) => {
      const lines: string[][] = [];
      let current: string[] = [];
      // Chunks keep the space before them until a line is printed: a word moved to the next line keeps it from the
      // word after it (「gross pay」 came out as 「grosspay」).
      for (const chunk of line.match(CHUNK) ?? []) {
        if (current.length && displayWidth((current.join('') + chunk).trimStart()) > width) {
          // Punctuation never starts a line: it takes the chunk before it along (hanging past the width, lines of 82
          // columns wrapped again on an 80-column terminal).
          const along = NO_LINE_START.test(chunk) && current.length > 1 ? [current.pop()!] : NO_LINE_START.test(chunk) ? null : [];
          if (along === null) current.push(chunk);
          else {
            lines.push(current);
            current = [...along, chunk];
          }
        } else current.push(chunk);
      }
      lines.push(current);
      // No orphan: a last line of one or two characters (「别)」) takes a few more from the line above.
      const last = lines[lines.length - 1]!;
      const above = lines[lines.length - 2];
      while (above && above.length > 4 && displayWidth(last.join('').trim()) < 8) {
        last.unshift(above.pop()!);
      }
      return lines.map((l, k) => (k === 0 ? l.join('').trimEnd() : l.join('').trim())).join('\n');
    })
    .join('\n');
}

function helpConfig(t: Messages, lang: Lang): HelpConfiguration {
  const extra = (desc: string, info: string[]) =>
    info.length === 0 ? desc : lang === 'zh' ? `${desc}(${info.join(';')})` : `${desc} (${info.join(', ')})`;
  return {
    styleTitle: (s: string) => t.headings[s as keyof Messages['headings']] ?? s,
    commandUsage: (cmd: Command) => usageOf(cmd, t),
    subcommandTerm: (cmd: Command) => `${cmd.name()} ${argsOf(cmd, t)}`.trim(),
    optionTerm: (o: Option) => localFlags(o.flags, t),
    argumentTerm: (a: Argument) => t.terms[a.name()] ?? a.name(),
    optionDescription: (o: Option) => {
      const info: string[] = [];
      if (o.argChoices) info.push(t.choicesAre(o.argChoices));
      if (o.defaultValue !== undefined && (o.required || o.optional)) info.push(t.defaultIs(o.defaultValueDescription ?? String(o.defaultValue)));
      return extra(o.description, info);
    },
    argumentDescription: (a: Argument) => a.description,
    displayWidth,
    boxWrap: wrapText,
    // A narrow terminal (60 columns) still wraps the descriptions: commander stops below 40 columns left for them.
    minWidthToWrap: 20,
  } as Partial<Help> as HelpConfiguration;
}

/**
 * Help pages wrap at 80 columns, or at a narrower terminal's width: wider lines of Chinese are harder to read, and a
 * page that does not depend on the terminal can be answered ready-made (quick.cts).
 */
export const HELP_WIDTH = 80;
const helpWidth = (columns: number | undefined) => Math.min(columns || HELP_WIDTH, HELP_WIDTH);

/** The `kpi` program; each action reports its exit code to `exit`. Output goes through `o`. */
export function buildProgram(lang: Lang, o: Output, exit: ExitSink, mode: RunMode = { gradeOnThisThread: false }): Command {
  const t = MESSAGES[lang];
  const d = t.d;
  const { choice, maxSize, jobs, duration, period } = optionKinds(t);

  const program = new KpiCommand('kpi', t)
    .description(d.program)
    .version(VERSION, '-V, --version', d.version)
    .helpOption('-h, --help', d.help)
    .helpCommand('help [command]', d.helpCommand)
    .option('--no-color', d.noColor)
    .addOption(choice('--lang <lang>', d.lang, LANGS))
    .exitOverride()
    .configureHelp(helpConfig(t, lang))
    .configureOutput({
      writeOut: (s) => o.write('out', s),
      writeErr: (s) => o.write('err', s),
      outputError: (s) => o.write('err', s),
      getOutHelpWidth: () => helpWidth(o.columns),
      getErrHelpWidth: () => helpWidth(process.stderr.isTTY ? process.stderr.columns : undefined),
    });

  const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];
  // One file each (--data four weekly exports: the last week was scored on the month's targets, the others dropped).
  const once = (flag: string) => (value: string, previous: string | undefined) => {
    if (previous !== undefined) throw new UsageError(t.optionTwice(flag, [previous, value]));
    return value;
  };
  program
    .command('score')
    .description(d.score)
    .argument('<file...>', d['score.file'])
    .option('-f, --form <id|file.json>', d['score.form'])
    .option('-o, --output <path>', d['score.output'])
    .option('--force', d['score.force'])
    .option('--json', d['score.json'])
    .option('--dry-run', d['score.dryRun'])
    .addOption(maxSize(d['score.maxSize']))
    .addOption(choice('--encoding <name>', d['score.encoding'], ENCODINGS))
    .option('-v, --verbose', d['score.verbose'])
    .option('--all', d['score.all'])
    .option('--pay <file>', d['score.pay'], once('--pay'))
    .option('--data <file>', d['score.data'], once('--data'))
    .option('--include-hidden', d['score.includeHidden'])
    .addOption(period(d['score.period']))
    .option('--previous <file>', d['score.previous'], once('--previous'))
    .addHelpText('after', () => formIdsHelp(lang))
    .option('--limit <band=share>', d['score.limit'], collect)
    .option('--combine', d['score.combine'])
    .action(async (file: string[], flags) => {
      const { scoreCommand } = await import('./score.js');
      exit(await scoreCommand(o, file, flags, t, mode));
    });

  program
    .command('template')
    .description(d.template)
    .argument('<form>', d['template.form'])
    .addOption(choice('--layout <layout>', d['template.layout'], ['form', 'roster']).default('form'))
    .option('--people <file>', d['template.people'])
    .addOption(period(d['template.period']))
    .option('--rater <rater>', d['template.rater'])
    .addOption(maxSize(d['template.maxSize']))
    .option('-o, --output <path>', d['template.output'])
    .option('--force', d['template.force'])
    .addHelpText('after', () => formIdsHelp(lang))
    .action(async (form: string, flags, command: Command) => {
      const { templateCommand } = await import('./template.js');
      exit(await templateCommand(o, form, { ...flags, layoutGiven: command.getOptionValueSource('layout') === 'cli' }, t));
    });

  program
    .command('batch')
    .description(d.batch)
    .argument('<folder>', d['batch.folder'])
    .option('--out <dir>', d['batch.out'])
    .option('-r, --recursive', d['batch.recursive'])
    .option('-f, --form <id|file.json>', d['batch.form'])
    .option('--force', d['batch.force'])
    .addOption(duration('--settle <time>', d['batch.settle']))
    .addOption(duration('--recheck <time>', d['batch.recheck']))
    .addOption(jobs(d['batch.jobs']))
    .option('--move-done <dir>', d['batch.moveDone'])
    .addOption(duration('--wait <time>', d['batch.wait']))
    .addOption(maxSize(d['batch.maxSize']))
    .option('--include-hidden', d['batch.includeHidden'])
    .option('-q, --quiet', d['batch.quiet'])
    .option('--json', d['batch.json'])
    .action(async (folder: string, flags) => {
      const { batchCommand } = await import('./batch.js');
      exit(await batchCommand(o, folder, flags, mode));
    });

  program
    .command('rollup')
    .description(d.rollup)
    .argument('<files...>', d['rollup.files'])
    .addOption(choice('--period <quarter|year>', d['rollup.period'], ['quarter', 'year'], { 季度: 'quarter', 季: 'quarter', 年度: 'year', 年: 'year' }))
    .option('-f, --form <id|file.json>', d['rollup.form'])
    .option('--month <file=month>', d['rollup.month'], collect)
    .option('-o, --output <path>', d['rollup.output'])
    .option('--force', d['rollup.force'])
    .option('--json', d['rollup.json'])
    .option('--dry-run', d['rollup.dryRun'])
    .option('--include-hidden', d['rollup.includeHidden'])
    .addOption(maxSize(d['rollup.maxSize']))
    .option('--all', d['rollup.all'])
    .option('--limit <band=share>', d['rollup.limit'], collect)
    .action(async (files: string[], flags) => {
      const { rollupCommand } = await import('./rollup.js');
      exit(await rollupCommand(o, files, flags, t));
    });

  program
    .command('forms')
    .description(d.forms)
    .argument('[file]', d['forms.file'])
    .option('--json', d['forms.json'])
    .action(async (file: string | undefined, flags: { json?: boolean }) => {
      const { formsCommand } = await import('./forms.js');
      exit(await formsCommand(o, file, flags.json ?? false));
    });

  return program;
}

/** The shipped form ids, under the help of score and template. */
function formIdsHelp(lang: Lang): string {
  const ids = shippedFormIds();
  const head = lang === 'en' ? 'Forms (kpi forms <id> shows how one scores):' : '内置考核表(kpi forms <id> 查看评分方法):';
  const lines: string[] = [];
  for (let i = 0; i < ids.length; i += 3) lines.push(`  ${ids.slice(i, i + 3).join('  ')}`);
  return `\n${head}\n${lines.join('\n')}\n`;
}
