// A checklist criterion the definition splits into several boxes (§6 「业主回访记录(入户维修回访率≥30%,投诉回访率100%)并按
// 月统计分析」: 入户维修回访率 | 投诉回访率 | 按月统计分析; 「报修有《派工单》并规范填写,急迫性报修20分钟内到达」: 派工单 |
// 到场时间), headed on a roster by the criterion's own full wording — one column of 符合 / 不符合 / 不适用, as the seed lists
// 17 criteria. The column was 「不是本考核表的项目,已忽略」 and its boxes' columns missing: both 管理处 unscored at exit 1 (万科城
// 15/16 × 100 = 93.75 优秀, 金地 15/17 × 100 = 88.24 良好). Read as the answer of every box of that criterion: the boxes of
// one criterion count once (checklist.ts), so 符合 passes it, 不符合 fails it, 不适用 takes it out of the count — the
// criterion as the catalog defines it. Only when none of its boxes has a column of its own (beside one, which the column
// answers is not said: left unread, as before), and on an item without raters.
import type { FormDef } from '../model/definition.js';
import { boxOf } from '../engine/rules/checklist.js';
import { raterGroups } from '../engine/definition.js';
import { items, type ColumnTarget } from './columns.js';
import { labelKey, labelVariants } from './normalize.js';

type Entry = Extract<ColumnTarget, { kind: 'entry' }>;

/** The unknown columns headed by a criterion of several boxes, each with the boxes it answers (the first is its column's). */
export function criterionColumns(form: FormDef, unknown: ReadonlyArray<{ col: number; text: string }>, present: Iterable<ColumnTarget>): Array<{ col: number; text: string; targets: Entry[] }> {
  const byKey = new Map<string, Entry[]>();
  for (const item of items(form)) {
    if (item.rule.kind !== 'checklist' || raterGroups(form, item) !== null) continue;
    for (const box of item.rule.inputs.map(boxOf)) {
      const input = box.criterion === undefined ? undefined : item.inputs.find((i) => i.id === box.input);
      if (!input) continue;
      const key = labelKey(box.criterion!);
      const list = byKey.get(key) ?? [];
      list.push({ kind: 'entry', item, input, rater: null, slot: 1 });
      byKey.set(key, list);
    }
  }
  if (!byKey.size) return [];
  const taken = new Set([...present].flatMap((t) => (t.kind === 'entry' ? [t.input] : [])));
  const found = new Map<string, Array<{ col: number; text: string }>>();
  for (const u of unknown) {
    const keys = new Set(labelVariants(u.text).map(labelKey));
    const hits = [...byKey.keys()].filter((key) => keys.has(key));
    if (hits.length === 1) found.set(hits[0]!, [...(found.get(hits[0]!) ?? []), u]);
  }
  const out: Array<{ col: number; text: string; targets: Entry[] }> = [];
  for (const [key, columns] of found) {
    const targets = byKey.get(key)!;
    // (The same criterion headed twice: which is the answer is not said, both are left as they were.)
    if (columns.length !== 1 || targets.length < 2 || targets.some((t) => taken.has(t.input))) continue;
    out.push({ ...columns[0]!, targets });
  }
  return out;
}
