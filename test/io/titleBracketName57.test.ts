// Person sheets Sheet1–Sheet4 titled 「物业客服考核表(张三)」 … with 被评估人员 blank were all refused (header-missing, exit 1):
// a title read for a name only when the name came first (「张三 3月份绩效考核表」).
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/titleName57', f);

describe('§16 a person\'s name in brackets at the end of the sheet\'s title', () => {
  it('Sheet1–4 「物业客服考核表(张三)」…: each named by its title, said as a warning', async () => {
    const r = await gradedReport(at('bracketed.xlsx'));
    // 张三 9 + 8 + 10 + 9 + 9 + 8 + 7 + 9 + 8 + 10 = 87 → 良好 (§16: sum of ten 1–10 marks, default bands)
    expect(r.people.find((p) => p.name === '张三')).toMatchObject({ total: 87, band: '良好', status: 'scored' });
    expect(r.people.map((p) => p.name)).toEqual(['张三', '李四', '王五', '赵六']);
    expect(r.people.every((p) => p.status === 'scored')).toBe(true);
    const said = r.problems.filter((p) => p.code === 'name-from-sheet');
    expect(said.map((p) => [p.sheet, p.cell, p.person])).toEqual([['Sheet1', 'B2', '张三'], ['Sheet2', 'B2', '李四'], ['Sheet3', 'B2', '王五'], ['Sheet4', 'B2', '赵六']]);
    expect(said[0]!.message).toContain('物业客服考核表(张三)');
  });

  it('「物业客服考核表(范本)」 names no one (范 is a surname): that sheet stays refused for its blank name', async () => {
    const r = await gradedReport(at('sample.xlsx'));
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.sheet, p.cell])).toEqual([['header-missing', 'Sheet1', 'B2']]);
    expect(r.people.filter((p) => p.status === 'scored').map((p) => p.name)).toEqual(['李四', '王五', '赵六']);
  });
});
