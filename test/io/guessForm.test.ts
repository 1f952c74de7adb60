// Form guessing for files without the template mark: many forms share labels (服务态度, 专业知识, 团队合作), so a form is
// picked only when it is clearly the best match, and otherwise the close candidates are named.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listForms } from '../../src/forms/load.js';
import type { FormDef, ItemDef } from '../../src/model/definition.js';
import { gradeFile } from '../../src/io/grade.js';
import { gridFromRows } from '../../src/io/grid.js';
import { guessFormDetailed, unguessedProblem } from '../../src/io/guessForm.js';
import { loadInput } from '../../src/io/loadInput.js';
import { form, repoRoot } from '../helpers.js';

const item = (id: string, label: string): ItemDef => ({
  id, label, max: 10, inputs: [{ id: 'score', label: '得分', type: 'number', min: 0, max: 10 }], rule: { kind: 'band', input: 'score' },
});
const synthetic = (id: string, title: string, labels: string[]): FormDef => ({
  id, title, version: '1', header: [{ id: 'name', label: '姓名', role: 'name' }],
  parts: [{ id: 'p', label: '项目', items: labels.map((l, k) => item(`I${k}`, l)) }],
  combine: { kind: 'sum' }, grades: { bands: [{ label: '全部' }] },
});
const probationLike = synthetic('trial', '试用期考核表', ['服务态度', '专业知识', '团队合作', '准时出勤']);
const repLike = synthetic('rep', '客服代表考核表', ['服务态度', '专业知识', '团队合作', '工作效率']);
const wideLike = synthetic('wide', '综合考核表', ['服务态度', '专业知识', '团队合作', '工作效率', '沟通能力', '学习能力', '执行力', '创新', '纪律', '考勤', '协作', '礼仪']);
const sheet = (rows: string[][]) => [gridFromRows('表1', rows)];

describe('a text file named .xlsx that no form fits', () => {
  it('says first what the file is, right after its name, then that no form was recognised (the cause came after 29 ids)', async () => {
    const { writeFileSync } = await import('node:fs');
    const { tempDir } = await import('../helpers.js');
    const file = path.join(tempDir(), 'bad.xlsx');
    writeFileSync(file, 'hello\n');
    const outcome = await gradeFile(file, { output: null });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.message).toMatch(/^bad\.xlsx:此文件扩展名是 \.xlsx,但内容是纯文本,不是 Excel 工作簿;认不出是哪种考核表/);
  });
});

describe('guessing among forms that share labels', () => {
  it('shared labels alone are ambiguous, and both candidates are named', () => {
    const g = guessFormDetailed(sheet([['姓名', '服务态度', '专业知识', '团队合作'], ['王芳', '8', '9', '7']]), [probationLike, repLike]);
    expect(g.form).toBeNull();
    if (g.form) return;
    expect(g.candidates.map((m) => m.form.id).sort()).toEqual(['rep', 'trial']);
    const { message, code } = unguessedProblem('march.csv', g.candidates, [probationLike, repLike]);
    expect(code).toBe('form-not-recognized');
    expect(message).toContain('march.csv');
    expect(message).toContain('认不出是哪种考核表');
    expect(message).toContain('「试用期考核表」(trial)');
    expect(message).toContain('「客服代表考核表」(rep)');
    expect(message).toContain('--form');
  });

  it('no candidate: every id --form takes is offered, record forms included', () => {
    const { message } = unguessedProblem('march.csv', [], [probationLike, repLike], ['install-followup']);
    expect(message).toBe('march.csv:认不出是哪种考核表(文件不是由 kpi template 生成)。请用 --form 指定,可选:trial、rep、install-followup');
  });

  it('one label only one form has decides', () => {
    const g = guessFormDetailed(sheet([['姓名', '服务态度', '专业知识', '团队合作', '准时出勤'], ['王芳', '8', '9', '7', '10']]), [probationLike, repLike]);
    expect(g.form?.id).toBe('trial');
  });

  it('the same items named: the form whose title is on the sheet, else the form the file covers far more of', () => {
    const rows = [['姓名', '服务态度', '专业知识', '团队合作', '工作效率'], ['王芳', '8', '9', '7', '6']];
    expect(guessFormDetailed(sheet(rows), [repLike, wideLike]).form?.id).toBe('rep'); // 4/4 of rep, 4/12 of wide
    expect(guessFormDetailed(sheet([['综合考核表'], ...rows]), [repLike, wideLike]).form?.id).toBe('wide');
  });

  it('fewer than three items named is no guess at all', () => {
    const g = guessFormDetailed(sheet([['姓名', '服务态度', '专业知识'], ['王芳', '8', '9']]), [probationLike, repLike, wideLike]);
    expect(g).toEqual({ form: null, candidates: [] });
  });
});

describe('every shipped form is recognised from its samples without the template mark', () => {
  it('the roster CSV and the form-layout workbook (its metadata ignored; the roster workbook holds what the CSV holds)', async () => {
    const forms = await Promise.all((await listForms()).map(form));
    let checked = 0;
    for (const f of forms) {
      for (const name of [`${f.id}.march.csv`, `${f.id}.march.form.xlsx`]) {
        const file = path.join(repoRoot, 'samples', name);
        if (!existsSync(file)) continue;
        const loaded = await loadInput(file, {});
        if (!loaded.ok) throw new Error(loaded.failure.message);
        const g = guessFormDetailed(loaded.input.grids, forms);
        expect(g.form?.id, `${name}: ${g.form ? '' : g.candidates.map((m) => m.form.id).join(' / ')}`).toBe(f.id);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(22);
  });

  it('kpi score on a CSV says which form it recognised', async () => {
    const outcome = await gradeFile(path.join(repoRoot, 'samples', 'probation.march.csv'), { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.form).toBe('probation');
    expect(outcome.report.problems.some((p) => p.severity === 'info' && p.message.includes('按表头识别为「试用期客服员考核表」(probation)'))).toBe(true);
  });

  it('--form naming another form than the headings are (probation for a cs-rep roster): a warning names the form they fit; the right --form says nothing', async () => {
    const sample = path.join(repoRoot, 'samples', 'cs-rep.march.csv');
    const wrong = await gradeFile(sample, { form: 'probation', output: null });
    if (!wrong.ok) throw new Error(wrong.failure.message);
    // Everyone unscored (probation's 专业知识, … are not there): 19 errors, and now which form the file is.
    expect(wrong.report.people.every((p) => p.status === 'error')).toBe(true);
    expect(wrong.report.problems.filter((p) => p.code === 'form-mismatch').map((p) => [p.severity, p.message])).toEqual([
      ['warning', expect.stringMatching(/^表头更像「客服代表考核表」\(cs-rep\),不像 --form 指定的「试用期客服员考核表」\(probation\):后者有 \d+ 列必填列在表中找不到。是不是 --form 给错了\?请改为 --form cs-rep,或去掉 --form 让 kpi 按表头识别$/)],
    ]);
    // No table of the form at all (its mark says cs-rep): the refusal names the form the file is.
    const none = await gradeFile(path.join(repoRoot, 'samples', 'cs-rep.march.roster.xlsx'), { form: 'cs-ability', output: null });
    expect(none.ok ? null : none.failure.message).toBe('cs-rep.march.roster.xlsx:没有找到「客服人员岗位能力评价表」的表头(姓名和考核项目列,或「项目」表格)。这份表像是「客服代表考核表」(cs-rep):是不是 --form 给错了?请改为 --form cs-rep,或去掉 --form');
    // A workbook of one sheet a person (its mark says mattress-cs-monthly) given as cs-rep: named too.
    const sheets = await gradeFile(path.join(repoRoot, 'samples', 'mattress-cs-monthly.march.form.xlsx'), { form: 'cs-rep', output: null });
    expect(sheets.ok ? null : sheets.failure.message).toMatch(/表格里没有找到本考核表的任何项目;这份表像是「家具寝具床垫客服回访客户服务质量效率规范月度考核表」\(mattress-cs-monthly\):是不是 --form 给错了\?请改为 --form mattress-cs-monthly,或去掉 --form$/);
    const right = await gradeFile(sample, { form: 'cs-rep', output: null });
    if (!right.ok) throw new Error(right.failure.message);
    expect(right.report.problems.filter((p) => p.code === 'form-mismatch')).toEqual([]);
  });

  it('--form naming a log for a roster of people, a person form for a log, or shop-cs-monthly for another roster: the form the file is named (there was no hint)', async () => {
    const s = (f: string) => path.join(repoRoot, 'samples', f);
    const hint = (id: string, title: string) => `这份表像是「${title}」(${id}):是不是 --form 给错了?请改为 --form ${id},或去掉 --form`;
    const mattress = '家具寝具床垫客服回访客户服务质量效率规范月度考核表';
    // A roster (its mark says mattress-cs-monthly) given as the install log.
    const log = await gradeFile(s('mattress-cs-monthly.march.roster.xlsx'), { form: 'install-followup', output: null });
    expect(log.ok ? null : log.failure.message).toBe(`mattress-cs-monthly.march.roster.xlsx:没有找到「定制家居安装售后维修跟进满意度回访反馈表」的表头(门店、安装师傅、验收单是否上交、是否一次安装成功、是否处理完毕、有没有清理卫生 等列)。${hint('mattress-cs-monthly', mattress)}`);
    // The same roster as CSV (no mark: its headings fit).
    const csv = await gradeFile(s('mattress-cs-monthly.march.csv'), { form: 'satisfaction-monthly', output: null });
    expect(csv.ok ? null : csv.failure.message).toContain(hint('mattress-cs-monthly', mattress));
    // The install log given as a person form.
    const people = await gradeFile(s('install-followup.march.xlsx'), { form: 'mattress-cs-monthly', output: null });
    expect(people.ok ? null : people.failure.message).toContain(hint('install-followup', '定制家居安装售后维修跟进满意度回访反馈表'));
    // A mattress roster given as shop-cs-monthly: no export sheet, and which form it is.
    const shop = await gradeFile(s('mattress-cs-monthly.march.roster.xlsx'), { form: 'shop-cs-monthly', output: null });
    expect(shop.ok ? null : shop.failure.message).toContain(`,或用 --data 导出文件.xlsx(或 .csv)给出。${hint('mattress-cs-monthly', mattress)}`);
    // The right log says no such thing.
    const right = await gradeFile(s('install-followup.march.xlsx'), { form: 'install-followup', output: null });
    expect(right.ok).toBe(true);
  });
});
