// A person's name at the head of their sheet's title (「张三 3月份绩效考核表」, 「张三3月份绩效考核表」), or in brackets at its
// end (「物业客服考核表(张三)」): 被考核人 left blank
// beside it was refused 「表头「被考核人」未填写」 on every sheet (08b: 91 / 78 / 99 unscored), where a tab so named is read.
import { personLikeName } from '../engine/peopleNames.js';
import type { FormDef } from '../model/definition.js';
import { cellAddress, type Grid } from './grid.js';

const TITLE = /^([\u4e00-\u9fa5·]{2,4}?)\s*(?:\d{2,4}\s*年\s*)?(?:\d{1,2}|十[一二]|[一二三四五六七八九十])\s*月/;
const FORM_WORD = /(考核|考评|绩效|评分|评价|测评)/;
const NOT_NAMES = new Set(['范本', '样本', '高级', '中级', '初级', '特级', '周报', '月报', '年度', '季度', '试用', '正式', '新版', '旧版']);
const BRACKETED = /[(【\[]\s*([\u4e00-\u9fa5·]{2,4})\s*[)】\]]$/;

/** The name a title above the table starts with, its cell and text; undefined when no title line so starts. */
export function titleName(grid: Grid, form: FormDef, headerRow: number): { name: string; cell: string; text: string } | undefined {
  for (let r = 1; r < headerRow; r++) {
    for (let c = 1; c <= Math.min(grid.columnCount, 30); c++) {
      const text = grid.text(r, c).normalize('NFKC').trim();
      const m = TITLE.exec(text);
      // Or at its end in brackets (「物业客服考核表(张三)」, 「考核表【李四】」): Sheet1–4 so titled were refused at exit 1.
      const tail = m ? undefined : BRACKETED.exec(text);
      if (m ? !FORM_WORD.test(text.slice(m[0].length)) : !tail || !FORM_WORD.test(text.slice(0, tail.index))) continue;
      const name = (m ?? tail)![1]!;
      // 「客服部 3月份…」「专员3月…」: the form's own words, not a person; a person's name starts with a surname.
      // (「考核表(范本)」「(高级)」: a sample's or a grade's word whose first character is a surname.)
      if (form.title.includes(name) || !personLikeName(name) || (tail && NOT_NAMES.has(name))) continue;
      return { name, cell: cellAddress(r, c), text };
    }
  }
  return undefined;
}
