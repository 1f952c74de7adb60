import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { MESSAGES } from '../../src/cli/messages.js';
import { JOBS, optionKinds, parseDuration, parseSize } from '../../src/cli/options.js';
import { captureOutput } from '../../src/cli/output.js';
import { DEFAULT_RECHECK_MS, DEFAULT_SETTLE_MS } from '../../src/batch/types.js';
import { DEFAULT_MAX_SIZE } from '../../src/io/inputSize.js';

// The one options normaliser: every command gets numbers, with the defaults and limits defined once.

function parse(build: (k: ReturnType<typeof optionKinds>) => Command['options'][number][], argv: string[]) {
  const cmd = new Command('x').exitOverride();
  for (const o of build(optionKinds(MESSAGES.zh))) cmd.addOption(o);
  cmd.parse(argv, { from: 'user' });
  return cmd.opts();
}

describe('option values', () => {
  it('--period of kpi score: a month however written becomes 2026-03; a quarter or a year stays; 2026-13 and 三月 are refused', () => {
    const period = (v: string) => parse((k) => [k.period('')], ['--period', v]).period;
    expect(['2026-03', '2026年3月', '2026.3', '202603'].map(period)).toEqual(['2026-03', '2026-03', '2026-03', '2026-03']);
    expect(['2026-Q1', '2026', '2026年第一季度'].map(period)).toEqual(['2026-Q1', '2026', '2026年第一季度']);
    expect(() => period('2026-13')).toThrow('--period 应为考核月份(如 2026-03、2026年3月)或季度、年度(2026-Q1、2026),实际为「2026-13」');
    expect(() => period('三月')).toThrow('实际为「三月」');
  });

  it('kpi template --period 2026-13 is refused as kpi score refuses it (it wrote 2026-13 into every 考核月份, exit 0)', async () => {
    const o = captureOutput();
    const code = await main(['template', 'mattress-cs-monthly', '--period', '2026-13', '-o', '/nonexistent/x.xlsx'], { output: o });
    expect([code, o.stderr.trim()]).toEqual([2, 'kpi: --period 应为考核月份(如 2026-03、2026年3月)或季度、年度(2026-Q1、2026),实际为「2026-13」']);
  });

  it('a choice takes its Chinese words where the help shows them (rollup --period 季度 is quarter, 年度 is year)', () => {
    const pick = (v: string) => parse((k) => [k.choice('--period <quarter|year>', '', ['quarter', 'year'], { 季度: 'quarter', 年度: 'year' })], ['--period', v]).period;
    expect([pick('季度'), pick('年度'), pick('Quarter')]).toEqual(['quarter', 'year', 'quarter']);
  });

  it('--max-size defaults to 100 MB = 100 × 1024 × 1024 = 104 857 600 bytes and parses sizes to bytes', () => {
    expect(DEFAULT_MAX_SIZE).toBe(104_857_600);
    expect(parse((k) => [k.maxSize('')], []).maxSize).toBe(104_857_600);
    // 200MB = 200 × 1 048 576; 1.5g = 1.5 × 1 073 741 824; 500k = 500 × 1024
    expect(parse((k) => [k.maxSize('')], ['--max-size', '200MB']).maxSize).toBe(209_715_200);
    expect(parse((k) => [k.maxSize('')], ['--max-size', '1.5g']).maxSize).toBe(1_610_612_736);
    expect(parse((k) => [k.maxSize('')], ['--max-size', '500k']).maxSize).toBe(512_000);
  });

  it('--settle defaults to 30 s = 30 000 ms; --wait has no default', () => {
    expect(DEFAULT_SETTLE_MS).toBe(30_000);
    const o = parse((k) => [k.duration('--settle <time>', ''), k.duration('--wait <time>', '')], []);
    expect(o).toEqual({ settle: 30_000 });
    // 5m = 5 × 60 000 ms; 1500ms as written; 2 (no unit) = 2 s
    expect(parse((k) => [k.duration('--wait <time>', '')], ['--wait', '5m']).wait).toBe(300_000);
    expect(parse((k) => [k.duration('--settle <time>', '')], ['--settle', '1500ms']).settle).toBe(1500);
    expect(parse((k) => [k.duration('--settle <time>', '')], ['--settle', '2']).settle).toBe(2000);
  });

  it('--recheck defaults to 1 s = 1000 ms, parses durations to ms, and refuses text that is not one', () => {
    expect(DEFAULT_RECHECK_MS).toBe(1000);
    expect(parse((k) => [k.duration('--recheck <time>', '')], []).recheck).toBe(1000);
    // 0s = no pause; 250ms as written; 2.5 (no unit) = 2.5 s = 2500 ms
    expect(parse((k) => [k.duration('--recheck <time>', '')], ['--recheck', '0s']).recheck).toBe(0);
    expect(parse((k) => [k.duration('--recheck <time>', '')], ['--recheck', '250ms']).recheck).toBe(250);
    expect(parse((k) => [k.duration('--recheck <time>', '')], ['--recheck', '2.5']).recheck).toBe(2500);
    expect(() => parse((k) => [k.duration('--recheck <time>', '')], ['--recheck', 'soon'])).toThrow('--recheck 的值「soon」看不懂,应为如 30s、5m、1h 的时长');
  });

  it('--jobs is a whole number from 1 to 64, given to the command as a number', () => {
    expect(JOBS).toEqual({ min: 1, max: 64 });
    expect(parse((k) => [k.jobs('')], ['--jobs', '3']).jobs).toBe(3);
    expect(parse((k) => [k.jobs('')], []).jobs).toBeUndefined();
    for (const bad of ['0', '65', '2.5', 'x', '-1']) {
      expect(() => parse((k) => [k.jobs('')], ['--jobs', bad]), bad).toThrow(`--jobs 应为 1 到 64 之间的整数,实际为「${bad}」`);
    }
  });

  it('a choice matches without regard to case and returns the listed spelling', () => {
    expect(parse((k) => [k.choice('--encoding <name>', '', ['utf-8', 'gb18030'])], ['--encoding', 'GB18030']).encoding).toBe('gb18030');
  });

  it('parseSize and parseDuration say null for text that is not one', () => {
    expect(parseSize('200 MiB')).toBe(209_715_200);
    expect(parseSize('lots')).toBeNull();
    // No workbook is under a limit of nothing: a usage error, not every file failed (「超过工作簿上限 0 字节」).
    expect(parseSize('0')).toBeNull();
    expect(parseSize('0MB')).toBeNull();
    expect(parseSize('1')).toBe(1);
    expect(parseDuration('1h')).toBe(3_600_000);
    expect(parseDuration('soon')).toBeNull();
  });

  it('--max-size 0 is a usage error, as text that is no size is', () => {
    expect(() => parse((k) => [k.maxSize('')], ['--max-size', '0'])).toThrow('--max-size 的值「0」看不懂,应为如 200MB、1GB 的大小');
  });

  it('the help of score, batch and rollup shows the one default', async () => {
    for (const command of ['score', 'batch', 'rollup']) {
      const output = captureOutput();
      expect(await main([command, '--help'], { output, env: {} })).toBe(0);
      expect(output.stdout, command).toMatch(/--max-size <大小>\s+[^\n]*(默认:100MB)/);
    }
  });

  it('the Chinese help names every value in Chinese: no <month> beside <大小>', async () => {
    for (const command of ['score', 'template', 'batch', 'rollup', 'forms']) {
      const output = captureOutput();
      expect(await main([command, '--help'], { output, env: { KPI_LANG: 'zh' } })).toBe(0);
      // `kpi forms <id>` in the closing line is a command to type, the same in both languages.
      expect(output.stdout.match(/<[A-Za-z][^>]*>/g)?.filter((p) => p !== '<id>') ?? [], command).toEqual([]);
    }
    const output = captureOutput();
    await main(['score', '--help'], { output, env: { KPI_LANG: 'zh' } });
    expect(output.stdout).toMatch(/--period <月份>/);
  });
});
