// The worker threads start during the re-check pause and the hashing when some file is sure to be graded
// (runBatch, someSurelyGraded), once the files to grade are known otherwise, and never when nothing is to be.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/runBatch.js';
import { allGraded, assertBuilt, batchFolders, graderModule, options, put, putOnePersonFiles, reportOf, statuses } from './helpers.js';

beforeAll(assertBuilt);

/** The fake grader, noting in `log` each time a worker thread loads it. */
async function countingGrader(dir: string): Promise<{ module: string; loads: () => Promise<number> }> {
  const log = path.join(dir, 'loads.txt');
  const module = await graderModule(dir, 'counting-grade.mjs', `appendFileSync(${JSON.stringify(log)}, 'x');\nexport const gradeFile = fake;\n`);
  return { module, loads: async () => (await fs.readFile(log, 'utf8').catch(() => '')).length };
}

describe('batch: when the worker threads start', () => {
  it('new files: started early; nothing changed: none started; same size, new content: started once known', async () => {
    const { root, inbox, out } = await batchFolders();
    const grader = await countingGrader(root);
    await put(inbox, 'a.xlsx', { people: [{ id: 'E1', name: '甲' }] });
    await put(inbox, 'b.xlsx', { people: [{ id: 'E2', name: '乙' }] });
    const run = () => runBatch(options(inbox, { out, jobs: 2, gradeModule: grader.module }));

    expect(statuses(reportOf(await run()))).toEqual({ 'a.xlsx': 'graded', 'b.xlsx': 'graded' });
    // Grading starts with the first worker ready: the second may still be loading when both files are done.
    const first = await grader.loads();
    expect(first === 1 || first === 2).toBe(true);

    expect(statuses(reportOf(await run()))).toEqual({ 'a.xlsx': 'skipped-unchanged', 'b.xlsx': 'skipped-unchanged' });
    expect(await grader.loads()).toBe(first);

    // Same size, other content: only the hash tells, and the workers start then (one file: one worker).
    await put(inbox, 'a.xlsx', { people: [{ id: 'E1', name: '丙' }] });
    const third = reportOf(await run());
    expect(statuses(third)).toEqual({ 'a.xlsx': 'graded', 'b.xlsx': 'skipped-unchanged' });
    expect(third.files[0]!.people).toBe(1);
    expect(await grader.loads()).toBe(first + 1);
  });

  it('grading begins with the first worker ready: a second worker slow to load does not hold the files back', async () => {
    const { root, inbox, out } = await batchFolders();
    const graded = path.join(root, 'graded-by.txt');
    // The worker that does not load first waits 20 s while loading; each file graded notes its thread.
    const module = await graderModule(
      root,
      'slow-second.mjs',
      `if (!first) await new Promise((r) => setTimeout(r, 20_000));\n` +
        `export async function gradeFile(input, options) { appendFileSync(${JSON.stringify(graded)}, threadId + '\\n'); return fake(input, options); }\n`,
    );
    await putOnePersonFiles(inbox, ['a', 'b', 'c']);
    const result = await runBatch(options(inbox, { out, jobs: 2, gradeModule: module }));
    expect(statuses(reportOf(result))).toEqual(allGraded(['a', 'b', 'c']));
    // All three by the one thread that loaded; the other was stopped, still loading, when the run ended.
    const threads = (await fs.readFile(graded, 'utf8')).trim().split('\n');
    expect(threads).toHaveLength(3);
    expect(new Set(threads).size).toBe(1);
  });

  it('a second worker that cannot load the grader (out of memory, say) while the first grades: the run goes on with one', async () => {
    const { root, inbox, out } = await batchFolders();
    // The worker that does not load first fails to, after the first has had time to start grading; 100 ms a file,
    // so that the first is still grading when the second fails.
    const module = await graderModule(
      root,
      'second-fails.mjs',
      `if (!first) { await new Promise((r) => setTimeout(r, 200)); throw new Error('no memory'); }\n` +
        `export async function gradeFile(input, options) { await new Promise((r) => setTimeout(r, 100)); return fake(input, options); }\n`,
    );
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    await putOnePersonFiles(inbox, names);
    const result = await runBatch(options(inbox, { out, jobs: 2, gradeModule: module }));
    expect(result.exitCode).toBe(0);
    expect(statuses(reportOf(result))).toEqual(allGraded(names));
    // Said in the report (and on the console), once: the run was slower than asked, and why.
    expect(reportOf(result).warnings).toEqual([expect.stringMatching(/^评分线程 [12] 无法加载评分模块 file:.*second-fails\.mjs:no memory,本次少用一个线程继续$/)]);
  });

  it('a worker that cannot load the grader before the other is ready: the other still grades every file', async () => {
    const { root, inbox, out } = await batchFolders();
    // The order reversed: the worker that does not load first throws at once, the first loads 500 ms later.
    const module = await graderModule(
      root,
      'second-fails-first.mjs',
      `if (!first) throw new Error('no memory');\nawait new Promise((r) => setTimeout(r, 500));\nexport const gradeFile = fake;\n`,
    );
    await putOnePersonFiles(inbox, ['a', 'b', 'c']);
    const result = await runBatch(options(inbox, { out, jobs: 2, gradeModule: module }));
    expect(result.exitCode).toBe(0);
    expect(statuses(reportOf(result))).toEqual(allGraded(['a', 'b', 'c']));
    expect(reportOf(result).warnings).toEqual([expect.stringMatching(/^评分线程 [12] 无法加载评分模块/)]);
  });

  it('a worker that ends while loading without a word (process.exit, as an out-of-memory would): the other grades, and it is said', async () => {
    const { root, inbox, out } = await batchFolders();
    // The first worker grades only once the second has gone (and a moment after): on a busy machine it had graded all
    // three files before the second finished loading, the run ended first, and there was nothing left to say.
    const gone = path.join(root, 'second-gone');
    const module = await graderModule(
      root,
      'second-exits.mjs',
      `import { existsSync, writeFileSync } from 'node:fs';\n` +
        `if (!first) { writeFileSync(${JSON.stringify(gone)}, ''); process.exit(7); }\n` +
        `const pause = (ms) => new Promise((r) => setTimeout(r, ms));\n` +
        `export const gradeFile = async (...a) => { for (let i = 0; i < 1000 && !existsSync(${JSON.stringify(gone)}); i++) await pause(10); await pause(100); return fake(...a); };\n`,
    );
    await putOnePersonFiles(inbox, ['a', 'b', 'c']);
    const result = await runBatch(options(inbox, { out, jobs: 2, gradeModule: module }));
    expect(result.exitCode).toBe(0);
    expect(statuses(reportOf(result))).toEqual(allGraded(['a', 'b', 'c']));
    expect(reportOf(result).warnings).toEqual([expect.stringMatching(/^评分线程 [12] 启动失败\(退出码 7\),本次少用一个线程继续$/)]);
  });

  it('every worker unable to load the grader: the run cannot start (exit 2) and says why', async () => {
    const { root, inbox, out } = await batchFolders();
    const module = await graderModule(root, 'never-loads.mjs', `throw new Error('no memory');\n`);
    await putOnePersonFiles(inbox, ['a', 'b', 'c']);
    const warnings: string[] = [];
    const result = await runBatch(options(inbox, { out, jobs: 3, gradeModule: module }), {
      onEvent: (e) => void (e.type === 'warning' && warnings.push(e.message)),
    });
    expect(result.exitCode).toBe(2);
    expect(result.reason).toMatch(/无法加载评分模块.*no memory/);
    // Not also a warning that the run goes on with fewer threads: it does not go on at all.
    expect(warnings).toEqual([]);
  });

  it('a file that looked changed (its size in the manifest is not its own) but hashes the same: the early workers are stopped, the run is clean', async () => {
    const { root, inbox, out } = await batchFolders();
    const grader = await countingGrader(root);
    await put(inbox, 'a.xlsx', {});
    const run = () => runBatch(options(inbox, { out, jobs: 2, gradeModule: grader.module }));
    expect(statuses(reportOf(await run()))).toEqual({ 'a.xlsx': 'graded' });
    const file = path.join(out, '.kpi-manifest.json');
    const m = JSON.parse(await fs.readFile(file, 'utf8'));
    m.files['a.xlsx'].size += 1;
    await fs.writeFile(file, JSON.stringify(m));
    const result = await run();
    expect(result.exitCode).toBe(0);
    expect(statuses(reportOf(result))).toEqual({ 'a.xlsx': 'skipped-unchanged' });
    expect((await fs.readdir(out)).filter((n) => n.startsWith('.kpi-'))).toEqual(['.kpi-manifest.json']);
  });

  it('stopped while the early workers load: an interrupted run (exit 1, nothing graded, lock released), not a grader that cannot load', async () => {
    const { inbox, out } = await batchFolders();
    await put(inbox, 'a.xlsx', {});
    await put(inbox, 'b.xlsx', {});
    const ac = new AbortController();
    // 20 ms after the start: the workers are loading during the 300 ms re-check pause (whenever the abort lands,
    // the verdict must be the same).
    const result = await runBatch(options(inbox, { out, jobs: 2, recheckMs: 300, signal: ac.signal }), {
      onEvent: (e) => void (e.type === 'start' && setTimeout(() => ac.abort(), 20)),
    });
    expect(result.exitCode).toBe(1);
    const r = reportOf(result);
    expect(r.interrupted).toBe(true);
    expect(r.totals.graded).toBe(0);
    expect((await fs.readdir(out)).filter((n) => n.startsWith('.kpi-') && n !== '.kpi-manifest.json')).toEqual([]);
    expect(statuses(reportOf(await runBatch(options(inbox, { out, jobs: 2 }))))).toEqual({ 'a.xlsx': 'graded', 'b.xlsx': 'graded' });
  });
});
