// A line above a table giving the unit of its amounts: 「客服绩效导出(金额单位:万元)」, 「单位:千元」. Amounts in 元 under
// it are not in 元 (8.5 万元 of 销售额 was read as 8.5 元: 销售完成率 0, 李四 79 for 99 at exit 0). kpi does not convert —
// whether 3000 there means 3,000 元 or 3,000 万 is not for it to guess — it says so at the line.
import { cellAddress, type Grid } from './grid.js';

/** Money units other than 元 a line may name (not 分 or 角: 「单位:分」 over a roster is its points). */
export const OTHER_MONEY_UNIT = /^(千元|万元|百元|十元|千|万|百|k|w|美元|usd|us\$|\$|港币|港元|hkd|欧元|eur|日元|jpy)$/i;

const clauses = new Map<string, RegExp>();
const bracketed = new Map<string, RegExp>();

/**
 * The unit a line of the sheet gives its amounts, 「<prefix>单位:<unit>」 with a unit `units` accepts (first 60 columns);
 * with `named`, also 「<prefix>(<unit>)」 (a column's name with its unit in the title: 「…考核表(目标销售额(万元))」).
 */
function unitOnRow(grid: Grid, row: number, units: RegExp, prefix: string, named = false): { unit: string; row: number; col: number; cell: string } | undefined {
  // (「注:金额单位为万元」: a note's word before it, 为 after it. The figure it is of only as the caller names them: a pay
  // file's 「销售额单位:万元」 says nothing of its 绩效基数.)
  let clause = clauses.get(prefix);
  if (!clause) clauses.set(prefix, (clause = new RegExp(`^(?:(?:说明|注|备注|注意)[::]?)?(?:${prefix})?单位(?:为|是)?[::]?(\\S+)$`)));
  let ofName = named ? bracketed.get(prefix) : undefined;
  if (named && !ofName) bracketed.set(prefix, (ofName = new RegExp(`(?:${prefix})\\s*\\(\\s*([^()\\s]+)\\s*\\)`)));
  for (let col = 1; col <= Math.min(grid.columnCount, 60); col++) {
    const raw = grid.text(row, col);
    if (!raw.includes('单位') && !ofName) continue;
    const text = raw.normalize('NFKC').replace(/萬/g, '万');
    const noted = ofName?.exec(text)?.[1];
    if (noted && units.test(noted)) return { unit: noted, row, col, cell: cellAddress(row, col) };
    if (!raw.includes('单位')) continue;
    for (const words of text.split(/[\s,;、()]+/)) {
      const unit = clause.exec(words)?.[1];
      if (unit && units.test(unit)) return { unit, row, col, cell: cellAddress(row, col) };
    }
  }
  return undefined;
}

/**
 * The first line above `headerRow` giving the amounts' unit, its cell; `prefix` the words that may stand before 单位
 * (金额, 绩效基数, 销售额 …), none by default but 金额 and 货币.
 */
export function unitLineAbove(grid: Grid, headerRow: number, units: RegExp = OTHER_MONEY_UNIT, prefix = '金额|货币', named = false): { unit: string; row: number; col: number; cell: string } | undefined {
  for (let row = 1; row < headerRow; row++) {
    const hit = unitOnRow(grid, row, units, prefix, named);
    if (hit) return hit;
  }
  return undefined;
}

/** The same said in a note of one cell in the last rows under the table (an export's 「注:金额单位为万元」). */
export function unitLineBelow(grid: Grid, headerRow: number, units: RegExp = OTHER_MONEY_UNIT, prefix = '金额|货币', named = false): { unit: string; row: number; col: number; cell: string } | undefined {
  for (let row = grid.rowCount; row > headerRow && row > grid.rowCount - 20; row--) {
    let filled = 0;
    for (let col = 1; col <= Math.min(grid.columnCount, 60) && filled < 2; col++) if (grid.text(row, col)) filled++;
    const hit = filled === 1 ? unitOnRow(grid, row, units, prefix, named) : undefined;
    if (hit) return hit;
  }
  return undefined;
}

/**
 * A line above the table or a note under it giving one column's amounts their unit, by the column's names (「目标销售额单位:
 * 万元」 or 「目标销售额(万元)」 in the title, 「注:目标销售额单位为万元」 under the table); `below` when it is under.
 * (Only 金额 was looked for, above: 10 万元 of 目标销售额 read as 10 元 — 张三's 80,000 ÷ 10 capped to 100 %, 86.50 一般
 * K 0.9 at exit 0 for 80,000 ÷ 100,000 = 80 %, 82.50 待改进 K 0.8.)
 */
export function columnUnitLine(grid: Grid, headerRow: number, names: readonly string[], units: RegExp = OTHER_MONEY_UNIT): { unit: string; row: number; col: number; cell: string; below: boolean } | undefined {
  const words = [...new Set(names.map((n) => n.normalize('NFKC').replace(/\s+/g, '')).filter((n) => [...n].length >= 2))];
  if (!words.length) return undefined;
  const prefix = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  // The line names the column itself, not a longer name ending in it (「团队目标销售额(万元):20」, 「去年同期实际销售额(万元)」,
  // 「全店销售目标(万元)」), nor says the figures are converted; under the table a bare 「(单位:万元)」 is some other
  // amount's (「注:季度奖金(单位:万元)另行发放」) — review: each refused the 元 columns, everyone unscored.
  const own = new RegExp(`(?<!\\p{Script=Han})(?:${prefix})`, 'u');
  const namesIt = (hit: { row: number; col: number }) => {
    const text = grid.text(hit.row, hit.col).normalize('NFKC').replace(/\s+/g, '');
    return own.test(text) && !/换算|折算|另行/.test(text);
  };
  const above = unitLineAbove(grid, headerRow, units, prefix, true);
  if (above && namesIt(above)) return { ...above, below: false };
  const below = unitLineBelow(grid, headerRow, units, prefix, true);
  return below && namesIt(below) ? { ...below, below: true } : undefined;
}
