// §11: the export sheet of a template — the headings the definition maps (工号, 姓名, 询盘数 …) over empty rows,
// where the team pastes its 赤兔 export (or the export's own headings replace these: they are read by name).
import type ExcelJS from 'exceljs';
import type { FormDef, HeaderRole } from '../../model/definition.js';
import type { PersonRow } from './people.js';
import { fitWidth, styleHeadingCell } from './style.js';

export function addExportSheet(wb: ExcelJS.Workbook, name: string, form: FormDef, people: PersonRow[]): ExcelJS.Worksheet {
  const data = form.data!;
  const ws = wb.addWorksheet(name);
  const fields = form.header.concat(form.footer ?? []);
  const items = form.parts.flatMap((p) => p.items);
  const columns: Array<{ heading: string; note: string; role?: HeaderRole }> = [];
  for (const k of data.keys) {
    const f = fields.find((x) => x.id === k.field);
    columns.push({ heading: k.label ?? f?.label ?? k.field, note: `对应名单的「${f?.label ?? k.field}」`, ...(f ? { role: f.role } : {}) });
  }
  for (const c of data.columns) {
    const item = items.find((i) => i.id === c.item);
    const also = c.aliases?.length ? `;导出中的列名也可以是 ${c.aliases.join('、')}` : '';
    columns.push({ heading: c.label, note: `用于「${item?.label ?? c.item}」${also}` });
  }
  columns.forEach((c, i) => {
    const head = ws.getCell(1, i + 1);
    head.value = c.heading;
    styleHeadingCell(head);
    head.note = c.note;
    ws.getColumn(i + 1).width = fitWidth([c.heading], 10, 24);
    if (c.role === 'id') ws.getColumn(i + 1).numFmt = '@';
    people.forEach((p, k) => {
      const v = c.role ? p.get(c.role) : undefined;
      if (v) ws.getCell(k + 2, i + 1).value = v;
    });
  });
  const first = ws.getCell(1, 1);
  first.note = `${first.note as string}\n把「${data.label}」导出的数据粘贴在这里(每人一行;按${columns.slice(0, data.keys.length).map((c) => c.heading).join('或')}与「考核表」对应);列的顺序不限,导出自己的列名也认得。`;
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return ws;
}
