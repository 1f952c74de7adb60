// A team lead merged a person's 填写 cell across the 得分 cell beside it (a long choice text, a count): the graded copy
// wrote kpi's score into the merge — into F7 itself, over the answer (3 lapses shown as 4; the choice text gone) — and
// warned of a 「手填的得分」 the lead never typed, at exit 0. The answer is kept; kpi's scores go in columns of their own.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { cellText } from '../../src/io/grid.js';
import { readWorkbook, repoRoot, tempDir } from '../helpers.js';

const input = path.join(repoRoot, 'test/fixtures/person-sheets/probation-fill-merged-across-score.xlsx');

describe('a 填写 cell merged across 得分 (F7:G7, F9:G9)', () => {
  it('keeps the answers (3 lapses, the choice text) and writes kpi\'s scores beside the table: 4 + 15 + 25 + 15 + 20 = 79 一般', async () => {
    const output = path.join(tempDir(), 'graded.xlsx');
    const outcome = await gradeFile(input, { output });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // §17: 3 lapses → 4 (≥ 3 次); 一般友好 25; the rest as filled ⇒ 79.
    expect(outcome.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 79, '一般']]);
    expect(outcome.report.problems.filter((p) => p.code === 'typed-score' || p.message.includes('手填'))).toEqual([]);
    const ws = (await readWorkbook(output)).getWorksheet('张三')!;
    expect([ws.getCell('F7').value, cellText(ws.getCell('F9'))]).toEqual([3, '一般友好、耐心对待客户,提供基本满意的服务']);
    expect([ws.getCell('I6').value, ws.getCell('I7').value]).toEqual(['得分(kpi)', 4]);
  });
});
