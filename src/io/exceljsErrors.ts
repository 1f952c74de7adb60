import { createRequire } from 'node:module';
import { RangeTooLargeError } from './exceljsRanges.js';

// exceljs's own errors are English sentences about its model («A Cell needs a Row», «Cannot merge already merged
// cells», saxes's «1:16384: disallowed character in tag name»). The user needs to hear which sheet or part of the
// file is damaged: exceljs reads the parts one after another (what packageParts.ts hands it, in order), then
// reconciles them, then builds each worksheet from its model. Errors of the last step are given the sheet's name
// here; errors of the reconciling are marked so that they are not blamed on the part read last.

const require = createRequire(import.meta.url);

/** exceljs failed to build one worksheet from what it read. */
export class SheetBuildError extends Error {
  constructor(readonly sheet: string, readonly detail: string, readonly original: unknown) {
    super(detail);
  }
}

/** exceljs failed while reconciling the parts it had read (no one part to blame). */
export class ReconcileError extends Error {
  constructor(readonly detail: string, readonly original: unknown) {
    super(detail);
  }
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

let installed = false;

/** Wraps exceljs's worksheet model setter and reconcile step so their errors say where they come from; idempotent. */
export function locateExcelJsErrors(): void {
  if (installed) return;
  installed = true;
  const Worksheet = require('exceljs/lib/doc/worksheet.js') as { prototype: object };
  const model = Object.getOwnPropertyDescriptor(Worksheet.prototype, 'model');
  if (model?.set) {
    const set = model.set;
    Object.defineProperty(Worksheet.prototype, 'model', {
      ...model,
      set(this: object, value: { name?: string }) {
        try {
          set.call(this, value);
        } catch (err) {
          // kpi's own errors (a merge too large) already say where they are.
          if (err instanceof RangeTooLargeError) throw err;
          throw new SheetBuildError(value?.name ?? '', messageOf(err), err);
        }
      },
    });
  }
  const XLSX = require('exceljs/lib/xlsx/xlsx.js') as { prototype: { reconcile(model: unknown, options: unknown): unknown } };
  const reconcile = XLSX.prototype.reconcile;
  XLSX.prototype.reconcile = function (this: unknown, m: unknown, options: unknown) {
    try {
      return reconcile.call(this, m, options);
    } catch (err) {
      if (err instanceof RangeTooLargeError) throw err;
      throw new ReconcileError(messageOf(err), err);
    }
  };
}

/** Where exceljs failed to read a workbook, in its parts' and sheets' names, and its own words. */
export class WorkbookReadError extends Error {
  constructor(readonly detail: string, readonly part?: string, readonly sheet?: string) {
    super(detail);
  }
}
