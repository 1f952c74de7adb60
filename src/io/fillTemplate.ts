import type ExcelJS from 'exceljs';
import type { FormDef } from '../model/definition.js';
import { soleInput, variantLabel } from '../engine/definition.js';
import { variantOf } from '../engine/scoreForm.js';
import { columnDictionary } from './columns.js';
import { cellText, gridFromWorksheet } from './grid.js';
import { findFormTable } from './readFormSheet.js';
import { findRosterHeader } from './readRoster.js';
import { labelKey } from './normalize.js';

export type CellInput = string | number | boolean | null;

/** One person's entries for filling a template: header values by field id, entries by 「item.input@rater#slot」. */
export interface FillPerson {
  header: Record<string, string>;
  /** Keys like `M1.N`, `A1.rate@supervisor`, `C1.level@peer#2`; the input part may be omitted for single-input items. */
  values: Record<string, CellInput>;
}

interface Key {
  item: string;
  input?: string;
  rater: string;
  slot: number;
}

function parseKey(key: string): Key {
  const m = /^([^.@#]+)(?:\.([^@#]+))?(?:@([^#]+))?(?:#(\d+))?$/.exec(key);
  if (!m) throw new Error(`bad fill key ${key}`);
  return { item: m[1]!, input: m[2], rater: m[3] ?? '', slot: Number(m[4] ?? 1) };
}

/**
 * Fills a template built by buildTemplate, the way a person would: roster rows in order, or the form sheet
 * of each person (found by the name typed into it). Used by the samples script and the round-trip tests.
 */
export function fillRoster(ws: ExcelJS.Worksheet, form: FormDef, people: FillPerson[], firstRow?: number): void {
  const layout = findRosterHeader(gridFromWorksheet(ws), form, columnDictionary(form));
  if (!layout) throw new Error(`no roster heading in ${ws.name}`);
  const row0 = firstRow ?? layout.headerRow + 1;
  people.forEach((person, k) => {
    const row = ws.getRow(row0 + k);
    for (const [col, target] of layout.columns) {
      if (target.kind === 'header') {
        const v = person.header[target.field.id];
        if (v !== undefined) row.getCell(col).value = v;
        continue;
      }
      for (const [key, value] of Object.entries(person.values)) {
        const want = parseKey(key);
        const input = want.input ?? soleInput(target.item)?.id;
        if (want.item === target.item.id && input === target.input.id && want.rater === (target.rater?.id ?? '') && want.slot === target.slot) {
          row.getCell(col).value = value;
        }
      }
    }
  });
}

export function fillFormSheet(ws: ExcelJS.Worksheet, form: FormDef, person: FillPerson): void {
  const grid = gridFromWorksheet(ws);
  const table = findFormTable(grid, form);
  if (!table) throw new Error(`no item table in ${ws.name}`);
  const labels = new Map<string, string>();
  for (const f of form.header.concat(form.footer ?? [])) labels.set(labelKey(f.label), f.id);
  for (let r = 1; r <= ws.rowCount; r++) {
    // The item table's own headings (直接主管 over its column) are no header fields.
    if (r >= table.headerRow && r <= table.lastRow) continue;
    for (let c = 1; c <= ws.columnCount; c++) {
      // A label's value may itself read as a label (评分人 「直接主管」, §4): it is a value, not a place to fill.
      if (c > 1 && labels.has(labelKey(grid.text(r, c - 1)))) continue;
      const id = labels.get(labelKey(grid.text(r, c)));
      if (id && person.header[id] !== undefined) ws.getCell(r, c + 1).value = person.header[id];
    }
  }
  const itemOf = new Map(form.parts.flatMap((p) => p.items).map((i) => [i.id, i]));
  const variant = form.variants ? variantOf(form, person.header[form.variants.field] ?? '') : undefined;
  for (const [key, value] of Object.entries(person.values)) {
    const want = parseKey(key);
    const item = itemOf.get(want.item);
    if (!item) throw new Error(`unknown item ${want.item}`);
    const inputIndex = want.input ? item.inputs.findIndex((i) => i.id === want.input) : 0;
    // Names are unique within a part only: the n-th item of that name is the n-th row that carries it.
    const nth = form.parts.flatMap((p) => p.items).filter((i) => i.label === item.label).indexOf(item);
    // A template made for the person words an item as their variant does (§28 售后部: 维修过程服务满意度).
    const rowOfItem = findItemRow(ws, table.itemCol, table.headerRow, variantLabel(item, variant), nth) ?? findItemRow(ws, table.itemCol, table.headerRow, item.label, nth);
    const col = table.valueCols.find((v) => (v.rater?.id ?? '') === want.rater && v.slot === want.slot)?.col;
    if (rowOfItem === null || inputIndex < 0 || col === undefined) throw new Error(`cannot place ${key}`);
    ws.getCell(rowOfItem + inputIndex, col).value = value;
  }
}

function findItemRow(ws: ExcelJS.Worksheet, col: number, from: number, label: string, nth = 0): number | null {
  let seen = 0;
  for (let r = from + 1; r <= ws.rowCount; r++) {
    const cell = ws.getCell(r, col);
    if (cell.isMerged && cell.master.address !== cell.address) continue;
    if (cellText(cell) === label && seen++ === nth) return r;
  }
  return null;
}
