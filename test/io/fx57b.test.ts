// Red-team finding 57 (/tmp/rt57S/t/cc/q2, test/fixtures/fx57b): a peer's copy named 同事乙-3月.xlsx still headed 2026-02
// (filled on February's template) was rolled into February as a third rater at exit 0, where 同事乙-2026年3月.xlsx is refused
// (header against file name). A bare month in the name (「3月」, 「三月」) now disagrees with the header's month as a full one does.
//
// §9 cs-competency: 优秀 / 良好 / 一般 = 100 / 80 / 60 on all five items; 主管 70 %, 同事 10 %, 客户 20 %; no 客户 copy, so
// its share goes to the others pro rata: 主管 70/80, 同事 10/80 (peers averaged).
//   February (主管 + 同事甲): 林娜 100×70/80 + 80×10/80 = 87.5 + 10 = 97.5; 周杰 80×70/80 + 80×10/80 = 80;
//                           陈晨 60×70/80 + 80×10/80 = 52.5 + 10 = 62.5.
//   March (主管 + 同事甲 + 同事乙, 同事乙 一般 = 60 throughout):
//     林娜 80×70/80 + (100 + 60)/2×10/80 = 70 + 10 = 80; 周杰 100×70/80 + 80×10/80 = 87.5 + 10 = 97.5;
//     陈晨 80×70/80 + 80×10/80 = 70 + 10 = 80.
//   Period (mean of the two): 林娜 (97.5 + 80)/2 = 88.75; 周杰 (80 + 97.5)/2 = 88.75; 陈晨 (62.5 + 80)/2 = 71.25.
// Read wrongly (同事乙 in February): 林娜 Feb 87.5 + (80 + 60)/2×10/80 = 96.25, Mar 70 + 100×10/80 = 82.5 → 89.38.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollupFiles } from '../../src/io/rollup/index.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { fillRoster } from '../../src/io/fillTemplate.js';
import { gradeFile } from '../../src/io/grade.js';
import { form, repoRoot, tempDir } from '../helpers.js';

const fx = (name: string) => path.join(repoRoot, 'test/fixtures/fx57b', name);
const COMMON = ['2026-02-主管.xlsx', '2026-02-同事甲.xlsx', '2026-03-主管.xlsx', '2026-03-同事甲.xlsx'];

/** The four sound copies plus the peer's (fixture `peer`) saved as `peerName`, in a fresh folder. */
async function folder(peer: string, peerName: string): Promise<string[]> {
  const dir = tempDir();
  const files = [...COMMON.map((f) => [f, f]), [peer, peerName]].map(([from, to]) => [fx(from!), path.join(dir, to!)] as const);
  for (const [from, to] of files) await fs.copyFile(from, to);
  return files.map(([, to]) => to);
}

const people = (r: Extract<Awaited<ReturnType<typeof rollupFiles>>, { ok: true }>) =>
  r.report.result.people.map((p) => [p.name, p.months['2026-02']?.total, p.months['2026-03']?.total, p.total]);

describe('a bare month in a file name against the header\'s month (rollup)', () => {
  it('同事乙-3月.xlsx headed 2026-02: refused as 同事乙-2026年3月.xlsx is (was February\'s third rater, 林娜 96.25 / 82.50 at exit 0)', async () => {
    const out = await rollupFiles(await folder('同事乙-3月.xlsx', '同事乙-3月.xlsx'), { output: null });
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.failures.map((p) => [p.code, (p.params as { case?: string }).case, path.basename(p.file ?? '')])).toEqual([['month-unknown', 'header-and-name', '同事乙-3月.xlsx']]);
      expect(out.failures[0]!.message).toBe('同事乙-3月.xlsx:表头的考核月份是 2026-02,文件名却是 3月(复制上个月的表忘了改月份?);请改正表头或文件名,表头对时也可以用 --month 同事乙-3月.xlsx=2026-02 确认');
    }
  });

  it('the month in Chinese numerals, 同事乙-三月.xlsx, the same', async () => {
    const out = await rollupFiles(await folder('同事乙-3月.xlsx', '同事乙-三月.xlsx'), { output: null });
    expect(out.ok ? [] : out.failures.map((p) => p.message)).toEqual([
      '同事乙-三月.xlsx:表头的考核月份是 2026-02,文件名却是 3月(复制上个月的表忘了改月份?);请改正表头或文件名,表头对时也可以用 --month 同事乙-三月.xlsx=2026-02 确认',
    ]);
  });

  it('kept: 同事乙-3月.xlsx headed 2026-03 is March\'s second peer (林娜 97.50 / 80.00 → 88.75)', async () => {
    const out = await rollupFiles(await folder('同事乙-3月.header-march.xlsx', '同事乙-3月.xlsx'), { output: null });
    if (!out.ok) throw new Error(out.failures.map((p) => p.message).join('\n'));
    expect(out.report.result.months).toEqual(['2026-02', '2026-03']);
    expect(people(out)).toEqual([
      ['林娜', 97.5, 80, 88.75],
      ['周杰', 80, 97.5, 88.75],
      ['陈晨', 62.5, 80, 71.25],
    ]);
  });

  it('kept: the header confirmed with --month (the suggestion), and a Chinese month inside a word (五月花-同事乙.xlsx) is no month', async () => {
    // --month 同事乙-3月.xlsx=2026-02: February's third rater, as the user says — 林娜 Feb 87.5 + (80 + 60)/2 × 10/80 = 96.25.
    const files = await folder('同事乙-3月.xlsx', '同事乙-3月.xlsx');
    const confirmed = await rollupFiles(files, { output: null, months: new Map([['同事乙-3月.xlsx', '2026-02']]) });
    if (!confirmed.ok) throw new Error(confirmed.failures.map((p) => p.message).join('\n'));
    expect(people(confirmed)[0]).toEqual(['林娜', 96.25, 82.5, 89.375]);
    // 「五月」 runs into 花 (a name, not May): the header's 2026-02 stands, compared with nothing.
    const word = await rollupFiles(await folder('同事乙-3月.xlsx', '五月花-同事乙.xlsx'), { output: null });
    if (!word.ok) throw new Error(word.failures.map((p) => p.message).join('\n'));
    expect(word.report.result.months).toEqual(['2026-02', '2026-03']);
  });
});

describe('a graded copy named for March holding April (三月.graded-2.xlsx beside 三月.graded.xlsx)', () => {
  // (rollup.test.ts's look-alike regrade names, 考核.graded-2.xlsx reused for April, named for March instead.)
  // (It was refused as 「三月.graded.xlsx 与…三月.graded-2.xlsx 不同…请移走过时的一份」, March's result the one to move.)
  it('is refused as 2026-03.graded-2.xlsx would be; confirmed with --month, two months: (90 + 100) / 2 = 95', async () => {
    const f = await form('mattress-cs-monthly');
    const dir = tempDir();
    const src = tempDir();
    // §8 with 回访 40/40 (20) and nothing deducted (20 + 15 + 10), 业务知识 10 + 10 (考勤): 75 + M5 10 + M6: 5 → 90, 15 → 100.
    const write = async (file: string, period: string, m6: number) => {
      const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
      fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, f, [{
        header: { employeeId: '1', name: '王芳', department: '客服部', period },
        values: { 'M1.N': 40, 'M1.V': 40, 'M4.base': 10, M5: 10, M6: m6 },
      }]);
      await wb.xlsx.writeFile(file);
      return file;
    };
    const pairs = [[await write(path.join(src, 'one.xlsx'), '2026-03', 5), '三月.graded.xlsx'], [await write(path.join(src, 'two.xlsx'), '2026-04', 15), '三月.graded-2.xlsx']] as const;
    for (const [input, output] of pairs) {
      const g = await gradeFile(input, { output: path.join(dir, output) });
      if (!g.ok) throw new Error(g.failure.message);
    }
    const refused = await rollupFiles([dir], { output: null });
    expect(refused.ok ? [] : refused.failures.map((p) => p.message)).toEqual([
      '三月.graded-2.xlsx:表头的考核月份是 2026-04,文件名却是 3月(复制上个月的表忘了改月份?);请改正表头或文件名,表头对时也可以用 --month 三月.graded-2.xlsx=2026-04 确认',
    ]);
    const confirmed = await rollupFiles([dir], { output: null, months: new Map([['三月.graded-2.xlsx', '2026-04']]) });
    if (!confirmed.ok) throw new Error(confirmed.failures.map((p) => p.message).join('\n'));
    expect([confirmed.report.result.months, confirmed.report.result.people.map((p) => [p.name, p.total])]).toEqual([['2026-03', '2026-04'], [['王芳', 95]]]);
  });
});
