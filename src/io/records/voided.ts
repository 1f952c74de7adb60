// A row the team marked void in a remark (§23 原因 「作废」 on 二车间's 不满意, its correction 「一般」 added below) was
// counted as well as its correction: 采购部 u = 2 较差 93.89 for u = 1, g = 1 较好 94.44, at exit 0 without a word.
import type { RecordRow } from '../../engine/groups/result.js';
import type { RecordFormDef } from '../../model/records.js';
import type { Location } from '../../model/entries.js';
import { cellAddress, rawText } from '../grid.js';
import type { RecordSheet } from './read.js';

/** A remark column: the log's own (§23 原因) or one the team added (备注). */
const REMARK = /^(原因|备注|说明|批注|备考|附注)|(原因|备注|说明)$/;
// Not 「无效」: alone in a 原因 it is the reason (the repair did not work) — 设备部 u = 2 较差 93.89 was read as u = 1 较好.
const WORDS = '作废|已作废|删除|已删除|不计入|不计';
const OPEN = '[(（\\[【〔「<《]';
const CLOSE = '[)）\\]】〕」>》]';
/** A remark that is only a mark of void, bracketed or not: the row is not an answer. */
const VOID = new RegExp(`^${OPEN}?(${WORDS})${CLOSE}?[。.!！]?$`);
/**
 * The same words among others, as a mark would be written (「缺料(不计)」, 「重复,作废」): perhaps a reason, perhaps a
 * mark — counted, asked about. Not inside a word or a sentence (「小问题不计较」, 「单据有删除线未签字」, 「不计入车间考核」,
 * 「上月作废单已补,本月又缺」 were each asked about): bracketed, or ending a remark of a few characters.
 */
const BRACKETED = new RegExp(`${OPEN}(${WORDS})${CLOSE}`);
const ENDING = new RegExp(`(${WORDS})[。.!！]?$`);
/** Longest remark whose last words can be a mark (「录入重复作废」); longer ones are sentences. */
const SHORT = 8;

export interface VoidMark {
  text: string;
  heading: string;
  at: Location;
  /** The remark is the mark alone: the row is set aside. */
  alone: boolean;
}

/** The remark columns of a log's sheet: 1-based column → heading. */
export function remarkColumns(sheet: RecordSheet, def: RecordFormDef): Map<number, string> {
  const out = new Map<number, string>();
  for (const c of def.records.columns) {
    const col = sheet.columns.get(c.id);
    if (col !== undefined && [c.label, ...(c.aliases ?? [])].some((l) => REMARK.test(l))) out.set(col, c.label);
  }
  for (const u of sheet.unknown) if (REMARK.test(u.text.trim())) out.set(u.col, u.text.trim());
  return out;
}

/** The first remark of the row saying void, alone or among other words. */
export function voidMark(row: RecordRow, sheet: RecordSheet, remarks: Map<number, string>, file: string): VoidMark | null {
  for (const [col, heading] of remarks) {
    const raw = sheet.grid.value(row.row, col);
    const text = raw.kind === 'empty' ? '' : rawText(raw).replace(/\s+/g, '');
    const alone = VOID.test(text);
    if (!alone && !BRACKETED.test(text) && !([...text].length <= SHORT && ENDING.test(text))) continue;
    const at = { file, sheet: sheet.grid.name, cell: cellAddress(row.row, col) };
    return { text, heading, at, alone };
  }
  return null;
}

