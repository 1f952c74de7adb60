// A person's name at the head of their sheet's title (「张三 3月份绩效考核表」, 「张三3月份绩效考核表」): 被考核人 left blank
// beside it was refused 「表头「被考核人」未填写」 on every sheet (08b: 91 / 78 / 99 unscored), where a tab so named is read.
import { personLikeName } from '../engine/peopleNames.js';
import type { FormDef } from '../model/definition.js';
import { cellAddress, type Grid } from './grid.js';

const TITLE = /^([\u4e00-\u9fa5·]{2,4}?)\s*(?:\d{2,4}\s*年\s*)?(?:\d{1,2}|十[一二]|[一二三四五六七八九十])\s*月/;
const FORM_WORD = /(考核|考评|绩效|评分|评价|测评)/;

/** The name a title above the table starts with, its cell and text; undefined when no title line so starts. */
export function titleName(grid: Grid, form: FormDef, headerRow: number): { name: string; cell: string; text: string } | undefined {
  for (let r = 1; r < headerRow; r++) {
    for (let c = 1; c <= Math.min(grid.columnCount, 30); c++) {
      const text = grid.text(r, c).normalize('NFKC').trim();
      const m = TITLE.exec(text);
      if (!m || !FORM_WORD.test(text.slice(m[0].length))) continue;
      const name = m[1]!;
      // 「客服部 3月份…」「专员3月…」: the form's own words, not a person; a person's name starts with a surname.
      if (form.title.includes(name) || !personLikeName(name)) continue;
      return { name, cell: cellAddress(r, c), text };
    }
  }
  return undefined;
}
