// Data validations written without overlaps: exceljs squeezed a sheet's cell validations into rectangles that
// overlapped (F10:G10 and F9:G10 in cs-dept-monthly's form template), which Excel does not allow on one cell.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { squeezeValidations } from '../../src/io/exceljsValidations.js';
import { listForms } from '../../src/forms/shipped.js';
import { form } from '../helpers.js';

const list = { type: 'list', formulae: ['"差,达成"'] };
const range = { type: 'decimal', formulae: [1, 10] };

describe('squeezeValidations', () => {
  it('rows 9 and 10 of two columns are one rectangle F9:G10, not F10:G10 and F9:G10 (addresses sorted as numbers)', () => {
    expect(squeezeValidations({ F10: list, G10: list, F9: list, G9: list })).toEqual({ 'F9:G10': list });
  });
  it('never grows over a cell another rectangle took; different validations stay apart; ranges kept as read', () => {
    // F1:F2 goes down first; G1 alone (G2 differs), G2 alone; the range key is left as it was.
    const out = squeezeValidations({ F1: list, F2: list, G1: list, G2: range, 'A1:A100': range });
    expect(out).toEqual({ 'F1:F2': list, G1: list, G2: range, 'A1:A100': range });
    // An L: A1:A3 down, then B1 (B2 is not there) — three cells of A and one of B, four in all, no cell twice.
    expect(squeezeValidations({ A1: list, A2: list, A3: list, B1: list })).toEqual({ 'A1:A3': list, B1: list });
    // Columns past Z: Z5:AA5.
    expect(squeezeValidations({ Z5: list, AA5: list })).toEqual({ 'Z5:AA5': list });
  });
});

type Box = { top: number; left: number; bottom: number; right: number };
const col = (s: string) => [...s].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
function box(ref: string): Box {
  const [a, b = a] = ref.split(':');
  const p = (x: string) => { const m = /^([A-Z]+)(\d+)$/.exec(x)!; return [Number(m[2]), col(m[1]!)] as const; };
  const [top, left] = p(a!);
  const [bottom, right] = p(b!);
  return { top, left, bottom, right };
}
const overlap = (x: Box, y: Box) => x.top <= y.bottom && y.top <= x.bottom && x.left <= y.right && y.left <= x.right;

describe('every shipped form template (a roster template adds its validations as column ranges)', () => {
  it('has no cell under two data validations', async () => {
    const { buildTemplate } = await import('../../src/io/template/index.js');
    const clashes: string[] = [];
    let validated = 0;
    for (const id of await listForms()) {
      for (const layout of ['form'] as const) {
        const wb = await buildTemplate(await form(id), { layout, generator: 'test' });
        const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
        for (const name of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
          const xml = await zip.file(name)!.async('string');
          const refs = [...xml.matchAll(/<dataValidation\b[^>]*?\ssqref="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '));
          validated += refs.length;
          const boxes = refs.map(box);
          boxes.forEach((b, i) => boxes.slice(i + 1).forEach((c, j) => { if (overlap(b, c)) clashes.push(`${id} ${layout} ${name}: ${refs[i]} & ${refs[i + 1 + j]}`); }));
        }
      }
    }
    expect(validated).toBeGreaterThan(50);
    expect(clashes).toEqual([]);
  }, 60_000);
});

describe('a choice\'s dropdown lets an option\'s points be typed, as kpi reads them', () => {
  it('probation 专业知识: a warning, not a stop, naming 20 / 15 / 10 / 5; a choice whose points repeat stays a stop', async () => {
    const { validationFor } = await import('../../src/io/template/style.js');
    const f = await form('probation');
    const item = f.parts.flatMap((p) => p.items).find((i) => i.label === '专业知识')!;
    const v = validationFor(item.inputs[0]!, undefined, item)!;
    expect(v).toMatchObject({ type: 'list', errorStyle: 'warning', errorTitle: '不在下拉列表中' });
    expect(v.error).toMatch(/;也可填该档分数\(20 \/ 15 \/ 10 \/ 5\)$/);
    // 达标 and 基本达标 both worth 5: 5 names no one option (kpi refuses it), so nothing else is let through.
    const twin = { id: 'x', label: 'x', type: 'choice' as const, choices: [{ label: '达标', points: 5 }, { label: '基本达标', points: 5 }] };
    expect(validationFor(twin)).toMatchObject({ errorStyle: 'stop', errorTitle: '请从下拉列表选择' });
  });
});

describe('a checklist box that takes words gets a dropdown of them', () => {
  it('§6: 符合 / 不符合 / 不适用, as information only (a rate typed over it is read); §20\'s count of 不规范处 a prompt only', async () => {
    const { validationFor } = await import('../../src/io/template/style.js');
    const f = await form('property-service-quality');
    const item = f.parts.flatMap((p) => p.items)[0]!;
    expect(validationFor(item.inputs[0]!, undefined, item)).toMatchObject({ type: 'list', formulae: ['"符合,不符合,不适用"'], errorStyle: 'information' });
    const q = await form('quality-inspection');
    const count = q.parts.flatMap((p) => p.items)[0]!;
    // No list fits 0, 1, 2 … or 缺失 / 无记录: what to type is prompted (it had no prompt at all), nothing refused.
    const dv = validationFor(count.inputs[0]!, undefined, count)!;
    expect(dv).toMatchObject({ type: 'any', showInputMessage: true, showErrorMessage: false, formulae: [] });
    expect(dv.prompt).toMatch(/^填发现的不规范处数.*记录缺失填「缺失」或「无记录」/);
  });
});
