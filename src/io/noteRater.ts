// Who a roster heading's note says gave the figure: 「客户信息管理(个人自评)」 beside 「客户信息管理(领导评分)」. Read
// without its note, each was the item alone — the supervisor's column — so a self-rating with the supervisor's cell
// empty scored 100 优秀 as the supervisor's (after-sales-monthly, exit 0, only a 「两列同名」 warning).
import type { RaterDef } from '../model/definition.js';

/** Words for the one who rates as a supervisor, when no rater of the form is named in full. */
const SUPERVISOR_WORDS = /(主管|上级|领导|经理|考核人|考评人|直属|组长|部长|总监)/;
/** Words for the person rating themself. */
const SELF_WORDS = /(自评|自我|本人|个人|员工自)/;
/** Words for other raters a form may not have: a column of theirs is not the supervisor's. */
const OTHER_WORDS = /(同事|互评|同级|客户|顾客|用户|面试官|评委|复评|复核)/;

/**
 * The rater a note names: one of the form's raters (by label, alias or written name, the longest found in the note),
 * a generic supervisor word for the form's one supervisor, or 'unknown' for a rater word that names none of them (a
 * self-score on a form without raters, 「(经理)」 where two supervisors rate). 'none': the note names no rater at all.
 */
export function raterInNote(note: string, raters: readonly RaterDef[], fallback: RaterDef | undefined): RaterDef | 'unknown' | 'none' {
  const t = note.normalize('NFKC').replace(/\s+/g, '');
  if (!t) return 'none';
  let best: { rater: RaterDef; length: number } | undefined;
  for (const r of raters) {
    for (const name of [r.label, ...(r.aliases ?? []), ...(r.writtenAs ?? [])]) {
      const n = name.normalize('NFKC').replace(/\s+/g, '');
      if (n && t.includes(n) && n.length > (best?.length ?? 0)) best = { rater: r, length: n.length };
    }
  }
  if (best) return best.rater;
  if (SELF_WORDS.test(t) || OTHER_WORDS.test(t)) return 'unknown';
  if (!SUPERVISOR_WORDS.test(t)) return 'none';
  // A supervisor word names the form's supervisor only when one rater of the form is a supervisor (直接主管 beside
  // 间接主管: 「(经理)」 could be either).
  const supervisors = raters.filter((r) => [r.label, ...(r.aliases ?? []), ...(r.writtenAs ?? [])].some((n) => SUPERVISOR_WORDS.test(n)));
  if (raters.length === 0) return 'none';
  return supervisors.length === 1 ? supervisors[0]! : supervisors.length === 0 && fallback ? fallback : 'unknown';
}
