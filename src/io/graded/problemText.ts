import type { Problem, ProblemCode } from '../../model/problem.js';

// The 问题 sheet and cell notes read in Chinese: each machine code (kept for scripts) has a short name.
// Partial so a code added by another change still builds; it then reads as itself until named here.
const CODE_NAMES: Partial<Record<ProblemCode, string>> = {
  required: '必填项未填',
  'not-a-number': '不是数字',
  'not-an-integer': '不是整数',
  'out-of-range': '超出范围',
  'unknown-choice': '不在可选项中',
  'bad-list': '列表格式不对',
  'reason-required': '缺少原因',
  'formula-without-result': '公式没有计算结果',
  'error-value': '单元格是错误值',
  'boolean-value': '单元格是逻辑值',
  'date-value': '单元格是日期',
  'ratio-above-one': '分子大于分母',
  'zero-denominator': '分母为零',
  'missing-rater': '缺少评分人',
  'rater-spread': '评分人权重重新分配',
  'header-missing': '表头未填',
  'duplicate-person': '人员重复',
  'no-people': '没有人员',
  'unknown-column': '不认识的列',
  'item-not-found': '找不到考核项目',
  override: '手工改写',
  'not-applicable': '不适用',
  'ambiguous-percent': '百分比含义不明',
  'pay-missing': '工资表中没有此人',
  'skipped-row': '跳过的行',
  'hidden-sheet': '隐藏的工作表',
  'month-unknown': '月份不明',
  'month-duplicate': '月份重复',
  'period-mixed': '考核期不一致',
  'period-incomplete': '考核期不完整',
  'form-mixed': '考核表不一致',
  'month-missing': '缺少月份',
  'name-ambiguous': '同名不同工号',
  'distribution-limit': '超出强制分布比例',
  'rater-duplicate': '评分人重复',
  'rater-unknown': '不认识的评分人',
  'file-unreadable': '文件无法读取',
  'file-kind': '文件类型不对',
  'file-empty': '文件是空的',
  'file-encrypted': '文件已加密',
  'bad-encoding': '编码无法识别',
  'form-unknown': '考核表类型',
  'definition-invalid': '考核表定义有误',
  'too-large': '文件过大',
  'xml-entities': '含有 XML 实体',
  'data-missing': '导出数据中缺少',
  'data-duplicate': '导出数据重复',
  'data-unmatched': '导出数据无人对应',
  'output-exists': '输出文件已存在',
  'output-failed': '无法写出',
  'content-dropped': '内容未能保留',
};

/** A Chinese name for a problem code; a code added later without a name reads as itself. */
export function codeName(code: string): string {
  return (CODE_NAMES as Record<string, string>)[code] ?? code;
}

/**
 * The message without the location the sheet already shows in its own columns: 「考核表!H7:许亮:…」 → 「…」.
 * Messages keep their location for the console; the sheet and the cell note say it once.
 */
export function plainMessage(p: Pick<Problem, 'message' | 'sheet' | 'cell' | 'person'>): string {
  let m = p.message;
  const prefixes = [p.sheet && p.cell ? `${p.sheet}!${p.cell}` : '', p.cell ?? '', p.sheet ?? '', p.person ?? ''].filter(Boolean);
  for (let again = true; again; ) {
    again = false;
    for (const prefix of prefixes) {
      for (const sep of [':', ':', ' ']) {
        if (m.startsWith(prefix + sep) && m.length > prefix.length + 1) {
          m = m.slice(prefix.length + sep.length).trimStart();
          again = true;
        }
      }
    }
  }
  return m;
}
