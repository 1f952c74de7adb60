// An item's points typed after its name in a heading (「业务考核 10分」, 「业务考核【10分】」), as 「业务考核(10分)」 always was.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { labelVariants } from '../../src/io/normalize.js';
import { tempDir } from '../helpers.js';

describe('points after a heading', () => {
  it('are a variant without them; a name that only ends in a number or in 分 keeps it', () => {
    for (const h of ['业务考核 10分', '业务考核10分', '业务考核【10分】', '业务考核-10分', '业务考核 [10 分]']) expect(labelVariants(h)).toContain('业务考核');
    expect(labelVariants('业务考核 10分·上级')).toContain('业务考核·上级');
    for (const h of ['急迫性报修20分钟内到达', '奖惩分', '面试官3', '10分']) expect(labelVariants(h)).toEqual([h]);
  });

  it('cs-scheme-100 with 「业务考核 10分」: its 10 counts: 20 + 30 + 10 + 10 + 5 + 5 + 10 + 5 = 95', async () => {
    const file = path.join(tempDir(), 'r.csv');
    writeFileSync(file, '姓名,部门,业绩考核,质量考核,业务考核 10分,通话利用率,报表提交及时性,出勤情况,问题反馈及工作配合度,遵守规章制度及上级综合评分\r\n张三,客服部,20,30,10,10,5,5,10,5\r\n');
    const outcome = await gradeFile(file, { form: 'cs-scheme-100', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // §13: 95 is 良好 (left-open: 优秀 is above 95).
    expect(outcome.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 95, '良好']]);
    expect(outcome.report.problems.filter((p) => p.code === 'unknown-column' || p.severity === 'error')).toEqual([]);
  });
});
