import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scoreForm } from '../../../src/engine/scoreForm.js';
import { loadForm } from '../../../src/forms/load.js';
import { temporaryNameFor } from '../../../src/io/atomic.js';
import { gradeFile } from '../../../src/io/grade.js';
import { decodeText } from '../../../src/io/textDecode.js';
import { form, readWorkbook, tempDir, runCli } from '../../helpers.js';
import { HEAD, LI, WANG, grade, totals, writeCsv, writeRoster } from './helpers.js';

const SECRET = 'root:x:0:0:secret-line';

describe('a workbook mark names a built-in form, never a file (issue 9 item 18)', () => {
  async function marked(mark: string): Promise<string> {
    return writeRoster([HEAD, WANG, LI], (_ws, wb) => {
      const meta = wb.addWorksheet('_kpi', { state: 'hidden' });
      meta.addRows([['form', mark], ['version', '1.0.0'], ['layout', 'roster']]);
    });
  }

  it.each(['secret', 'relative', '../templates/mattress-cs-monthly.json', 'mattress-cs-monthly.json'])('a mark that is a path (%s) is ignored and never read', async (kind) => {
    const dir = tempDir();
    const secret = path.join(dir, 'passwd');
    writeFileSync(secret, `${SECRET}\n`);
    const mark = kind === 'secret' ? secret : kind === 'relative' ? path.relative(process.cwd(), secret) : kind;
    const outcome = await gradeFile(await marked(mark), { output: null });
    expect(JSON.stringify(outcome)).not.toContain('secret-line');
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // The headings still say which form it is: scored as the mattress form, with a warning about the mark.
    expect(totals(outcome.report)).toEqual([['王芳', 79], ['李强', 100]]);
    // Its own code since the problem catalogue (was form-unknown).
    expect(outcome.report.problems.some((p) => p.code === 'form-marker-unknown' && p.severity === 'warning')).toBe(true);
  });

  it('a built-in id in the mark still works without --form', async () => {
    const outcome = await gradeFile(await marked('mattress-cs-monthly'), { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.problems.filter((p) => p.code === 'form-unknown' || p.code === 'form-marker-unknown')).toEqual([]);
  });

  it('a definition given with --form that is not JSON is refused without quoting it', async () => {
    const file = path.join(tempDir(), 'def.json');
    writeFileSync(file, `${SECRET}\n`);
    const loaded = await loadForm(file);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.problems[0]!.message).not.toContain('secret');
      expect(loaded.problems[0]!.message).not.toContain('root');
    }
  });

  it('through kpi score --json: nothing of the file in stdout or stderr', async () => {
    const dir = tempDir();
    const secret = path.join(dir, 'passwd');
    writeFileSync(secret, `${SECRET}\n`);
    const r = await runCli(['score', await marked(secret), '--json', '--dry-run']);
    expect(r.stdout + r.stderr).not.toContain('secret-line');
    expect(r.code).toBe(0);
  });
});

describe('leaks and unclear messages (issue 9 item 19)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('text longer than any string can be is named as such, not as an unknown encoding', () => {
    class TooLong {
      decode(): string {
        const e = new Error('Cannot create a string longer than 0x1fffffe8 characters') as NodeJS.ErrnoException;
        e.code = 'ERR_STRING_TOO_LONG';
        throw e;
      }
    }
    vi.stubGlobal('TextDecoder', TooLong);
    for (const override of [undefined, 'gbk']) {
      const r = decodeText(Buffer.from('姓名,工号\n'), override);
      expect('problem' in r && r.problem.code).toBe('too-large');
      if ('problem' in r) {
        expect(r.problem.message).toContain('536 百万个字符');
        expect(r.problem.message).not.toContain('编码');
      }
    }
  });

  it('a 2 MB cell is reported, cut to 32,767 characters in the output, and kpi reads its own output again', async () => {
    const head = [...HEAD, '备注'];
    const file = writeCsv([head, [...WANG, 'x'.repeat(2_000_000)], [...LI, '']]);
    const out = path.join(tempDir(), 'graded.xlsx');
    const r = await grade(file, { output: out });
    expect(totals(r)).toEqual([['王芳', 79], ['李强', 100]]);
    const long = r.problems.filter((p) => p.code === 'cell-too-long'); // too-large before the problem catalogue
    expect(long.map((p) => [p.severity, p.cell])).toEqual([['warning', 'S2']]);
    const wb = await readWorkbook(out);
    expect(String(wb.getWorksheet('roster')!.getCell('S2').value)).toHaveLength(32_767);
    const again = await gradeFile(out, { form: 'mattress-cs-monthly', output: null });
    if (!again.ok) throw new Error(again.failure.message);
    expect(totals(again.report)).toEqual([['王芳', 79], ['李强', 100]]);
  });

  it('a 100,000-character reason is quoted short in messages and cut in the explanation', async () => {
    const reason = '表'.repeat(100_000);
    const file = writeCsv([HEAD, [...WANG.slice(0, -1), reason]]);
    const out = path.join(tempDir(), 'graded.xlsx');
    const r = await grade(file, { output: out });
    expect(r.people[0]!.total).toBe(79);
    const wb = await readWorkbook(out);
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => expect(String(c.value ?? '').length).toBeLessThanOrEqual(32_767)));
  });

  it('a 238-byte file name is graded: the temporary name stays within 255 bytes', async () => {
    const dir = tempDir();
    const name = `${'考'.repeat(77)}.xlsx`; // 77 × 3 + 5 = 236 bytes; the output name is 243
    expect(Buffer.byteLength(name)).toBeGreaterThan(230);
    const src = await writeRoster([HEAD, WANG, LI]);
    const file = path.join(dir, name);
    writeFileSync(file, readFileSync(src));
    const outcome = await gradeFile(file, { form: 'mattress-cs-monthly' });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(readdirSync(dir).sort()).toEqual([`${'考'.repeat(77)}.graded.xlsx`, name].sort());
    const tmp = path.basename(temporaryNameFor(path.join(dir, `${'考'.repeat(82)}.graded.xlsx`)));
    expect(Buffer.byteLength(tmp)).toBeLessThanOrEqual(255);
    expect(tmp.startsWith('.kpi-tmp-')).toBe(true);
    expect(tmp.endsWith('.graded.xlsx')).toBe(true);
  });

  it('a file name with a newline is shown escaped on one stderr line', async () => {
    const dir = tempDir();
    const file = path.join(dir, '三月\n考核.xlsx');
    writeFileSync(file, '');
    const r = await runCli(['score', file, '--form', 'mattress-cs-monthly']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('三月\\n考核.xlsx');
  });

  it('an output path through a symbolic link loop gets a Chinese sentence, not ELOOP', async () => {
    const dir = tempDir();
    symlinkSync(path.join(dir, 'loop'), path.join(dir, 'loop'));
    const outcome = await gradeFile(await writeRoster([HEAD, WANG]), { form: 'mattress-cs-monthly', output: path.join(dir, 'loop', 'x.xlsx') });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.failure.message).not.toMatch(/ELOOP|too many/i);
      expect(outcome.failure.message).toContain('符号链接');
    }
  });

  it('a band named __proto__ (or constructor) is counted', async () => {
    const base = await form('mattress-cs-monthly');
    const f = { ...base, grades: { bands: [{ min: 90, label: '__proto__' }, { min: 60, label: 'constructor' }, { label: '待改进' }] } };
    // Score the same two people under the odd bands: 79 → constructor, 100 → __proto__.
    const { readPeople } = await import('../../../src/io/readPeople.js');
    const { loadInput } = await import('../../../src/io/loadInput.js');
    const input = await loadInput(await writeRoster([HEAD, WANG, LI]), {});
    if (!input.ok) throw new Error('unreadable');
    const scored = scoreForm(f, readPeople(input.input.grids, f).people);
    expect(JSON.stringify(scored.bands)).toBe('{"__proto__":1,"constructor":1,"待改进":0}');
    expect(Object.keys(scored.bands)).toEqual(['__proto__', 'constructor', '待改进']);
  });
});

