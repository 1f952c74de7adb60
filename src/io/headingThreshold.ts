// A roster heading stating its own threshold for a checklist's count (「服务礼仪(2处以上不规范为不达标)」 where the form fails
// at 3): scored on the form's, the sheet's stricter rule was dropped without a word (§20 20 of 21 → 95.24 优秀 for the
// sheet's 18 of 21 → 85.71 良好). Refused as a heading printing other points is.
import type { ItemDef } from '../model/definition.js';
import type { Grid } from './grid.js';
import type { RosterColumns } from './columns.js';

export interface ThresholdClash {
  col: number;
  heading: string;
  item: ItemDef;
  /** The count the heading fails at, and the form's. */
  said: number;
  failAt: number;
}

/**
 * 「N处以上不规范为不达标」, 「N处及以上不规范…不合格」 fail at N; 「超过N处不规范…」 at N + 1; undefined when the text states
 * none. Irregularities only (处 … 不规范): 「每月1次以上,无记录为不合格」 is how often a record is kept, not a pass mark
 * (review: refused as 「1 处以上不达标」).
 */
export function statedFailAt(text: string): number | undefined {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (!/不(达标|合格)/.test(t)) return undefined;
  const atLeast = /(\d{1,3})处(?:及)?以上(?:的)?不规范/.exec(t);
  if (atLeast) return Number(atLeast[1]);
  const over = /(?:超过|多于|大于)(\d{1,3})处(?:的)?不规范/.exec(t);
  return over ? Number(over[1]) + 1 : undefined;
}

export function thresholdClashes(grid: Grid, layout: RosterColumns): ThresholdClash[] {
  const out: ThresholdClash[] = [];
  for (const [col, target] of layout.columns) {
    if (target.kind !== 'entry' || target.item.rule.kind !== 'checklist') continue;
    const box = target.item.rule.inputs.find((i) => typeof i !== 'string' && i.input === target.input.id);
    const failAt = typeof box === 'object' ? box.failAt : undefined;
    const heading = grid.text(layout.headerRow, col);
    const said = failAt === undefined || !heading ? undefined : statedFailAt(heading);
    if (said !== undefined && said !== failAt) out.push({ col, heading, item: target.item, said, failAt: failAt! });
  }
  return out.sort((a, b) => a.col - b.col);
}
