import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonErrorPlace, listForms, loadDefinitionFile, loadForm, parseAnyDefinition, parseDefinition } from '../../src/forms/load.js';
import { repoRoot, tempDir, runCli } from '../helpers.js';

const mattress = () => JSON.parse(readFileSync(path.join(repoRoot, 'templates/mattress-cs-monthly.json'), 'utf8'));

async function messages(def: unknown): Promise<string[]> {
  const r = await parseDefinition(JSON.stringify(def), 'my-form.json');
  if (r.ok) return [];
  return r.problems.map((p) => p.message);
}

describe('form definitions', () => {
  it('ships the catalog forms, each valid against the schema', async () => {
    // Other forms may be added beside these; every shipped one must load.
    expect(await listForms()).toEqual(expect.arrayContaining(['after-sales-monthly', 'cs-competency', 'mattress-cs-monthly',
      'property-cs-monthly', 'cs-specialist-monthly', 'express-cs', 'property-cs-rating', 'probation', 'property-cs-staff', 'cs-checklist', 'cs-ability',
      'cs-dept-monthly', 'cs-scheme-100', 'sales-aftersales-monthly', 'cs-dept-rating', 'satisfaction-scorecard', 'sales-cs-kpi', 'cs-work-review', 'interview-eval', 'bao-lun-quality', 'cs-rep', 'quality-inspection', 'property-service-quality']));
    for (const id of await listForms()) expect((await loadForm(id)).ok).toBe(true);
    // A run skips the schema for shipped forms (startup time): this is where they are held to it.
    for (const id of await listForms()) {
      const r = await loadDefinitionFile(path.join(repoRoot, 'templates', `${id}.json`));
      expect(r.ok ? [] : r.problems.map((p) => p.message), id).toEqual([]);
    }
  });

  it('points a rule gives outright above the item\'s max are refused, where they are (a choice of 5 on an item of 4 gave 125 优秀)', async () => {
    const rep = JSON.parse(readFileSync(path.join(repoRoot, 'templates/cs-rep.json'), 'utf8'));
    rep.choiceSets.level[1].points = 5;
    const m = mattress();
    m.parts[0].items[0].rule.whenZero.points = 25; // M1 max 20
    expect(await messages(rep)).toEqual(['my-form.json:$.choiceSets.level[1].points:选项「良好」的分值 5 超过本项满分 4']);
    expect(await messages(m)).toEqual(['my-form.json:$.parts[0].items[0].rule.whenZero.points:分母为 0 时的分值 25 超过本项满分 20']);
  });

  it('rule parameters that let an item pass its max, a default out of its range, weights that do not weigh, a grade above 100 are refused where they are', async () => {
    // M3 (max 15): a negative 「per」 added 2 a time — 15 + 2×3 = 21/15; a floor of 20 above the max.
    const per = mattress();
    per.parts[0].items[2].rule.penalties[0].per = -2;
    expect(await messages(per)).toEqual(['my-form.json:$.parts[0].items[2].rule.penalties[0].per:每次扣分 per 不能为负数(-2 会加分,超过本项满分);加分请用奖惩(adjustment)或加分(role: bonus)项目']);
    const floor = mattress();
    floor.parts[0].items[2].rule.floor = 20;
    expect(await messages(floor)).toEqual(['my-form.json:$.parts[0].items[2].rule.floor:最低分的分值 20 超过本项满分 15']);
    // M2 (max 20): 「minEach」 −5 let a deduction of −5 score 20 − (−5) = 25/20.
    const minEach = mattress();
    minEach.parts[0].items[1].rule.minEach = -5;
    expect(await messages(minEach)).toEqual(['my-form.json:$.parts[0].items[1].rule.minEach:每次扣分的下限 minEach 不能为负数(-5 会加分,超过本项满分)']);
    // M7 (max 10): a blank 「迟到」 read as −3 times: 10 − 2 × (−3) = 16/10.
    const dflt = mattress();
    dflt.parts[0].items[6].inputs[0].default = -3;
    expect(await messages(dflt)).toEqual(['my-form.json:$.parts[0].items[6].inputs[0].default:留空时的默认值 -3 不在这一格可填的范围内(0–不限)']);
    // A choice of 「of: max」 is the share of the max: 1.5 of 4 was 6/4.
    const rep = JSON.parse(readFileSync(path.join(repoRoot, 'templates/cs-rep.json'), 'utf8'));
    const item = rep.parts[0].items[0];
    item.rule.of = 'max';
    rep.choiceSets.level = rep.choiceSets.level.map((c: { points: number }, j: number) => ({ ...c, points: j === 0 ? 1.5 : c.points / 4 }));
    // (The set is shared: every other item, not of max, now reaches 1.5 of its 4 at best — said at each.)
    const said = await messages(rep);
    expect(said[0]).toBe(`my-form.json:$.choiceSets.level[0].points:选项「${rep.choiceSets.level[0].label}」的系数 1.5 超过 1(of 为 max 时分值是满分的系数,1 即满分 ${item.max})`);
    expect(said.slice(1).every((m) => m.includes('最好的选项只有 1.5 分,达不到本项满分 4'))).toBe(true);
    // A part's weight under combine sum was printed 「权重 60%」 and ignored.
    const weight = mattress();
    weight.parts[0].weight = 0.6;
    expect(await messages(weight)).toEqual(['my-form.json:$.parts[0].weight:部分的 weight 只在 combine 为 weighted-parts 时起作用(现为 sum):要按权重合并请把 combine 改为 {"kind": "weighted-parts"},否则请去掉 weight']);
    // Limits exclusive of themselves (inclusive: upper): 「A > 100」 is never given.
    const upper = mattress();
    upper.grades = { inclusive: 'upper', bands: [{ min: 100, label: 'A' }, { min: 80, label: 'B' }, { label: 'C' }] };
    expect(await messages(upper)).toEqual(['my-form.json:$.grades:等级「A」要高于 100 分(inclusive 为 upper 时门槛不含本身),而定级时总分按最高 100 计(有加分时也一样):永远评不到;请改正它的 min']);
  });

  it('names that make two roster columns one, or one unreadable, are refused where they are (kpi could not read its own template back)', async () => {
    const alias = mattress();
    const [m1, m2] = [alias.parts[0].items[0], alias.parts[0].items[1]];
    m2.aliases = [...(m2.aliases ?? []), m1.label];
    expect(await messages(alias)).toEqual([`my-form.json:$.parts[0].items[1].aliases[${m2.aliases.length - 1}]:别名「${m1.label}」是同一部分另一个项目「${m1.label}」的名称:这一列是哪一项分不清`]);
    const header = mattress();
    header.header.push({ id: 'ability', label: header.parts[0].items[4].label, role: 'other' });
    expect(await messages(header)).toEqual([`my-form.json:$.header[${header.header.length - 1}]:表头字段的名称「${header.parts[0].items[4].label}」也是一个项目的名称:名单上两列同名,分不清哪一列是哪一个`]);
    const dot = mattress();
    dot.parts[0].items[0].label = '回访·客户数';
    expect(await messages(dot)).toEqual(['my-form.json:$.parts[0].items[0].label:项目名称「回访·客户数」不能含「·」:名单的列名用它连接部分、项目、填写项和评分人,含「·」就分不清']);
    const raters = JSON.parse(readFileSync(path.join(repoRoot, 'templates/cs-competency.json'), 'utf8'));
    raters.raters[2].label = raters.raters[1].label;
    expect(await messages(raters)).toEqual([`my-form.json:$.raters[2]:评分人的名称或别名「${raters.raters[1].label}」与评分人「${raters.raters[1].label}」的重复:名单上分不清是哪一组评分人的列`]);
  });

  it('more that cannot be read back or scores wrong: rater names alike, an alias two items share, a scored item in a bonus part, scaleTo ≤ 0, default on a choice or a fraction on a count', async () => {
    const raters = JSON.parse(readFileSync(path.join(repoRoot, 'templates/cs-competency.json'), 'utf8'));
    raters.raters[2].aliases = [...(raters.raters[2].aliases ?? []), raters.raters[1].label];
    expect(await messages(raters)).toEqual([`my-form.json:$.raters[2]:评分人的名称或别名「${raters.raters[1].label}」与评分人「${raters.raters[1].label}」的重复:名单上分不清是哪一组评分人的列`]);
    const spaced = JSON.parse(readFileSync(path.join(repoRoot, 'templates/cs-competency.json'), 'utf8'));
    spaced.raters[2].label = `${spaced.raters[1].label} `;
    expect((await messages(spaced)).some((m) => m.includes(`与评分人「${spaced.raters[1].label}」的重复`))).toBe(true);
    const shared = mattress();
    shared.parts[0].items[5].aliases = ['工作状态'];
    shared.parts[0].items[6].aliases = ['工作状态'];
    expect(await messages(shared)).toEqual([`my-form.json:$.parts[0].items[6].aliases:别名「工作状态」也是项目「${shared.parts[0].items[5].label}」的别名:这一列是哪一项分不清`]);
    const bonus = mattress();
    bonus.language = 2;
    bonus.parts.push({ id: 'extra', label: '加分项', role: 'bonus', items: [{ id: 'X', label: '超预期', max: 10, role: 'score', inputs: [{ id: 's', label: '得分', type: 'number', min: 0, max: 10 }], rule: { kind: 'band', input: 's' } }] });
    expect(await messages(bonus)).toContain('my-form.json:$.parts[1].items[0].role:加分部分(role: bonus)里的项目不能写 role: "score":它的满分会计入总满分;请去掉这一项的 role,或把它移到计分的部分');
    const dflt = mattress();
    dflt.parts[0].items[6].inputs[0].default = 1.5;
    expect(await messages(dflt)).toEqual([`my-form.json:$.parts[0].items[6].inputs[0].default:整数输入「${dflt.parts[0].items[6].inputs[0].label}」的默认值应为整数,实际为 1.5`]);
    const rep = JSON.parse(readFileSync(path.join(repoRoot, 'templates/cs-rep.json'), 'utf8'));
    const choice = rep.parts[0].items[0].inputs[0];
    choice.default = 1;
    expect(await messages(rep)).toEqual([`my-form.json:$.parts[0].items[0].inputs[0].default:default 只用于数字输入(number、integer、percent);「${choice.label}」是 choice,留空时不会按 1 计`]);
    // byCounts (§29): the last rule the 「otherwise」 one (without it 一般 went ungraded: 「—」 at exit 0), every label
    // one of the bands (「良」 made a band of its own), no count beyond the parts (5 of four: never met).
    const counts = JSON.parse(readFileSync(path.join(repoRoot, 'templates/cs-dept-rating.json'), 'utf8'));
    counts.grades.byCounts.pop();
    counts.grades.byCounts[1].label = '良';
    counts.grades.byCounts[0].when.count = 5;
    expect(await messages(counts)).toEqual([
      'my-form.json:$.grades.byCounts:按部分计数定级的规则最后要有一条不写 when 的(其余都归这一档,如 {"label": "一般"}):没有它时,哪条都不符合的人没有等级',
      'my-form.json:$.grades.byCounts[0].when.count:要 5 个部分符合,而本表只有 4 个部分:这一档永远评不到',
      'my-form.json:$.grades.byCounts[1].label:「良」不是等级表里的等级(优秀、良好、一般、不符合要求)',
    ]);
    // A deduction of 0 a time: its input is asked for and dropped without a word (as an input no rule names is refused).
    const zero = JSON.parse(readFileSync(path.join(repoRoot, 'templates/mattress-cs-monthly.json'), 'utf8'));
    zero.parts[0].items[2].rule.penalties[1].per = 0;
    expect(await messages(zero)).toEqual(['my-form.json:$.parts[0].items[2].rule.penalties[1].per:每次扣 0 分:填在「短信漏发」的次数不会计分;不扣分的输入请从定义里删去(连同 penalties 里这一条)']);
    // A part's weight written as a percentage, as the catalog writes 85 % / 15 %: said how to write it.
    const percent = JSON.parse(readFileSync(path.join(repoRoot, 'templates/after-sales-monthly.json'), 'utf8'));
    percent.parts[0].weight = 85;
    percent.parts[1].weight = 15;
    expect(await messages(percent)).toEqual([
      'my-form.json:$.parts[0].weight:数值应不大于 1:权重写成小数(85% 写作 0.85)',
      'my-form.json:$.parts[1].weight:数值应不大于 1:权重写成小数(15% 写作 0.15)',
    ]);
    // 1.5 is no percentage written so: said as it was.
    percent.parts[0].weight = 1.5;
    expect((await messages(percent))[0]).toBe('my-form.json:$.parts[0].weight:数值应不大于 1');
    // otherScales: a scale of 100 on an input out of 100 would refuse every figure; on a choice it means nothing.
    const scales = JSON.parse(readFileSync(path.join(repoRoot, 'templates/satisfaction-scorecard.json'), 'utf8'));
    scales.parts[0].items[0].inputs[0].otherScales = [5, 100];
    expect(await messages(scales)).toEqual(['my-form.json:$.parts[0].items[0].inputs[0].otherScales[1]:分制 100 应大于 1、小于这一项的 max(100)']);
    const onChoice = JSON.parse(readFileSync(path.join(repoRoot, 'templates/cs-rep.json'), 'utf8'));
    onChoice.parts[0].items[0].inputs[0].otherScales = [5];
    expect(await messages(onChoice)).toContain('my-form.json:$.parts[0].items[0].inputs[0].otherScales:otherScales 只用于有 max 的 number 或 percent 输入');
  });

  it('a key written twice in one object is refused at its second line (JSON.parse kept the last: a second rule replaced the first)', async () => {
    const text = JSON.stringify(mattress(), null, 2).replace('"kind": "incidents",', '"kind": "incidents",\n        "kind": "deduction",');
    const line = text.split('\n').findIndex((l) => l.includes('"kind": "deduction",')) + 1;
    const r = await parseDefinition(text, 'my-form.json');
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([`my-form.json:$.parts[0].items[1].rule:字段「kind」写了两次(第二个在第 ${line} 行):JSON 只取后一个,前一个被悄悄忽略;请删去不要的一个`]);
    // The same key in two objects, and keys inside strings, are not twice.
    const fine = JSON.stringify({ ...mattress(), notes: ['"id": "x", "id": "x"'] }, null, 2);
    expect((await parseDefinition(fine, 'my-form.json')).ok).toBe(true);
  });

  it('bonus and veto items are no share of the full marks: 100 points of items beside a bonus item of 10, clamp 100, is accepted (it was refused: 「只得 90.91 分」)', async () => {
    const bonus = mattress();
    bonus.language = 2;
    bonus.parts[0].items.splice(7, 0, { id: 'X', label: '超预期表现', max: 10, role: 'bonus', inputs: [{ id: 'score', label: '得分', type: 'number', min: 0, max: 10 }], rule: { kind: 'band', input: 'score' } });
    expect(await messages(bonus)).toEqual([]);
  });

  it('a team\'s own definition whose ranges let an item pass its max is refused where it is (totals of 342, 107, 128.57 优秀 at exit 0)', async () => {
    const form = () => ({
      id: 'my-team-form', title: '我们组的月度考核', version: '1.0.0',
      header: [{ id: 'name', label: '姓名', role: 'name', required: true }],
      parts: [{ id: 'p1', label: '考核项目', items: [
        { id: 'B', label: '差错', max: 30, inputs: [{ id: 'n', label: '差错次数', type: 'integer', min: 0, optional: true, default: 0 }], rule: { kind: 'deduction', base: 30, floor: 0, penalties: [{ input: 'n', per: 4 }] } },
        { id: 'C', label: '态度', max: 30, inputs: [{ id: 's', label: '得分', type: 'number', min: 0, max: 30 }] as Array<Record<string, unknown>>, rule: { kind: 'band', input: 's' } },
        { id: 'D', label: '其他', max: 40, inputs: [{ id: 's', label: '得分', type: 'number', min: 0, max: 40 }], rule: { kind: 'band', input: 's' } },
      ] }],
      combine: { kind: 'sum' },
      grades: { bands: [{ min: 90, label: '优秀' }, { min: 75, label: '良好' }, { min: 60, label: '一般' }, { label: '待改进' }] } as { bands: Array<{ min?: number; label: string }> },
    });
    expect(await messages(form())).toEqual([]);
    const noMax = form();
    delete noMax.parts[0]!.items[1]!.inputs[0]!.max;
    expect(await messages(noMax)).toEqual(['my-form.json:$.parts[0].items[1].inputs[0]:直接打分的输入「得分」要写 max(不超过本项满分 30)']);
    const wide = form();
    wide.parts[0]!.items[1]!.inputs[0]!.max = 50;
    expect(await messages(wide)).toEqual(['my-form.json:$.parts[0].items[1].inputs[0].max:直接打分的输入「得分」的最大值 50 超过本项满分 30']);
    const zero = form();
    zero.parts[0]!.items[0]!.max = 0;
    expect(await messages(zero)).toEqual([
      'my-form.json:$.parts[0].items[0].rule.base:基础分的分值 30 超过本项满分 0',
      'my-form.json:$.parts[0].items[0].max:满分为 0:这一项永远得 0 分,却仍要求填写;请写上它的满分(只有奖惩 adjustment 项目的 max 为 0)',
    ]);
    // A label of spaces headed its template column 「  ·…」.
    const blank = form();
    blank.parts[0]!.items[0]!.label = '  ';
    expect((await messages(blank)).filter((x) => x.includes('空格'))).toEqual(['my-form.json:$.parts[0].items[0].label:项目名称不能只有空格']);
    // §8 with 客户回访率 raised from 20 to 25: items of 105 under a limit of 100 (full marks gave 100/105 × 100 = 95.24).
    const raised = mattress();
    const m1 = raised.parts.flatMap((p: { items: Array<{ id: string; max: number }> }) => p.items).find((i: { id: string }) => i.id === 'M1');
    m1.max = 25;
    expect((await messages(raised)).filter((x) => x.includes('clamp'))).toEqual(['my-form.json:$.clamp:各项满分之和 105 超过总分上限 100:全部满分的人也只得 95.24 分(百分制);请让各项满分之和等于上限,或改 clamp.max']);
    // Items below the limit (态度 removed: 85 under 100) load: kpi forms says the total is brought to 100 (× 100 ÷ 85,
    // describeMatchesScoring.test.ts), as an earlier decision has it.
    // A limit above the items meant as room for bonus points (§4's 110 over items of 100) loads.
    const room = mattress();
    room.clamp = { min: 0, max: 110 };
    expect((await messages(room)).filter((x) => x.includes('clamp'))).toEqual([]);
    // A base typed in (§8's 基础分 0–10) on an item of 8: 10 of 8 was scored (total 102.04).
    const m = mattress();
    const m4 = m.parts.flatMap((p: { items: Array<{ id: string; max: number }> }) => p.items).find((i: { id: string }) => i.id === 'M4');
    m4.max = 8;
    expect((await messages(m)).filter((x) => x.includes('基础分'))).toEqual([expect.stringMatching(/inputs\[0\]\.max:基础分的输入「基础分」的最大值 10 超过本项满分 8$/)]);
    const open = form();
    open.grades.bands = [{ min: 90, label: '优秀' }, { min: 60, label: '一般' }];
    expect(await messages(open)).toEqual(['my-form.json:$.grades:等级表没有最低的一档:低于 60 分的没有等级;请把最后一档的 min 去掉(其余都归这一档)']);
    // A last band that starts at 0 catches everyone too.
    open.grades.bands = [{ min: 90, label: '优秀' }, { min: 0, label: '一般' }];
    expect(await messages(open)).toEqual([]);
    // Bands no total can get were accepted, their counts 0 with no word: a limit twice (80 typed 90), two open
    // bands, the catch-all under a limit of −10.
    const twice = form();
    twice.grades.bands = [{ min: 90, label: '甲' }, { min: 90, label: '乙' }, { min: 60, label: '丙' }, { label: '丁' }];
    expect(await messages(twice)).toEqual(['my-form.json:$.grades:等级「乙」与「甲」的门槛都是 90:「乙」永远评不到;请改正其中一个的 min']);
    const opens = form();
    opens.grades.bands = [{ min: 90, label: '甲' }, { label: '乙' }, { label: '丁' }];
    expect(await messages(opens)).toEqual(['my-form.json:$.grades:等级「丁」和「乙」都没有 min:只有一档可以没有门槛(最低的一档)']);
    // A mistake inside bands is said alone (it came with 「缺少必填字段 scale」「不认识的字段 bands」, the other shape's);
    // both shapes at once is said as that.
    const typed = form();
    typed.grades.bands = [{ min: '90' as unknown as number, label: '甲' }, { label: '乙' }];
    expect(await messages(typed)).toEqual(['my-form.json:$.grades.bands[0].min:应为数字(不加引号)(number)']);
    const bothShapes = form();
    (bothShapes.grades as Record<string, unknown>).scale = 'jiayi';
    expect(await messages(bothShapes)).toEqual(['my-form.json:$.grades:「scale」和「bands」是两种写法,只能写其中一种']);
    // A misspelt key of one shape was also the other shape's 「缺少必填字段」: said once, as the slip it is.
    const misspelt = form();
    misspelt.grades = { bandz: misspelt.grades.bands } as unknown as typeof misspelt.grades;
    expect(await messages(misspelt)).toEqual(['my-form.json:$.grades:不认识的字段「bandz」,是不是「bands」?']);
    const scalez = form();
    scalez.grades = { scalez: 'default' } as unknown as typeof scalez.grades;
    expect(await messages(scalez)).toEqual(['my-form.json:$.grades:不认识的字段「scalez」,是不是「scale」?']);
    // Beside the right key of its shape, a misspelt one alone is said (it came with 「缺少 scale」「不认识 bands」).
    const both = form();
    both.grades = { bands: both.grades.bands, bandz: both.grades.bands } as unknown as typeof both.grades;
    expect(await messages(both)).toEqual(['my-form.json:$.grades:不认识的字段「bandz」(拼写错误?)']);
    // A required field misspelt anywhere, letters swapped too: one message, the slip named (「缺少 label」 beside it).
    const lable = form();
    const band = lable.grades.bands[0] as unknown as Record<string, unknown>;
    band.lable = band.label;
    delete band.label;
    expect(await messages(lable)).toEqual(['my-form.json:$.grades.bands[0]:不认识的字段「lable」,是不是「label」?']);
    const grade = form() as unknown as Record<string, unknown>;
    grade.grade = grade.grades;
    delete grade.grades;
    expect(await messages(grade as never)).toEqual(['my-form.json:$:不认识的字段「grade」,是不是「grades」?']);
    // Limits out of order: 良好 ≥ 95 after 优秀 ≥ 90 was never given (100 and 92 both 优秀); a band named with spaces.
    const order = form();
    order.grades.bands = [{ min: 90, label: '优秀' }, { min: 95, label: '良好' }, { min: 60, label: '一般' }, { label: '待改进' }];
    expect(await messages(order)).toEqual(['my-form.json:$.grades:等级表的门槛要从高到低排列(90、95、60):较低的门槛在前时,较高的一档永远评不到']);
    const spaces = form();
    spaces.grades.bands = [{ min: 90, label: '优秀' }, { min: 60, label: '  ' }, { label: '待改进' }];
    expect(await messages(spaces)).toEqual(['my-form.json:$.grades.bands[1].label:等级名称不能只有空格']);
    const header = form();
    header.header[0]!.label = ' ';
    expect((await messages(header)).filter((m) => m.includes('空格'))).toEqual(['my-form.json:$.header[0].label:表头字段的名称不能只有空格']);
    // A limit above 100 beside others: never given (185 typed for 85).
    const over = form();
    over.grades.bands = [{ min: 185, label: '甲' }, { min: 60, label: '乙' }, { label: '丁' }];
    expect(await messages(over)).toEqual(['my-form.json:$.grades:等级「甲」的门槛 185 超过 100:定级时总分按最高 100 计(有加分、总分超过 100 时也一样),永远评不到;请改正它的 min']);
    const below = form();
    below.grades.bands = [{ min: 90, label: '甲' }, { min: -10, label: '乙' }, { label: '丁' }];
    expect(await messages(below)).toEqual(['my-form.json:$.grades:等级「乙」的门槛是 -10,最低的一档「丁」只有总分低于 -10 时才评得到;请检查 min(最低一档以上的门槛应大于 0)']);
  });

  it('a band named twice in a scale is refused (两档「良好」 merged their counts)', async () => {
    const m = mattress();
    m.grades.bands[1].label = '优秀';
    expect(await messages(m)).toEqual(['my-form.json:$.grades:等级「优秀」在等级表中出现两次']);
  });

  it('a JSON mistake is placed by line and column, also where the parser quotes the text instead of a position (a comma before 「]」)', () => {
    const place = (text: string) => {
      try {
        JSON.parse(text);
      } catch (err) {
        return jsonErrorPlace(text, (err as Error).message);
      }
      return null;
    };
    // 「[1,2,]」: the 「]」 after the comma is column 6 of line 1.
    // And what was most likely typed wrong there: the comma too many, a Chinese keyboard's quotes or comma, a file cut short.
    expect(place('[1,2,]')).toEqual({ line: 1, column: 6, cause: 'trailing-comma' });
    // A list closed after a trailing comma on line 4, with more text after it (the parser cuts its quote short).
    expect(place('{"header": [\n  "姓名",\n  "工号",\n  ],\n  "version": "1.0.0", "title": "xxxxxxxxxxxxxxxxxxxx"}')).toEqual({ line: 4, column: 3, cause: 'trailing-comma' });
    // A position in the message, as before.
    expect(place('{"a" 1}')).toEqual({ line: 1, column: 6 });
    expect(place('{\u201cmax\u201d: 10}')).toMatchObject({ line: 1, cause: 'cn-quote' });
    expect(place('{"max": 10\uff0c "min": 0}')).toMatchObject({ line: 1, cause: 'cn-punct' });
    // A Chinese input method's full-width space, or a no-break space, before a name.
    expect(place('{\n  "max": 10,\n\u3000"min": 0}')).toMatchObject({ line: 3, cause: 'wide-space' });
    expect(place('{\n\u00a0"max": 10}')).toMatchObject({ line: 2, cause: 'wide-space' });
    expect(place('{"max": 10, "parts": [')).toMatchObject({ cause: 'unclosed' });
    expect(place('{"max": 15,,\n "min": 0}')).toMatchObject({ line: 1, cause: 'extra-comma' });
    expect(place('{"label": "表格管理,\n "max": 15}')).toMatchObject({ line: 1, cause: 'open-quote' });
    // More of what people type (each said only by its place before): single quotes, a comment, a name without quotes,
    // a comma missing at a line's end, a bracket too many, numbers JSON does not take.
    expect(place("{'max': 10}")).toMatchObject({ cause: 'single-quote' });
    expect(place('{"max": 10, // 满分\n "min": 0}')).toMatchObject({ cause: 'comment' });
    expect(place('{"max": 10, min: 0}')).toMatchObject({ cause: 'bare-key' });
    expect(place('{"max": 10\n "min": 0}')).toMatchObject({ line: 2, cause: 'missing-comma' });
    expect(place('{"parts": [{"id": "a"}}]}')).toMatchObject({ cause: 'extra-close' });
    // One that closes the whole definition early: the parser stops at what follows it.
    expect(place('{"combine": {"kind": "sum"}},\n "clamp": {"min": 0}}')).toMatchObject({ line: 1, cause: 'extra-close' });
    expect(place('{"max": \uff12\uff10}')).toMatchObject({ cause: 'bad-number' });
    expect(place('{"max": +20}')).toMatchObject({ cause: 'bad-number' });
    expect(place('{"max": NaN}')).toMatchObject({ cause: 'bad-number' });
    expect(place('{"max": 020}')).toMatchObject({ cause: 'bad-number' });
    // Text after a whole definition (a note typed below it, a second {…}): not a bracket too many.
    expect(place('{"max": 20}\n多余的说明')).toMatchObject({ line: 2, cause: 'after-end' });
    expect(place('{"max": 20}{"max": 30}')).toMatchObject({ cause: 'after-end' });
    // A percent sign on a number, a tab typed inside a text: each said (they had a place only).
    expect(place('{"max": 20%}')).toMatchObject({ cause: 'bad-number' });
    expect(place('{"label": "表格\t管理"}')).toMatchObject({ cause: 'control-in-text' });
  });

  it('names the file, the JSON path and the problem', async () => {
    const typo = mattress();
    typo.parts[0].items[2].rul = typo.parts[0].items[2].rule;
    delete typo.parts[0].items[2].rule;
    // A rule without its kind: that alone (every other kind's fields were said missing, 15 lines).
    const kindless = mattress();
    delete kindless.parts[0].items[2].rule.kind;
    expect(await messages(kindless)).toEqual(['my-form.json:$.parts[0].items[2].rule:缺少必填字段「kind」']);
    // One message for the slip (it was 「缺少必填字段 rule」 beside 「不认识的字段 rul」).
    expect(await messages(typo)).toEqual(['my-form.json:$.parts[0].items[2]:不认识的字段「rul」,是不是「rule」?']);
    // An optional field misspelt makes no 「缺少」 error to pair with: the place's own fields name it (「mni」 had no hint,
    // and a typed min of 0 left unread lets a count go negative). Beside the right spelling, no guess.
    const mni = mattress();
    mni.parts[0].items[0].inputs[0].mni = 0;
    delete mni.parts[0].items[0].inputs[0].min;
    expect(await messages(mni)).toEqual(['my-form.json:$.parts[0].items[0].inputs[0]:不认识的字段「mni」,是不是「min」?']);
    const capp = mattress();
    capp.parts[0].items[0].rule.capp = 1;
    delete capp.parts[0].items[0].rule.cap;
    expect(await messages(capp)).toEqual(['my-form.json:$.parts[0].items[0].rule:不认识的字段「capp」,是不是「cap」?']);
    const both = mattress();
    both.parts[0].items[0].inputs[0].mni = 0;
    expect(await messages(both)).toEqual(['my-form.json:$.parts[0].items[0].inputs[0]:不认识的字段「mni」(拼写错误?)']);

    const badRef = mattress();
    badRef.parts[0].items[0].rule.numerator = 'visits';
    expect(await messages(badRef)).toEqual(['my-form.json:$.parts[0].items[0].rule:规则引用的输入「visits」不存在(可用:N、V)']);

    const badKind = mattress();
    badKind.parts[0].items[4].rule.kind = 'magic';
    expect((await messages(badKind)).join('\n')).toContain('$.parts[0].items[4].rule.kind');
  });

  it('checks what the schema cannot: weights add up, ids are unique, rules fit their inputs', async () => {
    const after = JSON.parse(readFileSync(path.join(repoRoot, 'templates/after-sales-monthly.json'), 'utf8'));
    after.parts[1].weight = 0.25; // 0.85 + 0.25 = 1.1
    expect(await messages(after)).toEqual(['my-form.json:$.parts:各部分权重之和应为 1,实际为 1.1']);

    const dup = mattress();
    dup.parts[0].items[1].id = 'M1';
    // At the second one, where it is fixed (it was said at 「$.parts」).
    expect((await messages(dup)).filter((m) => m.includes('项目 id'))).toEqual(['my-form.json:$.parts[0].items[1].id:项目 id「M1」重复($.parts[0].items[0].id 已用过)']);

    const wrongType = mattress();
    wrongType.parts[0].items[1].inputs[0].type = 'integer'; // incidents need a list input
    expect((await messages(wrongType)).join('\n')).toContain('不适用于规则 incidents');

    // §28: a rate or its counts — a required 满意度 would make the counts useless.
    const sat = JSON.parse(readFileSync(path.join(repoRoot, 'templates/sales-aftersales-monthly.json'), 'utf8'));
    delete sat.parts[0].items[0].inputs[0].optional;
    expect((await messages(sat)).join('\n')).toContain('actual.rate:比率或计数二选一,输入 rate 应为 optional');
  });

  it('refuses hostile definitions: __proto__ keys, huge arrays, deep nesting, absurd numbers — and pollutes nothing', async () => {
    const proto = '{"id":"x","title":"t","version":"1","header":[{"id":"name","label":"姓名","role":"name"}],"parts":[],"combine":{"kind":"sum"},"grades":{"bands":[{"label":"a"}]},"__proto__":{"polluted":true}}';
    const r = await parseDefinition(proto, 'evil.json');
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const huge = mattress();
    huge.notes = Array.from({ length: 100_000 }, () => 'x');
    expect((await messages(huge)).join('\n')).toContain('$.notes:数组最多 50 项');

    const absurd = mattress();
    absurd.parts[0].items[0].max = 1e300;
    expect((await messages(absurd)).join('\n')).toContain('$.parts[0].items[0].max:数值应不大于 100000');

    let deep = '1';
    for (let i = 0; i < 5000; i++) deep = `{"a":${deep}}`;
    const nested = await parseDefinition(`{"id":"x","notes":[${deep}]}`, 'deep.json');
    expect(nested.ok).toBe(false);
  });

  it('a user definition changes the scoring without touching code (kpi score --form ./my-form.json)', async () => {
    const dir = tempDir();
    const def = mattress();
    def.id = 'my-mattress';
    // 迟到或早退 costs 1 instead of 2: 王芳's M7 goes from 10 − 2×1 = 8 to 10 − 1×1 = 9, total 79 → 80 → 良好
    def.parts[0].items[6].rule.penalties[0].per = 1;
    const file = path.join(dir, 'my-form.json');
    writeFileSync(file, JSON.stringify(def));
    const r = await runCli(['score', path.join(repoRoot, 'samples/mattress-cs-monthly.march.csv'), '--form', file, '--json', '--dry-run']);
    const doc = JSON.parse(r.stdout);
    expect(doc.form).toBe('my-mattress');
    const wang = doc.people.find((p: { name: string }) => p.name === '王芳');
    expect([wang.total, wang.band]).toEqual([80, '良好']);
  });

  it('a broken user definition stops the run with exit 2 and a located message', async () => {
    const dir = tempDir();
    const def = mattress();
    def.grades.bands[0].min = 'ninety';
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(def));
    const r = await runCli(['score', path.join(repoRoot, 'samples/mattress-cs-monthly.march.csv'), '--form', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('$.grades.bands[0].min');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const check = await runCli(['forms', file]);
    expect(check.code).toBe(2);
  });
});

describe('roll-up rules and distribution limits in a definition', () => {
  it('accepts the §23 streak rule and limits on the form\'s bands; refuses unknown bands and empty limits', async () => {
    const ok = mattress();
    ok.rollup = { rules: [{ kind: 'streak', band: '优秀', months: 3, points: 3 }] };
    ok.distribution = { limits: [{ band: '优秀', max: 0.2 }, { band: '待改进', min: 0.1 }] };
    expect(await messages(ok)).toEqual([]);
    const bad = mattress();
    bad.rollup = { rules: [{ kind: 'streak', band: '甲', months: 3, points: 3 }] };
    bad.distribution = { limits: [{ band: '优秀' }, { band: '良好', max: 0.1, min: 0.2 }] };
    const m = await messages(bad);
    expect(m.some((x) => x.includes('$.rollup.rules[0].band') && x.includes('等级「甲」不在本表的等级表中(优秀、良好、一般、待改进)'))).toBe(true);
    expect(m.some((x) => x.includes('$.distribution.limits[0]') && x.includes('要给出 max(至多)或 min(至少)'))).toBe(true);
    expect(m.some((x) => x.includes('$.distribution.limits[1]') && x.includes('min 不能大于 max'))).toBe(true);
    const schema = mattress();
    schema.rollup = { rules: [{ kind: 'streak', band: '优秀', months: 0, points: 3 }] };
    expect((await messages(schema)).length).toBeGreaterThan(0);
  });
});

describe('a definition nested absurdly deep', () => {
  it('is refused at its path before the schema check recurses into it (a formula 1,000 deep overflowed the stack: 内部错误)', async () => {
    let value: unknown = { field: 'quality' };
    for (let i = 0; i < 1000; i++) value = { sum: [value] };
    const r = await parseAnyDefinition(JSON.stringify({ id: 'deep', title: '深', version: '1', records: {}, derived: [{ id: 'd', label: 'd', value }] }), 'deep.json');
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([
      'deep.json:$.derived[0].value.sum[0].sum[0].sum[0].sum[0].s…sum[0].sum[0].sum[0].sum:嵌套超过 64 层(内置的表最多 14 层);请把公式拆成几个 derived 字段',
    ]);
  });
});

describe('a records form asked for where people are scored', () => {
  it('by its shipped id: the problem names no file (`file` in --json is a path, never 「satisfaction-monthly」)', async () => {
    const { loadForm } = await import('../../src/forms/load.js');
    const r = await loadForm('satisfaction-monthly');
    expect(r.ok ? null : r.problems.map((p) => [p.code, p.file])).toEqual([['form-is-records', undefined]]);
  });
});

describe('a record definition\'s identity columns', () => {
  it('must exist and must not be a grouping\'s column (a 师傅 column would protect 「王师傅 小计」 itself)', async () => {
    const shipped = JSON.parse(readFileSync(path.join(repoRoot, 'templates/install-followup.json'), 'utf8'));
    const r = await parseAnyDefinition(JSON.stringify({ ...shipped, records: { ...shipped.records, identity: ['customer', 'master', 'buyer'] } }), 'team.json');
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([
      'team.json:$.records.identity[1]:列「master」是分组的列(groupings 的 by),不能用来认出一条记录',
      'team.json:$.records.identity[2]:列「buyer」不存在',
    ]);
  });
});

describe('values a condition or a table of a record definition cannot mean', () => {
  const shipped = (id: string) => JSON.parse(readFileSync(path.join(repoRoot, `templates/${id}.json`), 'utf8'));
  const messages = async (def: unknown) => {
    const r = await parseAnyDefinition(JSON.stringify(def), 'team.json');
    return r.ok ? [] : r.problems.map((p) => p.message);
  };
  it('「是」 for a 是/否 column and a choice none of its options has are refused (the condition never held: 0 % at exit 0)', async () => {
    const def = shipped('install-followup');
    def.derived[0].value.if.all[0] = { field: 'done', eq: '是' };
    def.derived[0].value.if.all[2] = { field: 'attitude', in: ['五星'] };
    expect(await messages(def)).toEqual([
      // Each at its own leaf of the condition, not only at the derived field it is in.
      'team.json:$.derived[0].value.if.all[0]:「是否处理完毕」是 是/否 列,条件的值应写 true 或 false,不是 "是"',
      expect.stringContaining('team.json:$.derived[0].value.if.all[2]:「服务态度」的选项里没有 "五星"(可选:'),
    ]);
  });
  it('a derived point compared with 「是」, a number column with a word, a bound no option reaches: refused; an option\'s points are fine', async () => {
    const def = shipped('install-followup');
    def.derived[0].value.if.all[2] = { field: 'attitude', atLeast: 6 };
    def.derived[0].value.if.all.push({ field: 'qCabinet', eq: '多' });
    const grouping = def.groupings[0];
    grouping.figures[0] = { ...grouping.figures[0], where: { field: 'satisfied', eq: '是' } };
    const said = await messages(def);
    expect(said).toEqual(expect.arrayContaining([
      'team.json:$.derived[0].value.if.all[2]:「服务态度」的值在 1 到 5 之间,这个条件永远不成立',
      `team.json:$.derived[0].value.if.all[${def.derived[0].value.if.all.length - 1}]:「柜身」是数字列,条件的值应是数,不是 "多"`,
      'team.json:$.groupings[0].figures[0].where:「satisfied」是计算出的数,条件的值应是数,不是 "是"',
    ]));
    const fine = shipped('install-followup');
    fine.derived[0].value.if.all[2] = { field: 'attitude', eq: 5 };
    expect(await messages(fine)).toEqual([]);
  });

  it('a name defined further down is said to come later, not to be missing (「satisfied」不存在 for a derived field below)', async () => {
    const def = shipped('install-followup');
    // A second derived field before the shipped one, reading it.
    def.derived.unshift({ id: 'early', label: '提前', value: { field: def.derived[0].id } });
    expect(await messages(def)).toEqual([`team.json:$.derived[0].value:「${def.derived[1].id}」在后面才定义:要先定义才能引用,请把它移到这一项前面`]);
  });
  it('a derived field naming itself is said to, not to come later', async () => {
    const def = shipped('install-followup');
    def.derived[0].value = { sum: [{ field: def.derived[0].id }, 1] };
    expect(await messages(def)).toEqual([`team.json:$.derived[0].value.sum[0]:「${def.derived[0].id}」引用了它自己,无法计算;请改为引用别的列或指标`]);
  });
  it('differsFrom with itself, or between a text and a number, is refused (every row an error; or a check that never fires)', async () => {
    const def = shipped('internal-satisfaction-dept');
    const check = def.checks.find((c: { id: string }) => c.id === 'self-rating');
    check.require.differsFrom = 'from';
    expect(await messages(def)).toEqual([expect.stringMatching(/^team\.json:\$\.checks\[1\]\.require\.differsFrom:「评价部门」与它自己比较/)]);
    check.require.differsFrom = 'weighted';
    expect(await messages(def)).toEqual([expect.stringMatching(/^team\.json:\$\.checks\[1\]\.require\.differsFrom:「评价部门」是文字,「weighted」是数,两者永远不同/)]);
  });
  it('a streak over a column that is no month, or a band on a figure that is no number, is refused (0 and 未定级 at exit 0)', async () => {
    const def = shipped('internal-satisfaction-workshop');
    const gi = def.groupings.findIndex((g: { figures: Array<{ agg: string }> }) => g.figures.some((f) => f.agg === 'streak'));
    const fi = def.groupings[gi].figures.findIndex((f: { agg: string }) => f.agg === 'streak');
    def.groupings[gi].figures[fi].field = 'dept';
    expect(await messages(def)).toEqual([expect.stringContaining(`team.json:$.groupings[${gi}].figures[${fi}].field:连续(streak)按月份计:「被服务部门」不是月份列`)]);
    const banded = shipped('internal-satisfaction-workshop');
    const g0 = banded.groupings[0];
    const word = g0.figures.find((f: { agg: string }) => f.agg === 'choose');
    expect(word).toBeDefined();
    g0.band = { ...g0.band, figure: word.id };
    expect(await messages(banded)).toEqual([expect.stringContaining(`team.json:$.groupings[0].band.figure:「${word.label}」(choose)不是数,不能按它定级`)]);
  });
  it('a same, max or sum over a text column is refused at its of (its band was 未定级 and its figure 「没有可计算的」 at exit 0)', async () => {
    for (const agg of ['same', 'max', 'sum']) {
      const def = shipped('internal-satisfaction-workshop');
      def.groupings[0].figures.push({ id: 'itm', label: '项目', agg, of: { field: 'item' } });
      const fi = def.groupings[0].figures.length - 1;
      expect(await messages(def), agg).toEqual([`team.json:$.groupings[0].figures[${fi}].of:「评价项目」是文字列,${agg} 要对数计算;请改为一个数的列或计算项`]);
    }
  });
  it('differsFrom naming no column is refused at its own path', async () => {
    const def = shipped('internal-satisfaction-dept');
    const check = def.checks.find((c: { id: string }) => c.id === 'self-rating');
    check.require.differsFrom = 'target';
    const said = await messages(def);
    expect(said.length).toBe(1);
    expect(said[0]).toMatch(/^team\.json:\$\.checks\[1\]\.require\.differsFrom:.*target/);
  });
  it('a lookup table giving one key twice is refused (the second row was never read)', async () => {
    const def = shipped('internal-satisfaction-dept');
    const [name, table] = Object.entries(def.tables as Record<string, { rows: unknown[][] }>)[0]!;
    table.rows.push([...table.rows[0]!.slice(0, -1), 0.2]);
    expect(await messages(def)).toEqual([expect.stringContaining(`team.json:$.tables.${name}.rows[${table.rows.length - 1}]:与第 1 行(rows[0])的键`)]);
  });
  it('records.dated must name a date column (the column whose months are checked)', async () => {
    const def = shipped('install-followup');
    def.records.dated = 'attitude';
    expect(await messages(def)).toEqual(['team.json:$.records.dated:列「服务态度」是 choice 列,dated 要一个日期(date)列']);
    def.records.dated = 'ghost';
    expect(await messages(def)).toEqual(['team.json:$.records.dated:列「ghost」不存在']);
  });
  it('a 序号 as a column naming a record is refused (exports number their subtotals too)', async () => {
    const def = shipped('install-followup');
    def.records.identity = ['seq'];
    expect(await messages(def)).toEqual(['team.json:$.records.identity[0]:列「seq」是序号,小计、合计行也常编了序号,不能用来认出一条记录']);
  });
});

describe('an input\'s alias that is another input\'s name in its item', () => {
  it('is refused: kpi could not read its own template back', async () => {
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates/mattress-cs-monthly.json'), 'utf8'));
    const m1 = def.parts[0].items.find((i: { id: string }) => i.id === 'M1');
    m1.inputs[1].aliases = [...(m1.inputs[1].aliases ?? []), '本月安装(售服)客户数'];
    const r = await parseDefinition(JSON.stringify(def), 'team.json');
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([expect.stringContaining('填写项的名称或别名「本月安装(售服)客户数」也是同一项目的填写项「本月安装(售服)客户数」的')]);
  });
});

describe('a pay rule that cannot apply', () => {
  it('a 不满 N 分 cut beside a bonus of 基数 × K is refused at its path (the K alone was paid: 1000 × 0.7 = 700, not × 0.5 = 350)', async () => {
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates/cs-scheme-100.json'), 'utf8'));
    def.pay = { ...def.pay, cutBelow: 90, cutRate: 0.5 };
    const r = await parseAnyDefinition(JSON.stringify(def), 'team.json');
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([
      'team.json:$.pay.cutBelow:绩效奖金按等级系数「K」计算(绩效基数 × K)时不再另扣,cutBelow 不起作用;要少发,请把低档的 K 调小,或删去 cutBelow',
      'team.json:$.pay.cutRate:绩效奖金按等级系数「K」计算(绩效基数 × K)时不再另扣,cutRate 不起作用;要少发,请把低档的 K 调小,或删去 cutRate',
    ]);
  });

  it('negative points for a tier, a choice or the rest are refused (an item of −5/20 took points from the others: 37.875)', async () => {
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates/probation.json'), 'utf8'));
    const item = def.parts[0].items[0];
    expect(item.rule.kind).toBe('tiers');
    item.rule.tiers[0].points = -5;
    item.rule.otherwise.points = -3;
    const r = await parseAnyDefinition(JSON.stringify(def), 'team.json');
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([
      'team.json:$.parts[0].items[0].rule.tiers[0].points:第 1 档的分值 -5 为负数:这一项会低于 0 分,扣掉其他项目的分;扣分请用 deduction 规则,或写成奖惩(adjustment)项目',
      'team.json:$.parts[0].items[0].rule.otherwise.points:其余档的分值 -3 为负数:这一项会低于 0 分,扣掉其他项目的分;扣分请用 deduction 规则,或写成奖惩(adjustment)项目',
      // (Its top tier gone, the best left is 8 of 10.)
      'team.json:$.parts[0].items[0].max:最高一档只有 8 分,达不到本项满分 10:满分的人也拿不到满分;请改 max 或这一处的分值',
    ]);
  });
});

describe('a workbook given as a definition', () => {
  it('is said to be a workbook, not text of another encoding (kpi forms march.xlsx, --form march.xlsx)', async () => {
    const file = path.join(repoRoot, 'samples', 'cs-rep.march.roster.xlsx');
    const r = await loadDefinitionFile(file);
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([`${file}:是 Excel 工作簿(或压缩包),不是考核表定义文件(.json,如 kpi forms <id> 所示的规则);要评分的考核表请直接给 kpi score`]);
  });
});

describe('a definition path that loops', () => {
  it('is said in words, not as ELOOP', async () => {
    const { symlinkSync } = await import('node:fs');
    const dir = tempDir();
    symlinkSync(path.join(dir, 'b'), path.join(dir, 'a'));
    symlinkSync(path.join(dir, 'a'), path.join(dir, 'b'));
    const r = await loadDefinitionFile(path.join(dir, 'a'));
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([`${path.join(dir, 'a')}:是一个绕成环的快捷方式(符号链接),找不到真正的文件`]);
  });
});

describe('a definition file\'s encoding', () => {
  it('GBK is refused with the cause (it loaded as valid, every Chinese label garbled); UTF-16 with its mark (Notepad\'s 「Unicode」) loads', async () => {
    const dir = tempDir();
    const text = readFileSync(path.join(repoRoot, 'templates/cs-rep.json'), 'utf8');
    // 「考核」 in GBK is BF BC BA CB: no UTF-8 text.
    const gbk = path.join(dir, 'gbk.json');
    writeFileSync(gbk, Buffer.concat([Buffer.from(text.slice(0, text.indexOf('"title"'))), Buffer.from('"title": "'), Buffer.from([0xbf, 0xbc, 0xba, 0xcb]), Buffer.from(text.slice(text.indexOf('",', text.indexOf('"title"'))))]));
    const bad = await loadDefinitionFile(gbk);
    expect(bad.ok ? [] : bad.problems.map((p) => p.message)).toEqual([`${gbk}:不是 UTF-8 编码的文字(可能存成了 GBK、GB18030 或其他编码,中文会读成乱码);请用编辑器「另存为」UTF-8 编码后重试`]);
    const utf16 = path.join(dir, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const good = await loadDefinitionFile(utf16);
    expect(good.ok && good.form.title).toBe(JSON.parse(text).title);
    // Without its mark too: a zero in every other byte.
    writeFileSync(utf16, Buffer.from(text, 'utf16le'));
    const bare = await loadDefinitionFile(utf16);
    expect(bare.ok && bare.form.title).toBe(JSON.parse(text).title);
  });
});

describe('a definition file named as Windows users name it', () => {
  it('MY.JSON, or a name without .json that is a file here, is that file (it was 「未知的考核表「MY.JSON」」); a shipped id is still the id', async () => {
    const { kpi } = await import('../helpers.js');
    const dir = tempDir();
    const text = readFileSync(path.join(repoRoot, 'templates/cs-rep.json'), 'utf8');
    writeFileSync(path.join(dir, 'MY.JSON'), text);
    writeFileSync(path.join(dir, 'team-form'), text);
    for (const name of ['MY.JSON', 'team-form']) {
      const r = kpi(['forms', name], { cwd: dir });
      expect([r.code, r.stdout.split('\n')[0]], name).toEqual([0, `${path.join(dir, name)}:定义有效(cs-rep 1.0.0,9 个项目)`]);
    }
    const shipped = kpi(['forms', 'cs-rep'], { cwd: dir });
    expect(shipped.stdout.split('\n')[0]).toBe('客服代表考核表(cs-rep 1.0.0)');
  });
});

describe('weights that nearly sum to 1', () => {
  it('are said with their real sum (it was 「应为 1,实际为 1」 for three parts of 0.3333333)', async () => {
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates/after-sales-monthly.json'), 'utf8'));
    expect(def.combine.kind).toBe('weighted-parts');
    def.parts[0].weight = 0.85 - 1e-7;
    const r = await parseAnyDefinition(JSON.stringify(def), 'team.json');
    // 0.8499999 + 0.15 = 0.9999999: off by 1e-7.
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual(['team.json:$.parts:各部分权重之和应为 1,实际为 0.9999999(差 1e-7;三等分请把最后一份写成补足的数,如 0.3333、0.3333、0.3334)']);
  });
});

describe('coefficients and shares a definition cannot mean', () => {
  const messagesOf = async (def: unknown) => {
    const r = await parseAnyDefinition(JSON.stringify(def), 'team.json');
    return r.ok ? [] : r.problems.map((p) => p.message);
  };
  it('a negative K pays a negative bonus (1000 × −0.5 = −500 off 基本工资): refused', async () => {
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates/cs-scheme-100.json'), 'utf8'));
    // The built-in 「k」 scale as a team's own, its lowest K made negative.
    const { BUILTIN_SCALES } = await import('../../src/engine/scales.js');
    const mine = JSON.parse(JSON.stringify(BUILTIN_SCALES[def.grades.scale]));
    const last = mine.bands[mine.bands.length - 1];
    last.data.K = -0.5;
    def.scales = { mine };
    def.grades = { scale: 'mine' };
    expect(await messagesOf(def)).toEqual([`team.json:$.pay.bonus:等级「${last.label}」的系数 K 为 -0.5:绩效奖金会是负数,工资总额少于基本工资(基本工资不扣);最低请写 0`]);
  });
  it('a cap written as a percentage (100 for 100 %: 10000 %) and a cutBelow outside 0–100 are refused', async () => {
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates/mattress-cs-monthly.json'), 'utf8'));
    const k = def.parts[0].items.findIndex((i: { rule: { kind: string } }) => i.rule.kind === 'ratio');
    def.parts[0].items[k].rule.cap = 100;
    def.pay = { cutBelow: 150 };
    expect(await messagesOf(def)).toEqual([
      'team.json:$.pay.cutBelow:不满 150 分扣绩效奖金:总分在 0–100 之间,所有人都会被扣;请写 0 到 100 之间的分数',
      `team.json:$.parts[0].items[${k}].rule.cap:上限 cap 是比例(1 即 100%,1.2 即 120%),100 是 10000%;请改写成比例`,
    ]);
  });
  it('an of: max option with a negative coefficient is refused (差 −0.2 of 30 took 6 points from the others: −6.00)', async () => {
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates/cs-dept-monthly.json'), 'utf8'));
    const items = def.parts.flatMap((p: { items: unknown[] }) => p.items) as Array<{ rule: { of?: string }; inputs: Array<{ choices?: Array<{ points: number }>; choiceSet?: string }> }>;
    const item = items.find((i) => i.rule.of === 'max')!;
    const set = item.inputs[0]!.choiceSet;
    const choices = set ? def.choiceSets[set] : item.inputs[0]!.choices!;
    choices[choices.length - 1].points = -0.2;
    expect((await messagesOf(def)).some((m) => /的系数 -0\.2 为负数:这一项会低于 0 分/.test(m))).toBe(true);
  });
  it('counts (a deduction\'s 次数, a ratio\'s 分子): a negative min is refused; none is 0, so −3 次迟到 is an error at its cell, not +6 points', async () => {
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates/mattress-cs-monthly.json'), 'utf8'));
    type Item = { id: string; rule: { kind: string; numerator?: string; penalties?: Array<{ input: string }> }; inputs: Array<{ id: string; min?: number; label: string }> };
    const found = def.parts.flatMap((p: { items: Item[] }, pi: number) => p.items.map((it, ii) => ({ it, at: `$.parts[${pi}].items[${ii}]` }))) as Array<{ it: Item; at: string }>;
    const deduction = found.find((x) => x.it.rule.kind === 'deduction' && x.it.rule.penalties?.length)!;
    const d = deduction.it.inputs.findIndex((i) => i.id === deduction.it.rule.penalties![0]!.input);
    deduction.it.inputs[d]!.min = -1;
    expect(await messagesOf(def)).toEqual([`team.json:${deduction.at}.inputs[${d}].min:扣分的次数「${deduction.it.inputs[d]!.label}」的 min 不能小于 0:负数会被计入,一项会超过满分或成为负分`]);
    // Without a min (definitions written before it was asked for keep loading): read with min 0.
    delete deduction.it.inputs[d]!.min;
    const ratio = found.find((x) => x.it.rule.kind === 'ratio')!;
    delete ratio.it.inputs.find((i) => i.id === ratio.it.rule.numerator)!.min;
    expect(await messagesOf(def)).toEqual([]);
    const file = path.join(tempDir(), 'team.json');
    writeFileSync(file, JSON.stringify(def));
    const loaded = await loadDefinitionFile(file);
    if (!loaded.ok) throw new Error('not loaded');
    const items = loaded.form.parts.flatMap((p) => p.items);
    expect(items.find((i) => i.id === deduction.it.id)!.inputs.find((i) => i.id === deduction.it.rule.penalties![0]!.input)!.min).toBe(0);
    expect(items.find((i) => i.id === ratio.it.id)!.inputs.find((i) => i.id === ratio.it.rule.numerator)!.min).toBe(0);
  });
  it('definitions that loaded and scored past an item\'s range: a score input without min, zeroAt 0, a cap over 1 on a ratio or a lower-is-better time', async () => {
    const read = (id: string) => JSON.parse(readFileSync(path.join(repoRoot, `templates/${id}.json`), 'utf8'));
    type Item = { label: string; max: number; rule: { kind: string; input?: string; cap?: number; direction?: string; zeroAt?: { count: number }; base?: unknown }; inputs: Array<{ id: string; min?: number; label: string }> };
    const itemsOf = (def: { parts: Array<{ items: Item[] }> }) => def.parts.flatMap((p, pi) => p.items.map((it, ii) => ({ it, at: `$.parts[${pi}].items[${ii}]` })));
    // cs-scheme-100's 业绩考核 typed 0–20 without its min: −5 was a score of −5.
    const scheme = read('cs-scheme-100');
    const band = itemsOf(scheme).find((x) => x.it.rule.kind === 'band')!;
    const k = band.it.inputs.findIndex((i) => i.id === band.it.rule.input);
    delete band.it.inputs[k]!.min;
    expect(await messagesOf(scheme)).toEqual([`team.json:${band.at}.inputs[${k}]:直接打分的输入「${band.it.inputs[k]!.label}」要写 min(0 或以上):不写时负数也会被当作分数`]);
    // zeroAt 0: 「旷工 0次 ≥ 0次 → 0」 for everyone.
    const shop = read('shop-cs-monthly');
    const zero = itemsOf(shop).find((x) => x.it.rule.zeroAt)!;
    zero.it.rule.zeroAt!.count = 0;
    expect(await messagesOf(shop)).toEqual([`team.json:${zero.at}.rule.zeroAt.count:数值应不小于 1`]);
    // A ratio capped at 150 %: 回访率 24 of 20. sales-cs-kpi's 响应时间 (lower) at 1.5: 22.5 of 15. Its 1.2 on a target
    // beaten (higher) stays: the catalog's 120 %.
    const ratio = read('mattress-cs-monthly');
    const r = itemsOf(ratio).find((x) => x.it.rule.kind === 'ratio')!;
    r.it.rule.cap = 1.5;
    expect(await messagesOf(ratio)).toEqual([`team.json:${r.at}.rule.cap:比率(ratio)的上限 cap 1.5(150%)会让这一项超过满分 ${r.it.max};最高为 1(100%)。超额完成要多得分,请用 achievement(direction higher)`]);
    const sales = read('sales-cs-kpi');
    const lower = itemsOf(sales).find((x) => x.it.rule.direction === 'lower')!;
    lower.it.rule.cap = 1.5;
    expect(await messagesOf(sales)).toEqual([`team.json:${lower.at}.rule.cap:越低越好(direction lower)的上限 cap 1.5(150%)会让这一项超过满分 ${lower.it.max};最高为 1(100%)。超额完成要多得分,请用 achievement(direction higher)`]);
    expect(itemsOf(read('sales-cs-kpi')).some((x) => x.it.rule.direction !== 'lower' && (x.it.rule.cap ?? 0) > 1)).toBe(true);
  });

  it('one word for two options, two header fields of one name: refused (「完成」 scored as the first option; a second 姓名 column made the template unreadable)', async () => {
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates/after-sales-monthly.json'), 'utf8'));
    const at = def.parts.flatMap((p: { items: unknown[] }, pi: number) => p.items.map((it: unknown, ii: number) => ({ it, at: `$.parts[${pi}].items[${ii}]` }))).find((x: { it: { inputs: Array<{ choices?: unknown[] }> } }) => x.it.inputs.some((i) => (i.choices?.length ?? 0) >= 2)) as { it: { inputs: Array<{ choices?: Array<{ label: string; aliases?: string[] }> }> }; at: string };
    const k = at.it.inputs.findIndex((i) => (i.choices?.length ?? 0) >= 2);
    const [first, second] = at.it.inputs[k]!.choices!;
    second!.aliases = [...(second!.aliases ?? []), first!.label];
    expect(await messagesOf(def)).toEqual([`team.json:${at.at}.inputs[${k}].choices[1]:选项「${second!.label}」的写法「${first!.label}」也是选项「${first!.label}」的:填「${first!.label}」时分不清是哪一个`]);
    const fields = JSON.parse(readFileSync(path.join(repoRoot, 'templates/after-sales-monthly.json'), 'utf8'));
    fields.header.push({ id: 'nickname', label: '姓名', role: 'other' });
    const n = fields.header.length - 1;
    expect(await messagesOf(fields)).toEqual([`team.json:$.header[${n}]:表头字段的名称或别名「姓名」也是表头字段「姓名」的:两列同名,kpi 读不回自己的模板`]);
  });

  it('more that loaded and scored wrong: a bonus part under weighted-parts (dropped), a veto of two rater groups (never 0), tiers on a percent at 0.95 (all full marks), 不适用 on a number box, aliases across parts', async () => {
    const read = (id: string) => JSON.parse(readFileSync(path.join(repoRoot, `templates/${id}.json`), 'utf8'));
    // after-sales-monthly is weighted-parts with raters: a third part of bonus points, weight 0 (the only way past 1).
    const rep = read('after-sales-monthly');
    rep.parts.push({ id: 'X', label: '加分', role: 'bonus', weight: 0, items: [{ id: 'X1', label: '创新', max: 5, inputs: [{ id: 's', label: '得分', type: 'number', min: 0, max: 5 }], rule: { kind: 'band', input: 's' } }] });
    const n = rep.parts.length - 1;
    expect(await messagesOf(rep)).toEqual([`team.json:$.parts[${n}].role:combine 为 weighted-parts 时不能有加分部分(role: bonus):它没有权重可分,加分会被丢掉;请把加分项目放进一个计分部分(项目写 role: "bonus",按该部分的权重计入),或把 combine 改为 sum`]);
    // A veto item in it, rated by 上级 (and 自评, weight 0) alone: fine; by two weighted groups: refused.
    const veto = read('after-sales-monthly');
    veto.raters.push({ id: 'peer', label: '同事', weight: 0.3 });
    veto.raters.find((r: { weight: number }) => r.weight === 1).weight = 0.7;
    veto.parts[0].items.push({ id: 'V', label: '红线', max: 0, role: 'veto', inputs: [{ id: 'v', label: '违规', type: 'choice', choices: [{ label: '否', points: 1 }, { label: '是', points: 0 }] }], rule: { kind: 'choice', input: 'v' } });
    const v = veto.parts[0].items.length - 1;
    expect((await messagesOf(veto)).filter((m) => m.includes('单项否决'))).toEqual([`team.json:$.parts[0].items[${v}].raters:单项否决(role: veto)的项目只能由一组评分人评(写 "raters": ["主管"] 这样的一组):几组评分人的加权平均不会是 0,否决永远不起作用`]);
    // A tier's limits written as fractions on a percent: 50 % was ≥ 0.95 %, 50 of 50.
    const tiers = read('after-sales-monthly');
    const k = tiers.parts[0].items.findIndex((i: { rule: { kind: string } }) => i.rule.kind === 'tiers');
    const t = tiers.parts[0].items[k];
    t.rule.tiers = t.rule.tiers.map((x: { min: number }) => ({ ...x, min: x.min / 100 }));
    expect(await messagesOf(tiers)).toEqual([expect.stringMatching(new RegExp(`^team\\.json:\\$\\.parts\\[0\\]\\.items\\[${k}\\]\\.rule\\.tiers:百分比输入「[^」]+」的档位下限 .* 写成了比例`))]);
    // mean-of-parts over parts of different scales (21/30 and 35/70 averaged as 56, not (70 + 50)/2 = 60).
    const mop = read('cs-dept-rating');
    mop.parts[0].outOf = 30;
    mop.parts[1].outOf = 70;
    expect((await messagesOf(mop)).filter((m) => m.includes('mean-of-parts'))).toEqual([expect.stringContaining('team.json:$.combine:combine 为 mean-of-parts 时各部分的满分要相同(现为 30、70')]);
    // A checklist rate limit written as a fraction (§6 回访率 ≥ 0.3 for 30 %): any rate passed it.
    const psq = read('property-service-quality');
    const box = psq.parts[0].items[0].rule.inputs.find((b: { min?: number }) => typeof b === 'object' && b.min === 30);
    box.min = 0.3;
    expect((await messagesOf(psq)).filter((m) => m.includes('写成了比例'))).toEqual([expect.stringContaining('判定界限 0.3 写成了比例:百分比按 0–100 比较(30% 是 30);请写成如 30')]);
    // combine mean over items of different full marks (21/30 and 35/70 averaged as 28 of 50 = 56, not 60).
    const meanOf = read('mattress-cs-monthly');
    meanOf.combine = { kind: 'mean' };
    expect((await messagesOf(meanOf)).filter((m) => m.includes('combine 为 mean 时'))).toEqual([expect.stringContaining('team.json:$.combine:combine 为 mean 时各项目的满分要相同')]);
    // A veto by one group of several (同事评 ×3): their mean is never 0 either.
    const peers = read('cs-competency');
    const group = peers.raters.find((r: { multiple?: boolean }) => r.multiple);
    peers.parts[0].items.push({ id: 'V', label: '红线', max: 0, role: 'veto', raters: [group.id], inputs: [{ id: 'v', label: '违规', type: 'choice', choices: [{ label: '否', points: 1 }, { label: '是', points: 0 }] }], rule: { kind: 'choice', input: 'v' } });
    expect((await messagesOf(peers)).filter((m) => m.includes('单项否决'))).toHaveLength(1);
    // One tier of a percent written as a fraction among percents (0.9 beside 80 and 75: 50 % scored the top tier).
    const mixed = read('after-sales-monthly');
    const mt = mixed.parts[0].items[k];
    mt.rule.tiers[0].min = mt.rule.tiers[0].min / 100;
    expect((await messagesOf(mixed)).filter((m) => m.includes('写成了比例'))).toHaveLength(1);
    // A constant target of a rate written as a fraction (§28's allowed 客诉率 of 2 % as 0.02): 1 % ÷ 0.02 % took every
    // point (65 一般 for 81.67 良好).
    const allowed = read('sales-aftersales-monthly');
    const a = allowed.parts[0].items.findIndex((i: { rule: { kind: string; target?: unknown } }) => i.rule.kind === 'achievement' && i.rule.target === 2);
    allowed.parts[0].items[a].rule.target = allowed.parts[0].items[a].rule.target / 100;
    expect((await messagesOf(allowed)).filter((m) => m.includes('写成了比例'))).toEqual([expect.stringContaining(`team.json:$.parts[0].items[${a}].rule.target:目标 0.02 写成了比例`)]);
    // An alias of an item that is another part's item's name.
    const cross = read('after-sales-monthly');
    const otherName = cross.parts[1].items[0].label;
    (cross.parts[0].items[0].aliases ??= []).push(otherName);
    expect(await messagesOf(cross)).toContain(`team.json:$.parts[0].items[0].aliases[${cross.parts[0].items[0].aliases.length - 1}]:别名「${otherName}」是另一部分的项目「${otherName}」的名称:名单上这一列是哪一项分不清`);
  });

  it('percentages and fractions in the wrong place: K 110 (for 1.1), cutBelow 0.6 (for 60), grade limits 0.9 / 0.8 / 0.6, a cap of 0.5', async () => {
    // K 110: 2000 × 110 = 220000 paid; cutBelow 0.6: 51 paid in full; limits 0.9…: 59 → 优秀; cap 0.5: 回访率 100 % → 10 of 20.
    const scheme = JSON.parse(readFileSync(path.join(repoRoot, 'templates/cs-scheme-100.json'), 'utf8'));
    const { BUILTIN_SCALES } = await import('../../src/engine/scales.js');
    const mine = JSON.parse(JSON.stringify(BUILTIN_SCALES[scheme.grades.scale]));
    mine.bands[0].data.K = 110;
    Object.assign(scheme, { scales: { mine }, grades: { scale: 'mine' } });
    expect(await messagesOf(scheme)).toEqual([`team.json:$.pay.bonus:等级「${mine.bands[0].label}」的系数 K 为 110:绩效奖金 = 绩效基数 × 110,是基数的 110 倍;系数是比例(1.1 即 110%),请改写成比例`]);
    const mattress = JSON.parse(readFileSync(path.join(repoRoot, 'templates/mattress-cs-monthly.json'), 'utf8'));
    const k = mattress.parts[0].items.findIndex((i: { rule: { kind: string } }) => i.rule.kind === 'ratio');
    mattress.parts[0].items[k].rule.cap = 0.5;
    mattress.pay = { cutBelow: 0.6 };
    mattress.scales = { frac: { bands: [{ min: 0.9, label: '优秀' }, { min: 0.8, label: '良好' }, { min: 0.6, label: '一般' }, { label: '待改进' }] } };
    mattress.grades = { scale: 'frac' };
    expect(await messagesOf(mattress)).toEqual([
      'team.json:$.grades:等级表的门槛 0.9、0.8、0.6 是百分制总分的分数,不是比例:写成小数时人人都是最高一档;请写成如 90、80、60',
      'team.json:$.pay.cutBelow:不满 0.6 分扣绩效奖金:cutBelow 是百分制总分的分数,不是比例(0.6 时几乎没有人会被扣);请写成如 60',
      `team.json:$.parts[0].items[${k}].rule.cap:上限 cap 0.5 低于 1(100%):这一项最多得满分的 50%,永远得不到满分;请写 1 或以上`,
    ]);
  });
});

describe('a ratio without a cap', () => {
  it('is refused unless partOf: §8 M1 written as 「比率×满分」 scored 44/40 = 110 % × 20 = 22 of 20 (90.00 优秀 for 88.00 良好)', async () => {
    const m = mattress();
    const k = m.parts[0].items.findIndex((i: { rule: { kind: string } }) => i.rule.kind === 'ratio');
    delete m.parts[0].items[k].rule.cap;
    // 110 % of 20 = 22, the figure the message gives.
    expect(await messages(m)).toEqual([
      `my-form.json:$.parts[0].items[${k}].rule:比率(ratio)没有写上限 cap:分子大于分母时这一项会超过满分 20(如 44/40 = 110% 得 22 分);请写 "cap": 1(最高按 100% 计),分子本是分母的一部分时写 "partOf": true`,
    ]);
    m.parts[0].items[k].rule.partOf = true;
    expect(await messages(m)).toEqual([]);
  });
});

describe('an item alias that is another item’s input alias', () => {
  it('is refused at the alias: 处理能力 aliased 「扣分」 beside 表格管理’s input 「每次扣分」 (alias 扣分) was 「定义有效」, then 缺少列「处理能力」 at exit 1', async () => {
    const m = mattress();
    m.parts[0].items[4].aliases = ['扣分'];
    expect(await messages(m)).toEqual(['my-form.json:$.parts[0].items[4].aliases[0]:别名「扣分」也是项目「表格管理」的填写项的别名:名单上「扣分」这一列是哪一项分不清']);
    // Its own input's alias (处理能力's 得分 aliased 评分) is no other item's: fine as before.
    m.parts[0].items[4].aliases = ['能力'];
    expect(await messages(m)).toEqual([]);
  });
});

describe('a definition that would drop what is typed, or read it two ways', () => {
  it('an input its rule never reads is refused unless it is reference data (短信漏发 dropped from M3: 15 − 3×2 = 9, not 8, at exit 0)', async () => {
    const m = mattress();
    m.parts[0].items[2].rule.penalties = m.parts[0].items[2].rule.penalties.filter((p: { input: string }) => p.input === 'language');
    expect(await messages(m)).toEqual([
      'my-form.json:$.parts[0].items[2].inputs[1]:输入「短信漏发」(sms)没有被本项的规则(deduction)用到:填的值不会计分。请在规则里用它,或删去它;只作参考、不计分的数据请写 "reference": true',
      'my-form.json:$.parts[0].items[2].inputs[2]:输入「跟踪不到位」(followUp)没有被本项的规则(deduction)用到:填的值不会计分。请在规则里用它,或删去它;只作参考、不计分的数据请写 "reference": true',
    ]);
    // Said as reference data (and optional), the same inputs are kept and not scored.
    for (const k of [1, 2]) Object.assign(m.parts[0].items[2].inputs[k], { reference: true, optional: true });
    expect(await messages(m)).toEqual([]);
  });

  it('the same input twice among a deduction\'s penalties (deducted twice), a tier above its input\'s max, a percent max written as a fraction', async () => {
    const twice = mattress();
    twice.parts[0].items[2].rule.penalties.push({ input: 'language', per: 2 });
    expect(await messages(twice)).toEqual(['my-form.json:$.parts[0].items[2].rule.penalties:输入「language」在 penalties 里出现了不止一次:每次都会扣分;同一输入只写一次(扣几分写在 per 里)']);
    const rate = {
      id: 'r', title: '比率', version: '1.0.0', header: ['name'], combine: { kind: 'sum' }, grades: { scale: 'default' },
      parts: [{ id: 'p', label: '指标', items: [{ id: 'S', label: '满意度', max: 20, inputs: [{ id: 's', label: '满意度', type: 'percent', min: 0, max: 100 }], rule: { kind: 'tiers', input: 's', tiers: [{ min: 120, points: 20 }, { min: 90, points: 15 }], otherwise: { points: 0 } } }] }],
    };
    expect(await messages(rate)).toEqual(['my-form.json:$.parts[0].items[0].rule.tiers:档位下限 120 高于输入「满意度」的上限 100:这一档永远达不到']);
    const fraction = structuredClone(rate);
    fraction.parts[0]!.items[0]!.inputs[0]!.max = 1;
    fraction.parts[0]!.items[0]!.rule.tiers = [{ min: 95, points: 20 }, { min: 90, points: 15 }];
    // Every rate above 1 % was refused, with 「应为0%到1%之间的百分比(如 90% 或 0.9)」: its own example out of range.
    expect(await messages(fraction)).toContain('my-form.json:$.parts[0].items[0].inputs[0].max:百分比输入「满意度」的 max 1 写成了比例:百分比按 0–100 写(100% 是 100),这样填 90% 或 0.9 都超出范围;请写成 100');
  });

  it('a choice named by another choice\'s points (labels 1/3/5/10 worth 10/30/50/1: 10 typed for 10 points scored 1), and a form with nothing scored', async () => {
    const choices = {
      id: 'c', title: '选项', version: '1.0.0', header: ['name'], combine: { kind: 'sum' }, grades: { scale: 'default' },
      parts: [{ id: 'p', label: '指标', items: [{ id: 'A', label: '态度', max: 50, inputs: [{ id: 'a', label: '评价', type: 'choice', choices: [{ label: '1', points: 10 }, { label: '3', points: 30 }, { label: '5', points: 50 }, { label: '10', points: 1 }] }], rule: { kind: 'choice', input: 'a' } }] }],
    };
    const said = await messages(choices);
    expect(said).toEqual([
      'my-form.json:$.parts[0].items[0].inputs[0].choices:选项「1」的名称是数字,又是选项「10」的分值 1:单元格填 1 时不知指哪一个;请把选项名写成文字(如「第1档」),或让名称与分值一致',
      'my-form.json:$.parts[0].items[0].inputs[0].choices:选项「10」的名称是数字,又是选项「1」的分值 10:单元格填 10 时不知指哪一个;请把选项名写成文字(如「第10档」),或让名称与分值一致',
    ]);
    // A choice rule of: max (points are shares of the item's max): 「12分」 on the 0.8 of a 15-point item is its own.
    const shares = {
      ...choices,
      parts: [{ id: 'p', label: '指标', items: [{ id: 'A', label: '态度', max: 15, inputs: [{ id: 'a', label: '评价', type: 'choice', choices: [{ label: '好', points: 1, aliases: ['15分'] }, { label: '中', points: 0.8, aliases: ['12分'] }, { label: '差', points: 0.6, aliases: ['9分'] }] }], rule: { kind: 'choice', input: 'a', of: 'max' } }] }],
    };
    expect(await messages(shares)).toEqual([]);
    // A written form naming other points: §17 服务态度 moved to 35/30/25/20/15 with its old aliases 「30分」「25分」… kept
    // (「15分」 typed scored 20 at exit 0); a bare number is refused only when it is another choice's points.
    const moved = {
      ...choices,
      parts: [{ id: 'p', label: '指标', items: [{ id: 'A', label: '态度', max: 35, inputs: [{ id: 'a', label: '评价', type: 'choice', choices: [{ label: '好', points: 35, aliases: ['30分', '优'] }, { label: '中', points: 30, aliases: ['25', '三十分'] }, { label: '差', points: 0, aliases: ['5', '0分'] }] }], rule: { kind: 'choice', input: 'a' } }] }],
    };
    expect(await messages(moved)).toEqual([
      'my-form.json:$.parts[0].items[0].inputs[0].choices[0].aliases:选项「好」(35 分)的写法「30分」是选项「中」的分值 30 分:填「30分」会按 35 分计;请删去这个写法,或改为「35分」',
      // 「25」 names no choice's points (a level's number, as 5级's 「5」): kept; 「5」 likewise; 「0分」 is 差's own.
    ]);
    // Only M8 其它 (奖惩, adjustment): everyone 0–2 points and 不合格.
    const onlyAdjustment = mattress();
    onlyAdjustment.parts[0].items = [onlyAdjustment.parts[0].items[7]];
    expect(await messages(onlyAdjustment)).toContain('my-form.json:$.parts:没有计分的项目:只有奖惩(adjustment)、加分或否决项目时总分无从算起;请至少写一个有满分的计分项目');
  });
});
