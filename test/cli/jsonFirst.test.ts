import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonAfterCommand, main } from '../../src/cli/main.js';
import { captureOutput } from '../../src/cli/output.js';
import { repoRoot } from '../helpers.js';

// README: --json may go anywhere on the line. `kpi --json score x.xlsx` was refused (exit 2, 不认识的选项 --json): a
// script that puts it first could not run at all.
describe('--json before the command', () => {
  it.each<[string[], string[]]>([
    [['--json', 'score', 'x.xlsx'], ['score', '--json', 'x.xlsx']],
    [['--lang', 'zh', '--json', 'forms'], ['--lang', 'zh', 'forms', '--json']],
    [['--no-color', '--json', 'forms', 'cs-rep'], ['--no-color', 'forms', '--json', 'cs-rep']],
    [['score', 'x.xlsx', '--json'], ['score', 'x.xlsx', '--json']],
    [['--json'], ['--json']],
    [['--json', '--version'], ['--json', '--version']],
  ])('%j is read as %j', (given, read) => {
    expect(jsonAfterCommand(given)).toEqual(read);
  });

  it('kpi --json forms lists the 29 forms as JSON, exit 0', async () => {
    const o = captureOutput();
    expect(await main(['--json', 'forms'], { output: o })).toBe(0);
    expect(JSON.parse(o.stdout)).toHaveLength(29);
  });

  it('kpi --json score <sample> --dry-run gives the score document (the sample has one person in error: exit 1)', async () => {
    const o = captureOutput();
    const code = await main(['--json', 'score', path.join(repoRoot, 'samples', 'cs-rep.march.roster.xlsx'), '--dry-run'], { output: o, gradeOnThisThread: true });
    expect(code).toBe(1);
    expect(JSON.parse(o.stdout)).toMatchObject({ form: 'cs-rep' });
  });
});
