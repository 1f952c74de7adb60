// Who a roster heading's note says gave the figure: 「客户信息管理(个人自评)」 beside 「客户信息管理(领导评分)」. Read
// without its note, each was the item alone — the supervisor's column — so a self-rating with the supervisor's cell
// empty scored 100 优秀 as the supervisor's (after-sales-monthly, exit 0, only a 「两列同名」 warning).
// Only a note that is a rater's name (with 评/评分/打分 after it) says who rated: 「(客户调查)」, 「(个人业绩)」,
// 「(对客户)」 describe the item, and are read as before (refused, they left whole forms unscored).
import type { RaterDef } from '../model/definition.js';

/** A self-score: 自评, 个人自评, 员工自评, 自我评价, 本人评分, 本人打分. */
const SELF_SCORE = /^(个人|员工|本人)?(自评|自我评价|自我评估|自我评分|自评分|自评得分)$|^本人(评分|打分|评价|评)$/;

/** The heading or note names the person's own marks (自评, 自评分, 自评得分, 员工自评). */
export function selfScore(text: string): boolean {
  return SELF_SCORE.test(text.normalize('NFKC').replace(/\s+/g, ''));
}
/** A supervisor named by the word for the role alone: 领导, 直属上级, 部门经理 (with 评分 and the like after it). */
const SUPERVISOR = /^(直属|直接|部门)?(主管|上级|领导|经理|考核人|考评人|组长|部长|总监)$/;
/** What follows a rater's name in a note: 领导评分, 上级评, 主管打分, 评委1. */
const RATED = /(评分|评价|评估|打分|意见|得分|分数|评|分)?\d*$/;

const core = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').replace(RATED, '');

/**
 * The rater a note names: one of the form's raters by its label, alias or written name (「领导评分」 is 上级 when 上级's
 * names hold 领导; 「主管评分」, 「上级」), a self-score (the form's 自评, or 'unknown' on a form without one: a self-score is
 * not the item's), a supervisor's word for the form's one supervisor ('unknown' where two rate: 「(经理)」 could be either).
 * 'none': the note names no one (a unit, a description), read as before.
 */
export function raterInNote(note: string, raters: readonly RaterDef[], fallback: RaterDef | undefined): RaterDef | 'unknown' | 'none' {
  const t = note.normalize('NFKC').replace(/\s+/g, '');
  if (!t) return 'none';
  const names = (r: RaterDef) => [r.label, ...(r.aliases ?? []), ...(r.writtenAs ?? [])];
  if (SELF_SCORE.test(t)) return raters.find((r) => r.weight === 0 && names(r).some((n) => /自评|自我|本人/.test(n))) ?? 'unknown';
  if (raters.length === 0) return 'none';
  const key = core(t);
  const named = raters.find((r) => names(r).some((n) => core(n) === key || n.normalize('NFKC').replace(/\s+/g, '') === t));
  if (named) return named;
  if (!SUPERVISOR.test(key)) return 'none';
  const supervisors = raters.filter((r) => names(r).some((n) => /(主管|上级|领导|经理)/.test(n)));
  return supervisors.length === 1 ? supervisors[0]! : supervisors.length === 0 && fallback ? fallback : 'unknown';
}
