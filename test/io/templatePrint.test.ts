// A form-layout template prints landscape when its columns do not fit upright: §8's table is 178 characters wide
// (18 + 36 + 6 + 36 + 22 + 12 + 8 + 40 = 178 in the blank template; 填写 is 12 wide for 其它·原因's words), which on a portrait A4 page (about 95 characters at 100 %) printed at 55 %,
// too small to fill in by hand. On a landscape page (about 140) it prints at about 80 %.
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/io/template/index.js';
import { listForms } from '../../src/forms/shipped.js';
import { form } from '../helpers.js';

describe('form-layout templates on paper', () => {
  it('§8 mattress-cs-monthly: 178 characters wide → landscape, one page wide', async () => {
    const wb = await buildTemplate(await form('mattress-cs-monthly'), { layout: 'form', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    const width = ws.columns.reduce((sum, c) => sum + (c.width ?? 9), 0);
    expect(width).toBe(178);
    expect(ws.getColumn(6).width).toBe(12);
    expect([ws.pageSetup.orientation, ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight]).toEqual(['landscape', 1, 0]);
  });

  it('a form a little taller than its page prints on one (its signatures had a page of their own); a long one keeps two', async () => {
    const tall = async (id: string) => {
      const ws = (await buildTemplate(await form(id), { layout: 'form', generator: 'test' })).worksheets.find((w) => w.state === 'visible')!;
      let height = 0;
      for (let r = 1; r <= ws.rowCount; r++) height += ws.getRow(r).height ?? 15;
      return { height, fit: ws.pageSetup.fitToHeight };
    };
    // A landscape A4 holds 595 − 1.1 × 72 = 515.8 pt. §27: 645 pt at 140/170 of its width = 531 pt, 1.03 pages → one page.
    expect(await tall('cs-checklist')).toEqual({ height: 645, fit: 1 });
    // §4: 864 × 140/170 = 711.5 pt, 1.38 pages: shrunk onto one it would print at 60 %, too small to fill in: two pages.
    expect(await tall('cs-dept-monthly')).toEqual({ height: 864, fit: 0 });
    // §8 fits as it is: no fitting to height at all.
    expect((await tall('mattress-cs-monthly')).fit).toBe(0);
  });

  it('a long name in a header field merged across columns: its row fits the name within them (it was sized as if wrapped in the first column: 60–180 pt)', async () => {
    const f = await form('mattress-cs-monthly');
    const names = ['阿卜杜热合曼·买买提明·艾则孜', 'Alexandria Catherine Montgomery-Whitfield', '司马相如'];
    const wb = await buildTemplate(f, { layout: 'form', generator: 'test', people: names.map((n) => new Map([['name', n]])) });
    for (const ws of wb.worksheets.filter((w) => w.state === 'visible')) {
      let nameRow = 0;
      ws.eachRow((row, n) => row.eachCell((c) => void (c.value === '被考核人' && !nameRow && (nameRow = n))));
      expect(nameRow).toBeGreaterThan(0);
      // The value cell spans three columns of 60 characters: each name is one line, the row as its neighbours (18).
      expect([ws.name, ws.getRow(nameRow).height]).toEqual([ws.name, 18]);
    }
  });

  it('every built-in form: landscape exactly when its columns are wider than a portrait page holds (95)', async () => {
    for (const id of await listForms()) {
      const wb = await buildTemplate(await form(id), { layout: 'form', generator: 'test' });
      for (const ws of wb.worksheets.filter((w) => w.state === 'visible' && w.pageSetup.fitToWidth === 1)) {
        const width = ws.columns.reduce((sum, c) => sum + (c.width ?? 9), 0);
        expect([id, ws.name, ws.pageSetup.orientation]).toEqual([id, ws.name, width > 95 ? 'landscape' : 'portrait']);
      }
    }
  });
});

describe('what a form-layout template prints beside and under its items', () => {
  const rows = async (id: string) => {
    const wb = await buildTemplate(await form(id), { layout: 'form', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    const out: string[][] = [];
    ws.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
    return out;
  };

  it('§19 cs-rep: 评分标准 of an item without criteria of its own gives its scale (it was blank, the scale in a note only)', async () => {
    const service = (await rows('cs-rep')).find((r) => r[0] === '服务态度')!;
    expect(service[3]).toBe('选项得分:优秀 4 / 良好 3 / 一般 2 / 需改进 1');
  });

  it('§29 cs-dept-rating: 等级标准 is read from the parts, not 「按百分制总分」', async () => {
    const line = (await rows('cs-dept-rating')).find((r) => r[0] === '等级标准')!;
    expect(line[1]).toBe('所有部分 ≥ 3.5 为优秀;至少 3 个部分 ≥ 2.5 为良好;至少 2 个部分 < 1.5 为不符合要求;其余为一般(按各部分得分)');
  });

  it('§8 mattress-cs-monthly: an item\'s own criteria stay as the definition words them', async () => {
    const visit = (await rows('mattress-cs-monthly')).find((r) => r[0] === '表格管理')!;
    expect(visit[3]).toBe('有延迟、遗漏、错误视情况扣2-5分/次');
  });
});

describe('a roster template on paper', () => {
  it('each page is headed by the form\'s title (row 1 holds the headings) and numbered; the rules travel in A1\'s note', async () => {
    const f = await form('mattress-cs-monthly');
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    expect(ws.headerFooter.oddHeader).toBe(`&C&"-,Bold"&12${f.title}`);
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页,共 &N 页');
    expect(String(ws.getCell('A1').note)).toContain('等级标准:优秀 ≥ 90 / 良好 ≥ 80 / 一般 ≥ 60 / 待改进(按百分制总分)');
  });
});

describe('a roster template\'s cells', () => {
  it('a name column fits 6 characters (阳光花园管理处 was cut in 8), entries shrink to one line rather than wrap over the rows below', async () => {
    const wb = await buildTemplate(await form('property-service-quality'), { layout: 'roster', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    expect(ws.getCell('A1').value).toBe('管理处');
    expect(ws.getColumn(1).width).toBe(12);
    expect(ws.getCell('A2').alignment).toEqual({ vertical: 'middle', horizontal: 'center', shrinkToFit: true });
  });

  it('past the prepared rows (the 31st person on): the same one-line cells, and a period column wide enough for a date (### in 8)', async () => {
    const wb = await buildTemplate(await form('cs-dept-monthly'), { layout: 'roster', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    const heads = ws.getRow(1).values as unknown[];
    const period = heads.findIndex((h) => typeof h === 'string' && /月份|期间|日期/.test(h));
    expect(ws.getColumn(period).width).toBeGreaterThanOrEqual(10);
    // Row 40 holds no prepared fill or border, and reads as the rows above it do.
    expect(ws.getCell(40, period).alignment).toEqual({ vertical: 'middle', horizontal: 'center', shrinkToFit: true });
    expect(ws.getCell(40, period).fill).toBeUndefined();
  });
});
