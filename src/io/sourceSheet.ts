// A roster-like sheet (基础数据: 姓名 and every item's heading) that people's own sheets take their marks from, each 填写
// cell ='基础数据'!B2…: read as a roster as well, 张三/李四/王五 were six people, the three rows unscored at exit 1 as
// 「姓名「张三」重复」 beside 78.33 / 79.17 / 74.17 on their sheets. Such a sheet is the sheets' source, not more people.
import { cellsOnSheets } from './graded/staleFormulas.js';
import type { Grid } from './grid.js';
import type { FormTable } from './readFormSheet.js';

export interface PersonSheet {
  grid: Grid;
  table: FormTable;
}

/**
 * The person sheets most of whose filled 填写 cells are formulas reading `grid`, when they are most of the person
 * sheets — else null. Sheets of typed marks beside a roster of the same people read nothing of it: null, the roster read.
 */
export function sheetsFedBy(grid: Grid, personSheets: readonly PersonSheet[]): string[] | null {
  if (!personSheets.length) return null;
  const fed = personSheets.filter((s) => readsMostlyFrom(s, sheetKey(grid.name))).map((s) => s.grid.name);
  return fed.length * 2 > personSheets.length ? fed : null;
}

function readsMostlyFrom({ grid, table }: PersonSheet, source: string): boolean {
  if (!grid.formula) return false;
  let filled = 0;
  let reading = 0;
  // (Down to the sheet's end: findFormTable leaves lastRow to readFormSheet.)
  for (let row = grid.nextRow(table.headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    for (const { col } of table.valueCols) {
      const formula = grid.formula(row, col);
      // (Nor a merged row's text shown across the column — 服务态度(30分), 等级标准: no mark of anyone's; counted, three
      // sheets with 工作效率 typed over the team's lookup fell short of half and 基础数据 was read as a roster, everyone twice.)
      if ((!formula && grid.value(row, col).kind === 'empty') || grid.mergedInto?.(row, col)) continue;
      filled++;
      if (formula && cellsOnSheets(formula).some((ref) => sheetKey(ref.sheet) === source)) reading++;
    }
  }
  return reading * 2 > filled;
}

/** Excel's sheet names are one whatever their case. */
function sheetKey(name: string): string {
  return name.trim().toLowerCase();
}
