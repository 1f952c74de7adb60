import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listForms, listRecordForms, loadAnyDefinitionFile, loadForm, parseAnyDefinition } from '../../src/forms/load.js';
import { repoRoot } from '../helpers.js';

const minimal = {
  id: 'r', title: '记录', version: '1',
  records: { label: '订单', sheet: '记录', columns: [{ id: 'm', label: '师傅', type: 'text' }, { id: 'ok', label: '满意', type: 'yesno' }] },
  groupings: [{ id: 'g', label: '师傅', by: ['m'], figures: [{ id: 'rate', label: '满意率', agg: 'rate', where: { field: 'ok', eq: true }, times: 100 }], band: { figure: 'rate', scale: 'default' } }],
};

describe('record forms in the definition language', () => {
  it('a record form passes the same schema file; a typo is named with its JSON path', async () => {
    const ok = await parseAnyDefinition(JSON.stringify(minimal), 'r.json');
    expect(ok.ok && ok.kind).toBe('records');
    const typo = { ...minimal, groupings: [{ ...minimal.groupings[0], figures: [{ id: 'rate', label: '满意率', agg: 'ratio' }] }] };
    const bad = await parseAnyDefinition(JSON.stringify(typo), 'r.json');
    expect(bad.ok ? [] : bad.problems.map((p) => p.message)).toContain(
      'r.json:$.groupings[0].figures[0].agg:取值应为 "count" / "sum" / "mean" / "min" / "max" / "same" / "rate" / "distribution" / "texts" / "distinct" / "calc" / "choose" / "streak" 之一',
    );
    // A sheet's name Excel refuses (「满意度/评分」): said when loaded, in words — kpi template failed inside exceljs.
    for (const sheet of ['满意度/评分', '满意度[3月]']) {
      const slash = await parseAnyDefinition(JSON.stringify({ ...minimal, records: { ...minimal.records, sheet } }), 'r.json');
      expect(slash.ok ? [] : slash.problems.map((p) => p.message)).toEqual(['r.json:$.records.sheet:工作表名称不能含 [ ] : * ? / \\ 这些字符(Excel 的规定)']);
    }
    // A Chinese id, an outOf of 0: in words, not the schema's pattern or 「must be > 0」.
    const chinese = await parseAnyDefinition(JSON.stringify({ ...minimal, id: '我的表' }), 'r.json');
    expect(chinese.ok ? [] : chinese.problems.map((p) => p.message)).toEqual(['r.json:$.id:应以英文字母开头,只用英文字母、数字、- 和 _(最长 64 个字符),如 my-form;中文名称请写在 title 或 label 里']);
    const parts = await parseAnyDefinition(JSON.stringify({ ...minimal, parts: [] }), 'r.json');
    expect(parts.ok ? [] : parts.problems.map((p) => p.message)).toEqual(['r.json:$:不认识的字段「parts」(拼写错误?)']);
  });

  it('shipped record forms are listed apart, hold to the schema, and person-form commands refuse them', async () => {
    const records = await listRecordForms();
    for (const id of records) {
      expect(await listForms()).not.toContain(id);
      const r = await loadAnyDefinitionFile(path.join(repoRoot, 'templates', `${id}.json`));
      expect(r.ok ? [] : r.problems.map((p) => p.message), id).toEqual([]);
      const asPerson = await loadForm(id);
      expect(asPerson.ok).toBe(false);
    }
  });
});

describe('kpi forms explains a record form', () => {
  it('columns in order, the per-row point, each figure’s formula, the band, the decisions', async () => {
    const { formsCommand } = await import('../../src/cli/forms.js');
    const out: string[] = [];
    const o = { out: (s: string) => out.push(s), err: (s: string) => out.push(s) } as unknown as import('../../src/cli/output.js').Output;
    expect(await formsCommand(o, 'install-followup', false)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('  44. 回访内容·服务态度(5分=5/4分=4/3分=3/2分=2/1分=1;必填)');
    expect(text).toContain('  6. 联系电话(文字;可空,个人信息,终端打码)');
    // A column answered 有/没有 is described with 有, not 是.
    expect(text).toContain('认可满意 = 若 是否处理完毕 为 是 且 有没有清理卫生 为 有 且 服务态度 ≥ 4 且 验收单是否是您本人签字 为 是 则 1,否则 0');
    expect(text).toContain('    满意率 = 订单数(认可满意 为 1) ÷ 全部订单数 × 100;分母为 0 时为错误');
    expect(text).toContain('    等级:按「满意率」(保留 2 位小数)定 默认(优秀/良好/一般/待改进):优秀 ≥ 90 / 良好 ≥ 80 / 一般 ≥ 60 / 待改进');
    out.length = 0;
    expect(await formsCommand(o, 'internal-satisfaction-dept', false)).toBe(0);
    expect(out.join('\n')).toContain('  问卷:按 考核周期(月) + 评价部门 + 评价人 + 被评价部门(中间步骤,不单列一表);组内有任何一条答案有错误时,本组不计算、不定等级(改正后重新评分)');
    expect(out.join('\n')).toContain('查找表「各部门指标权重」(按 指标·被评价部门)');
    out.length = 0;
    expect(await formsCommand(o, undefined, false)).toBe(0);
    expect(out.join('\n')).toContain('satisfaction-monthly       客户满意度每月记录表(记录表:每行一条客户,6 列;按 本月 统计;1.1.1)');
  });
});
