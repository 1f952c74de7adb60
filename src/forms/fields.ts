// Header fields most forms share, named instead of repeated: "header": ["name", "employeeId", "department", …].
import type { FormDef, HeaderField } from '../model/definition.js';

/**
 * How a person's name column is headed in the files people keep: every form of people reads these (expand.ts), and a
 * name list for `kpi template --people` reads them and broader words besides (io/template/people.ts).
 */
export const PERSON_NAME_HEADINGS: readonly string[] = ['姓名', '名字', '员工姓名', '员工名字', '人员姓名', '职工姓名', '被考核人', '被考核人姓名', '员工', '人员', '考核对象', '被考核对象', '被评估人', '被考评人', '被评价人', '被评人', '被评价人姓名', '被考评人姓名', '客服姓名', '客服人员', '客服名称', '坐席姓名', '员工名称', '职员姓名', '人员名称'];

/**
 * How the column or label saying who rated is headed: every form with such a field reads these (expand.ts) — a form
 * knowing only 评分人 dropped a 「考核人: 员工本人」 column, and the self-rating was scored as the supervisor's.
 */
export const RATER_FIELD_HEADINGS: readonly string[] = ['评分人', '评价人', '考核人', '考评人', '评估人', '测评人', '打分人', '评分人身份', '评价人身份', '考核人签字', '考评人签字', '评分人签字', '评价人签字', '评分人员', '评分类别', '评分类型', '评分方式', '评分方', '评分角色', '评价类别', '评价类型', '评价方式'];

export const COMMON_FIELDS: Readonly<Record<string, HeaderField>> = {
  name: { id: 'name', label: '姓名', role: 'name', required: true, aliases: ['被考核人', '员工姓名', '被考核人姓名'] },
  employeeId: { id: 'employeeId', label: '工号', role: 'id', aliases: ['员工编号', '编号', '员工工号'] },
  department: { id: 'department', label: '部门', role: 'department', aliases: ['所属部门', '部门名称'] },
  position: { id: 'position', label: '岗位', role: 'position', aliases: ['职位', '职务'] },
  period: { id: 'period', label: '考核月份', role: 'period', aliases: ['月份', '考核期间', '年月'] },
  rater: { id: 'rater', label: '考核人', role: 'rater', aliases: ['考评人', '评分人', '考核人签字'] },
  date: { id: 'date', label: '日期', role: 'date', aliases: ['考核日期'] },
};

/** A definition whose header/footer name common fields ("name") gets the fields themselves. */
export function withCommonFields(form: FormDef): FormDef {
  const expand = (fields: ReadonlyArray<HeaderField | string> | undefined) =>
    fields?.map((f) => (typeof f === 'string' ? { ...COMMON_FIELDS[f]!, aliases: [...(COMMON_FIELDS[f]!.aliases ?? [])] } : f));
  const raw = form as unknown as { header: Array<HeaderField | string>; footer?: Array<HeaderField | string> };
  if (!raw.header.some((f) => typeof f === 'string') && !raw.footer?.some((f) => typeof f === 'string')) return form;
  const out: FormDef = { ...form, header: expand(raw.header)! };
  if (raw.footer) out.footer = expand(raw.footer)!;
  return out;
}
