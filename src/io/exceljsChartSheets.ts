import { createRequire } from 'node:module';

// exceljs keeps no chart sheet, and matches each print area and print titles (_xlnm.Print_Area, _xlnm.Print_Titles) to
// its sheet by counting only the sheets it keeps — while the file counts every sheet (localSheetId). A chart sheet
// first moved every sheet's print set-up onto the sheet before it: the team's 「统计」 lost its print titles and the
// hidden _kpi got the roster's. Renumbered to the kept sheets before exceljs reads them.

const require = createRequire(import.meta.url);

type Model = {
  sheets?: Array<{ rId: string }>;
  workbookRels?: Array<{ Id: string; Target: string }>;
  definedNames?: Array<{ name: string; localSheetId?: number }>;
  worksheetHash?: Record<string, unknown>;
};

export function keepPrintSetUpBesideChartSheetsInExcelJs(): void {
  const WorkbookXform = require('exceljs/lib/xlsx/xform/book/workbook-xform.js') as { prototype: { reconcile(model: Model, options?: unknown): void } };
  const reconcile = WorkbookXform.prototype.reconcile;
  WorkbookXform.prototype.reconcile = function (this: unknown, model: Model, options?: unknown) {
    const rels = model.workbookRels ?? [];
    const byId = new Map(rels.map((r) => [r.Id, r.Target]));
    const kept: Array<number | undefined> = [];
    let index = 0;
    (model.sheets ?? []).forEach((sheet, k) => {
      const target = byId.get(sheet.rId);
      // As exceljs does: a sheet is kept when its part is a worksheet it read.
      const isWorksheet = target !== undefined && model.worksheetHash?.[`xl/${target.replace(/^(\s|\/xl\/)+/, '')}`] !== undefined;
      kept[k] = isWorksheet ? index++ : undefined;
    });
    if (kept.some((x, k) => x !== k)) {
      for (const name of model.definedNames ?? []) {
        if (!name.name.startsWith('_xlnm.') || name.localSheetId === undefined) continue;
        const at = kept[name.localSheetId];
        // The set-up of a chart sheet itself: no sheet of exceljs's is its.
        name.localSheetId = at === undefined ? -1 : at;
      }
    }
    reconcile.call(this, model, options);
  };
}
