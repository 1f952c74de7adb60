// A form-layout template prints landscape when its columns do not fit upright: §8's table is 174 characters wide
// (18 + 36 + 6 + 36 + 22 + 8 + 8 + 40 = 174 in the blank template), which on a portrait A4 page (about 95 characters at 100 %) printed at 55 %,
// too small to fill in by hand. On a landscape page (about 140) it prints at about 80 %.
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/io/template/index.js';
import { listForms } from '../../src/forms/shipped.js';
import { form } from '../helpers.js';

describe('form-layout templates on paper', () => {
  it('§8 mattress-cs-monthly: 174 characters wide → landscape, one page wide', async () => {
    const wb = await buildTemplate(await form('mattress-cs-monthly'), { layout: 'form', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    const width = ws.columns.reduce((sum, c) => sum + (c.width ?? 9), 0);
    expect(width).toBe(174);
    expect([ws.pageSetup.orientation, ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight]).toEqual(['landscape', 1, 0]);
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
