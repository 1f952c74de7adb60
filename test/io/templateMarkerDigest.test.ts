import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { templateCommand } from '../../src/cli/template.js';
import { captureOutput } from '../../src/cli/output.js';
import { fillRoster, type FillPerson } from '../../src/io/fillTemplate.js';
import { gradeFile } from '../../src/io/grade.js';
import { loadForm } from '../../src/forms/load.js';
import { repoRoot, tempDir } from '../helpers.js';

// A team copies cs-rep.json, lowers 优秀 to 85 and keeps its id and version. Templates made from the copy carried the
// mark of the built-in form; without --form they were scored by the built-in: 88.54 良好 where the team's rules give
// 优秀, exit 0 (found by a hand check). The mark now carries the definition's digest.
describe('a template made from an edited copy of a built-in definition', () => {
  // 服务质量 4, 4, 3 → 3.667/4 = 91.667; the other three areas 4, 3 → 87.5 ⇒ (91.667 + 3 × 87.5) / 4 = 88.54.
  const person: FillPerson = {
    header: { name: '张三' },
    values: { 'R1.level': '优秀', 'R2.level': '优秀', 'R3.level': '良好', 'R4.level': '优秀', 'R5.level': '良好', 'R6.level': '优秀', 'R7.level': '良好', 'R8.level': '优秀', 'R9.level': '良好' },
  };

  async function filledTemplate(dir: string, definition: string, name: string): Promise<string> {
    const file = path.join(dir, name);
    expect(await templateCommand(captureOutput(), definition, { layout: 'roster', output: file })).toBe(0);
    const loaded = await loadForm(definition);
    if (!loaded.ok) throw new Error('definition not loaded');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, loaded.form, [person]);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('is not scored by the built-in without --form (an error saying which to give); with --form it is scored by the copy', async () => {
    const dir = tempDir();
    const copy = path.join(dir, 'my-cs-rep.json');
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates', 'cs-rep.json'), 'utf8')) as Record<string, unknown>;
    def.grades = { bands: [{ min: 85, label: '优秀' }, { min: 80, label: '良好' }, { min: 60, label: '一般' }, { label: '待改进' }] };
    writeFileSync(copy, JSON.stringify(def, null, 2));

    const file = await filledTemplate(dir, copy, 'team.xlsx');
    const unsure = await gradeFile(file, { output: null });
    expect(unsure.ok).toBe(false);
    if (!unsure.ok) expect([unsure.failure.code, unsure.failure.message]).toEqual(['form-marker-differs', expect.stringContaining('请用 --form 指定生成模板时用的定义文件')]);

    const theirs = await gradeFile(file, { output: null, form: copy });
    if (!theirs.ok) throw new Error(theirs.failure.message);
    expect(theirs.report.people.map((p) => [p.name, Number(p.total!.toFixed(2)), p.band])).toEqual([['张三', 88.54, '优秀']]);

    // Asked for by id, the built-in's rules: 88.54 is 良好 there.
    const builtIn = await gradeFile(file, { output: null, form: 'cs-rep' });
    if (!builtIn.ok) throw new Error(builtIn.failure.message);
    expect(builtIn.report.people[0]!.band).toBe('良好');
  });

  it('the built-in with CRLF line ends (a Git for Windows checkout) has the digest of the shipped file: its templates are not 「an edited copy」', async () => {
    const { definitionDigest } = await import('../../src/forms/load.js');
    const text = readFileSync(path.join(repoRoot, 'templates', 'cs-rep.json'), 'utf8');
    expect(text.includes('\r\n')).toBe(false);
    expect(definitionDigest(text.replace(/\n/g, '\r\n'))).toBe(definitionDigest(text));
    // An edit is still an edit.
    expect(definitionDigest(text.replace('"优秀"', '"很好"'))).not.toBe(definitionDigest(text));
  });

  it('a copy an editor re-indented (4 spaces, keys reordered, nothing changed) is the built-in: its template scores as the built-in, no 「edited copy」', async () => {
    const dir = tempDir();
    const copy = path.join(dir, 'my-cs-rep.json');
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates', 'cs-rep.json'), 'utf8')) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(def).reverse());
    writeFileSync(copy, JSON.stringify(reordered, null, 4));
    const file = await filledTemplate(dir, copy, 'team.xlsx');
    // 88.54 良好 by the built-in's bands; it was refused (exit 2) as made from another definition.
    const r = await gradeFile(file, { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.map((p) => [p.name, Number(p.total!.toFixed(2)), p.band])).toEqual([['张三', 88.54, '良好']]);
    expect(r.report.problems.filter((p) => p.code === 'form-version')).toEqual([]);
    // The built-in's own template given the copy as --form: no 「内容不同」 warning either.
    const shipped = await filledTemplate(dir, 'cs-rep', 'shipped.xlsx');
    const w = await gradeFile(shipped, { output: null, form: copy });
    if (!w.ok) throw new Error(w.failure.message);
    expect(w.report.problems.filter((p) => p.code === 'form-version')).toEqual([]);
  });

  it('a result graded with a team\'s --form, its template\'s mark of an older built-in version: still refused without --form', async () => {
    // The built-in's version raised since (1.0.0 → 1.0.2): 「an older version of the built-in」 let the built-in score a
    // team's result (its 优秀 ≥ 95 read as the built-in's ≥ 90) — the digest of what graded it says otherwise.
    const { checkMark } = await import('../../src/io/gradeSteps.js');
    const loaded = await loadForm('cs-rep');
    if (!loaded.ok) throw new Error('not loaded');
    const older = { version: '0.9.0', digest: 'aaaaaaaaaaaaaaaa', gradedWith: 'bbbbbbbbbbbbbbbb' };
    expect(checkMark(loaded, older, '2026-03.graded.xlsx', true).failure!.message).toBe(`2026-03.graded.xlsx 上次是按另一份定义文件评分的(--form),不是内置的「客服代表考核表」(cs-rep ${loaded.form.version}):两者的分数线、权重可能不同。请再用 --form 给出那份定义文件;确实要按内置定义评分时加 --form cs-rep`);
    // Graded with the built-in itself (its digest): an older template is scored by the current one, as before.
    expect(checkMark(loaded, { version: '0.9.0', gradedWith: loaded.digest! }, '2026-03.graded.xlsx', true).failure).toBeUndefined();
  });

  it('graded with --form naming the built-in itself: no graded-with mark (its result stays the built-in\'s when its version is raised)', async () => {
    const { readMetadata } = await import('../../src/io/metadata.js');
    const dir = tempDir();
    const file = await filledTemplate(dir, 'cs-rep', 'shipped.xlsx');
    const output = path.join(dir, 'shipped.graded.xlsx');
    const r = await gradeFile(file, { output, form: 'cs-rep' });
    if (!r.ok) throw new Error(r.failure.message);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    expect(readMetadata(wb)?.gradedWith).toBeUndefined();
  });

  it('a mark of kpi 0.6.9 (the digest of the definition\'s text) still names the built-in', async () => {
    const { checkMark } = await import('../../src/io/gradeSteps.js');
    const { textDigest } = await import('../../src/forms/load.js');
    const loaded = await loadForm('cs-rep');
    if (!loaded.ok) throw new Error('not loaded');
    const old = textDigest(readFileSync(path.join(repoRoot, 'templates', 'cs-rep.json'), 'utf8'));
    expect(old).not.toBe(loaded.digest);
    expect(checkMark(loaded, { version: loaded.form.version, digest: old }, 'old.xlsx')).toEqual({ notes: [] });
  });

  it('a copy with its version raised (1.0.0 → 1.1.0, as a careful team does): stopped too, not scored by the built-in with a warning', async () => {
    const dir = tempDir();
    const copy = path.join(dir, 'my-cs-rep.json');
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates', 'cs-rep.json'), 'utf8')) as Record<string, unknown>;
    def.grades = { bands: [{ min: 85, label: '优秀' }, { min: 80, label: '良好' }, { min: 60, label: '一般' }, { label: '待改进' }] };
    const [major, minor] = String(def.version).split('.').map(Number);
    def.version = `${major}.${minor! + 1}.0`;
    writeFileSync(copy, JSON.stringify(def, null, 2));
    const file = await filledTemplate(dir, copy, 'team.xlsx');
    // 88.54: 良好 by the built-in (it was, exit 0), 优秀 by the team's copy.
    const unsure = await gradeFile(file, { output: null });
    expect(unsure.ok ? null : [unsure.failure.code, unsure.failure.message]).toEqual(['form-marker-differs', expect.stringContaining(`版本 ${def.version} 却比内置的`)]);
    const theirs = await gradeFile(file, { output: null, form: copy });
    if (!theirs.ok) throw new Error(theirs.failure.message);
    expect(theirs.report.people[0]!.band).toBe('优秀');
  });

  it('a team\'s own template scored by --form with its definition edited since (same id: a threshold, or the version): scored as asked, and said', async () => {
    const dir = tempDir();
    const mine = path.join(dir, 'my-cs-rep.json');
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates', 'cs-rep.json'), 'utf8')) as Record<string, unknown>;
    def.id = 'my-cs-rep';
    def.version = '2.0.0';
    def.grades = { bands: [{ min: 85, label: '优秀' }, { min: 80, label: '良好' }, { min: 60, label: '一般' }, { label: '待改进' }] };
    writeFileSync(mine, JSON.stringify(def, null, 2));
    const file = await filledTemplate(dir, mine, 'team.xlsx');
    // The same definition: no word. 88.54 ≥ 85 → 优秀.
    const same = await gradeFile(file, { output: null, form: mine });
    if (!same.ok) throw new Error(same.failure.message);
    expect([same.report.people[0]!.band, same.report.problems.map((p) => p.code)]).toEqual(['优秀', []]);
    // 优秀 raised to 90 since, version kept: 88.54 → 良好, said (it moved without a word).
    const edited = path.join(dir, 'my-cs-rep-edited.json');
    writeFileSync(edited, JSON.stringify({ ...def, grades: { bands: [{ min: 90, label: '优秀' }, { min: 80, label: '良好' }, { min: 60, label: '一般' }, { label: '待改进' }] } }, null, 2));
    const changed = await gradeFile(file, { output: null, form: edited });
    if (!changed.ok) throw new Error(changed.failure.message);
    expect(changed.report.people[0]!.band).toBe('良好');
    expect(changed.report.problems.map((p) => [p.severity, p.code, p.message])).toEqual([
      ['warning', 'form-version', 'team.xlsx:模板由「my-cs-rep」2.0.0 版生成,--form 给的定义同为 2.0.0 版,但内容不同(改过分数线、权重或等级?),按 --form 的定义评分'],
    ]);
    // Another version: said as a version.
    const older = path.join(dir, 'my-cs-rep-1.json');
    writeFileSync(older, JSON.stringify({ ...def, version: '1.0.0' }, null, 2));
    const old = await gradeFile(file, { output: null, form: older });
    if (!old.ok) throw new Error(old.failure.message);
    expect(old.report.problems.map((p) => p.message)).toEqual(['team.xlsx:模板由「my-cs-rep」2.0.0 版生成,当前定义为 1.0.0 版,按当前定义评分']);
  });

  it('the built-in\'s template scored by a team\'s own definition (another id): scored as asked, and said as the mirror case is', async () => {
    const dir = tempDir();
    const mine = path.join(dir, 'my-cs-rep.json');
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates', 'cs-rep.json'), 'utf8')) as Record<string, unknown>;
    def.id = 'my-cs-rep';
    def.title = '我们的客服代表考核表';
    def.grades = { bands: [{ min: 85, label: '优秀' }, { min: 80, label: '良好' }, { min: 60, label: '一般' }, { label: '待改进' }] };
    writeFileSync(mine, JSON.stringify(def, null, 2));
    const file = await filledTemplate(dir, 'cs-rep', 'shipped.xlsx');
    // 88.54: 良好 by the built-in's bands, 优秀 by the team's (85): the band moved without a word.
    const r = await gradeFile(file, { output: null, form: mine });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people[0]!.band).toBe('优秀');
    const version = (JSON.parse(readFileSync(path.join(repoRoot, 'templates', 'cs-rep.json'), 'utf8')) as { version: string }).version;
    expect(r.report.problems.map((p) => [p.severity, p.code, p.message])).toEqual([
      ['warning', 'form-version', `shipped.xlsx:模板由内置考核表「cs-rep」${version} 版生成,现按 --form 给的「我们的客服代表考核表」(my-cs-rep)评分,两者的项目、权重和等级可能不同;如果不对,请去掉 --form 或改用生成模板时用的定义`],
    ]);
  });

  it('an own id with _ or capitals (「team_cs_rep」, 「TeamRep」, as definitions may be named): the same error, not the built-in', async () => {
    for (const id of ['team_cs_rep', 'TeamRep']) {
      const dir = tempDir();
      const copy = path.join(dir, `${id}.json`);
      const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates', 'cs-rep.json'), 'utf8')) as Record<string, unknown>;
      def.id = id;
      writeFileSync(copy, JSON.stringify(def, null, 2));
      const file = await filledTemplate(dir, copy, 'team.xlsx');
      // It was scored as the shipped cs-rep by its headings, at exit 0.
      const unsure = await gradeFile(file, { output: null });
      expect(unsure.ok ? '' : unsure.failure.code).toBe('form-marker-unknown');
    }
  });

  it('a copy given its own id (as a team should): not guessed from its headings as the built-in, an error naming the id', async () => {
    const dir = tempDir();
    const copy = path.join(dir, 'my-cs-rep.json');
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates', 'cs-rep.json'), 'utf8')) as Record<string, unknown>;
    def.id = 'my-cs-rep';
    def.grades = { bands: [{ min: 85, label: '优秀' }, { min: 80, label: '良好' }, { min: 60, label: '一般' }, { label: '待改进' }] };
    writeFileSync(copy, JSON.stringify(def, null, 2));
    const file = await filledTemplate(dir, copy, 'team.xlsx');
    // It was scored as cs-rep by its headings: 88.54 良好 at exit 0, where the team's rules give 优秀.
    const unsure = await gradeFile(file, { output: null });
    expect(unsure.ok ? '' : `${unsure.failure.code} ${unsure.failure.message}`).toBe(
      'form-marker-unknown team.xlsx:这份模板是用考核表定义「my-cs-rep」生成的,它不是内置考核表(是自己的定义文件);请用 --form 给出那份定义文件(如 --form my-cs-rep.json;kpi score、batch、rollup 都一样),kpi 不会按表头猜成内置表来评分',
    );
    const theirs = await gradeFile(file, { output: null, form: copy });
    if (!theirs.ok) throw new Error(theirs.failure.message);
    expect(theirs.report.people.map((p) => [p.name, Number(p.total!.toFixed(2)), p.band])).toEqual([['张三', 88.54, '优秀']]);
    // Scored by another definition through --form (the built-in it was copied from): scored as asked, and said — the
    // built-in's 良好 where the team's rules give 优秀 went without a word.
    const builtIn = await gradeFile(file, { output: null, form: 'cs-rep' });
    if (!builtIn.ok) throw new Error(builtIn.failure.message);
    expect(builtIn.report.people.map((p) => p.band)).toEqual(['良好']);
    expect(builtIn.report.problems.map((p) => [p.severity, p.code, p.message])).toEqual([
      ['warning', 'form-marker-unknown', 'team.xlsx:这份模板是用自己的考核表定义「my-cs-rep」生成的,现按 --form 给的「客服代表考核表」(cs-rep)评分,两者的权重和等级可能不同;如果不对,请用 --form 给出生成模板时用的那份定义文件(如 --form my-cs-rep.json)'],
    ]);
    // By a definition whose headings it lacks: the advice names the team's definition, not the built-in it looks like
    // (following that advice gave the built-in's score).
    const other = path.join(dir, 'other.json');
    const mattress = JSON.parse(readFileSync(path.join(repoRoot, 'templates', 'mattress-cs-monthly.json'), 'utf8')) as Record<string, unknown>;
    mattress.id = 'our-mattress';
    writeFileSync(other, JSON.stringify(mattress, null, 2));
    const wrong = await gradeFile(file, { output: null, form: other });
    expect(wrong.ok ? '' : wrong.failure.message).toContain('这份模板是用自己的考核表定义「my-cs-rep」生成的:是不是 --form 给错了?请用 --form 给出那份定义文件(如 --form my-cs-rep.json)');
    expect(wrong.ok ? '' : wrong.failure.message).not.toContain('--form cs-rep');
  });

  it('a file that is not the --form definition\'s: the hint names the definition file for kpi template (its id failed there)', async () => {
    const dir = tempDir();
    const mine = path.join(dir, 'my-mattress.json');
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates', 'mattress-cs-monthly.json'), 'utf8')) as Record<string, unknown>;
    def.id = 'my-mattress';
    writeFileSync(mine, JSON.stringify(def, null, 2));
    const file = await filledTemplate(dir, 'cs-rep', 'rep.xlsx');
    const r = await gradeFile(file, { output: null, form: mine });
    expect(r.ok ? '' : r.failure.message).toContain(`请用 kpi template ${mine} 生成的模板填写`);
  });

  it('a template of the built-in form itself is scored without --form, as before', async () => {
    const file = await filledTemplate(tempDir(), 'cs-rep', 'shipped.xlsx');
    const r = await gradeFile(file, { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.map((p) => [p.name, Number(p.total!.toFixed(2)), p.band])).toEqual([['张三', 88.54, '良好']]);
  });
});

describe('a template of an edited copy whose version is no plain number above the built-in\'s', () => {
  it('1.0.0-team, 1.0.0+team, 1.0 and v2 are stopped (they were read as 1.0.0 and scored by the built-in at exit 0); an older plain version is the built-in\'s own', async () => {
    const { checkMark } = await import('../../src/io/gradeSteps.js');
    const built = { form: { id: 'cs-rep', title: '客服代表考核表', version: '1.0.0' }, digest: 'aaaaaaaaaaaaaaaa' };
    for (const version of ['1.0.0-team', '1.0.0+team', '1.0', '1.0.00', 'v2', '1.0.0']) {
      expect(checkMark(built, { version, digest: 'bbbbbbbbbbbbbbbb' }, 'team.xlsx').failure?.code, version).toBe('form-marker-differs');
    }
    // Said as what it is: the built-in's version, and the one the template gives (it said the built-in was 1.0.0-team).
    expect(checkMark(built, { version: '1.0.0-team', digest: 'bbbbbbbbbbbbbbbb' }, 'team.xlsx').failure!.message).toContain('考核表 id 与内置的「客服代表考核表」(cs-rep 1.0.0)相同,版本写作 1.0.0-team,内容却不同');
    // A template of an older release of the built-in (its text was another then): scored by the current one, said.
    // An older plain version is the built-in's own when its mark has no digest (before marks had one) or one the built-in
    // shipped with; any other digest is a team's copy kept at an older number: stopped too.
    expect(checkMark(built, { version: '0.9.0' }, 'old.xlsx')).toMatchObject({ notes: [{ code: 'form-version' }] });
    const mattress = { form: { id: 'mattress-cs-monthly', title: '床垫', version: '1.0.2' }, digest: 'aaaaaaaaaaaaaaaa' };
    expect(checkMark(mattress, { version: '1.0.0', digest: '338aa1bbb02aab88' }, 'old.xlsx')).toMatchObject({ notes: [{ code: 'form-version' }] });
    expect(checkMark(built, { version: '0.9.0', digest: 'bbbbbbbbbbbbbbbb' }, 'old.xlsx').failure?.code).toBe('form-marker-differs');
    expect(checkMark(built, { version: '1.0.0', digest: 'aaaaaaaaaaaaaaaa' }, 'same.xlsx')).toEqual({ notes: [] });
  });
});

describe('a record log\'s template made from a team\'s own definition', () => {
  // install-followup with 认可满意 asking 服务态度 5: three orders of 王师傅 at 4分 are none satisfied by the team's rule,
  // all three by the built-in (100 % 优秀 at exit 0).
  async function teamTemplate(edit: (def: Record<string, unknown>) => void): Promise<string> {
    const dir = tempDir();
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates', 'install-followup.json'), 'utf8')) as Record<string, unknown>;
    edit(def);
    const copy = path.join(dir, 'team.json');
    writeFileSync(copy, JSON.stringify(def, null, 2));
    const file = path.join(dir, 'log.xlsx');
    expect(await templateCommand(captureOutput(), copy, { layout: 'roster', output: file })).toBe(0);
    return file;
  }
  it('with the built-in\'s id and version, or a higher one: stopped (form-marker-differs), not scored by the built-in', async () => {
    for (const version of [undefined, '9.0.0']) {
      const file = await teamTemplate((d) => {
        d.title = `${String(d.title)}(本队)`;
        if (version) d.version = version;
      });
      const out = await gradeFile(file, { output: null });
      expect(out.ok ? null : out.failure.code, version).toBe('form-marker-differs');
    }
  });
  it('with its own id: said as a definition of the team\'s own (form-marker-unknown), not guessed as install-followup', async () => {
    const file = await teamTemplate((d) => (d.id = 'install-team'));
    const out = await gradeFile(file, { output: null });
    expect(out.ok ? null : out.failure.code).toBe('form-marker-unknown');
  });
  it('the built-in\'s own template is scored as before', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'log.xlsx');
    expect(await templateCommand(captureOutput(), 'install-followup', { layout: 'roster', output: file })).toBe(0);
    const out = await gradeFile(file, { output: null });
    // Blank, it has no orders to count: refused as that, never as another definition's template.
    expect(out.ok ? 'graded' : out.failure.code).not.toMatch(/^form-marker/);
  });
});

// A CSV (no template, no mark) graded with a team's own definition, or kpi's template graded with an edited copy that
// keeps the built-in's id: graded again, or rolled up, without --form, the graded file was guessed as (or marked with)
// the built-in form — the team's bands were lost at exit 0 (李强 90 优秀 where the team's 优秀 starts at 97).
describe('a graded workbook remembers the definition --form gave', () => {
  const csv = ['工号,姓名,部门名称,考核月份,本月安装(售服)客户数,回访客户数,表格管理,用语不规范,短信漏发,基础分,拖延遗漏错误次数,处理能力,态度', '1002,李强,客服部,2026-01,40,40,,,,10,,10,10'].join('\r\n') + '\r\n';
  async function gradedCsv(dir: string, id: string): Promise<{ graded: string; copy: string }> {
    const copy = path.join(dir, `${id}.json`);
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates', 'mattress-cs-monthly.json'), 'utf8')) as Record<string, unknown>;
    def.id = id;
    def.grades = { bands: [{ min: 97, label: '优秀' }, { min: 80, label: '良好' }, { min: 60, label: '一般' }, { label: '待改进' }] };
    writeFileSync(copy, JSON.stringify(def, null, 2));
    const input = path.join(dir, 'mattress-2026-01.csv');
    writeFileSync(input, csv);
    const graded = path.join(dir, 'mattress-2026-01.graded.xlsx');
    const first = await gradeFile(input, { form: copy, output: graded });
    if (!first.ok) throw new Error(first.failure.message);
    // 20 + 20 + 15 + 10 + 10 + 10 + 10 = 95: 良好 by the team's bands (优秀 ≥ 97), 优秀 by the built-in's (≥ 90).
    expect([first.report.people[0]!.total, first.report.people[0]!.band]).toEqual([95, '良好']);
    return { graded, copy };
  }

  it('its own id: graded again without --form is refused, naming the definition; with it, 95 良好 as before', async () => {
    const dir = tempDir();
    const { graded, copy } = await gradedCsv(dir, 'my-mattress');
    const again = await gradeFile(graded, { output: null });
    expect(again.ok).toBe(false);
    if (!again.ok) expect([again.failure.code, again.failure.message]).toEqual(['form-marker-unknown', expect.stringContaining('这份文件上次是按考核表定义「my-mattress」评分的')]);
    const asked = await gradeFile(graded, { output: null, form: copy });
    if (!asked.ok) throw new Error(asked.failure.message);
    expect([asked.report.people[0]!.total, asked.report.people[0]!.band]).toEqual([95, '良好']);
  });

  it('the built-in\'s id kept (an edited copy): graded again without --form is refused, not scored 优秀 by the built-in', async () => {
    const dir = tempDir();
    const { graded } = await gradedCsv(dir, 'mattress-cs-monthly');
    const again = await gradeFile(graded, { output: null });
    expect(again.ok).toBe(false);
    if (!again.ok) expect([again.failure.code, again.failure.message]).toEqual(['form-marker-differs', expect.stringContaining('上次是按另一份定义文件评分的(--form),不是内置的')]);
    // Asked for by id, the built-in's rules: 95 is 优秀 there.
    const builtIn = await gradeFile(graded, { output: null, form: 'mattress-cs-monthly' });
    if (!builtIn.ok) throw new Error(builtIn.failure.message);
    expect(builtIn.report.people[0]!.band).toBe('优秀');
  });

  it('graded by the built-in (no --form), a CSV\'s graded file is graded again by it, without a word of definitions', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'm.csv');
    writeFileSync(input, csv);
    const graded = path.join(dir, 'm.graded.xlsx');
    const first = await gradeFile(input, { output: graded });
    if (!first.ok) throw new Error(first.failure.message);
    const again = await gradeFile(graded, { output: null });
    if (!again.ok) throw new Error(again.failure.message);
    expect([again.report.form, again.report.people[0]!.band]).toEqual(['mattress-cs-monthly', '优秀']);
    expect(again.report.problems.filter((p) => p.code.startsWith('form-'))).toEqual([]);
  });
});
