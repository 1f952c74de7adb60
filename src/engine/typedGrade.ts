// What is typed in a grade field (§4 部门定级, §15 建议, §17 转正建议) besides a grade: the signer's name, a date, 「已签」.
// Review 60 of e6630f91: 「优秀 王经理」 beside kpi's 优秀 was kept as the grade 「优秀 王经理」 with 「按分数 91.40 应为「优秀」;
// 保留填写的等级」, and 「王经理」「已签」「OK」「是」 were shown as the 部门定级 — no grade word in them at all.
import { COMMON_SURNAMES } from './surnames.js';
import { isDayDate } from './period.js';

/** A title written after a surname (王经理, 李总): the signer. */
const TITLE = '(?:总经理|副总经理|副总|经理|主管|总监|主任|组长|部长|科长|处长|班长|队长|店长|老师|总)';
/**
 * Who signs, written beside the signer's name (「主管 王五」「王五(主管)」「审批人:王五」「面试官王五」) or as the caption
 * before it (「主管签字:王五」): a title, or a role ending in 人 / 官.
 */
const ROLE = `(?:${TITLE}|面试官|(?:考核|考评|评分|评价|面试评价|审核|审批|批准|检查|测评|评估|负责)人)`;
/** A role alone as a piece (主管, 审批人), or as a caption (主管签字, 考核人签名). */
const ROLE_PIECE = new RegExp(`^${ROLE}(?:签字|签名|确认)?$`, 'u');
/** A title alone (经理, 主管): after a name or a surname, 「王五 经理」「王 经理」. */
const TITLE_PIECE = new RegExp(`^${TITLE}$`, 'u');
/** A name with its title glued after it: 「王五主管」「王五经理」. */
const NAME_TITLE = new RegExp(`^([\\u4e00-\\u9fa5]{2,3}?)${TITLE}(?:签字|签名|签)?$`, 'u');

/**
 * A department or HR, who signs for it (人事部, 财务部, 人力资源部, 人事行政部, 人事部门, HR): 「人事」 and 「财务」 without
 * 部 only before a caption (人事确认, 财务签字).
 */
const DEPT = '(?:(?:人事|人力资源|行政|财务|综合|人事行政|行政人事)(?:部门|部)?|办公室|HR|hr)';
/** A department alone as a piece (人事部, 财务部门, HR): the field signed for it, no grade. */
const DEPT_PIECE = /^(?:(?:人事|人力资源|行政|财务|综合|人事行政|行政人事)(?:部门|部)|办公室|HR|hr)$/u;

/** Words of a decision, a grade or a note (同意, 待定, 不予转正, 见附件): never a signer's name (同, 待 are no surnames anyway). */
const NOT_A_NAME = /(不|否|未|无|非|暂|缓|待|延|同意|通过|推荐|考虑|转正|辞退|淘汰|录用|合格|优|良|差|好|一般|及格|见|另|议|可)/u;
/** 「已签」, 「已签字」, 「已阅」, 「已确认」, 「经理已确认」: the field signed, no grade. */
const SIGNED = new RegExp(`^(?:${ROLE}|${DEPT})?(?:已签(?:字|名|章|批)?|已盖章|已阅|阅|已审(?:核|批|阅)?|已确认)$`, 'u');
/** A date: 3.31, 3/31, 3-31, 2026-03-31, 2026.3.31, 3月31日, 2026年3月31日. */
const isDate = (t: string) => isDayDate(t, true);

/**
 * A signer's name: a common surname and one or two characters (王五, 张晓明) or a title (王经理), with 签/签字/签名 after it
 * allowed (王经理签). `short`: after a grade, the surname alone (「优秀 王」) is a signer too.
 */
function isSigner(t: string, short = false): boolean {
  const name = t.replace(/(?:签字|签名|签)$/u, '');
  if (!COMMON_SURNAMES.includes(name[0] ?? '') || NOT_A_NAME.test(name)) return false;
  return new RegExp(`^[\\u4e00-\\u9fa5]${TITLE}$`, 'u').test(name) || new RegExp(`^[\\u4e00-\\u9fa5]{${short ? 1 : 2},3}$`, 'u').test(name);
}

/**
 * Where a text is cut into pieces: spaces, commas, 、, colons, brackets, dashes, and - or / beside a character
 * (「通过-王五」「王五/3.31」), while 3-31, 3/31 and 2026-03-31 stay dates.
 */
const SEP = /(?:[\s,,、;;::()()[\]【】〔〕—–―]|(?<=\p{Script=Han})[-//]|[-//](?=\p{Script=Han}))+/gu;

/** Pieces of a text (see SEP), each with where it starts: 「王经理 3.31」, 「(王经理)」, 「通过-王五」. */
function piecesAt(text: string): { text: string; index: number; after: string }[] {
  const out: { text: string; index: number; after: string }[] = [];
  let last = 0;
  let gap = '';
  for (const m of text.matchAll(SEP)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), index: last, after: gap });
    last = m.index + m[0].length;
    gap = m[0];
  }
  if (last < text.length) out.push({ text: text.slice(last), index: last, after: gap });
  return out;
}

function pieces(text: string): string[] {
  return piecesAt(text).map((p) => p.text);
}

/** 已签, a date, or 签字 alone: a piece that is a sign-off whoever signed. */
/**
 * A department's or the employee's own caption (人事部确认, 财务签字, HR确认, 本人确认): after a decision, its sign-off —
 * 「通过 人事部确认」 was said to differ from kpi's own 通过, 「不予转正 HR确认」 kept whole (review 62).
 */
// (Review 63: 「人事部」「人事部审核」「人事部已确认」「HR已阅」 alone, 「财务部 王五」「人事部 王五 3.31」 were kept as the
// 转正建议 — 「财务部」 and 「人事部」 cut from the name — with 「保留填写的等级」 at exit 0, and 「不通过 人事部 王五」 kept as
// 「不通过 人事部」: a department alone, or with 审核 / 审批, is a sign-off like 「人事部确认」.)
const DEPT_CAPTION = new RegExp(`^(?:${DEPT}|本人|员工)(?:(?:审核|审批)?(?:确认|签字|签名|盖章|签章){1,2}|审核|审批)$`, 'u');
/** DEPT_CAPTION of a department (not 本人 / 员工's): typed by the department, not a caption printed on the form. */
const DEPT_OWN_CAPTION = new RegExp(`^${DEPT}(?:(?:审核|审批)?(?:确认|签字|签名|盖章|签章){1,2}|审核|审批)$`, 'u');

/**
 * A department's sign-off typed in the field (人事部确认, 人力资源部确认, 财务签字, 人事部门确认): said as no grade
 * (typed-not-grade), though its shape is a sign-off caption's. 「本人确认」「部门主管确认」「人事部确认:」 stay the form's
 * printed captions.
 */
// (Review 63: 「人事部确认」「人力资源部确认」 were replaced by kpi's 通过 with no word, where 「王五」 gets the info.)
export function departmentSignOff(text: string): boolean {
  return DEPT_OWN_CAPTION.test(text.normalize('NFKC').replace(/\s+/gu, ''));
}

function signedOrDated(piece: string): boolean {
  return SIGNED.test(piece) || isDate(piece) || /^(?:签字|签名|签章|签)$/u.test(piece) || DEPT_CAPTION.test(piece) || DEPT_PIECE.test(piece);
}

/** One piece that is a signature, a signer, a date or 已签 — nothing of a grade. `short` as for isSigner. */
function signOff(piece: string, short = false): boolean {
  return signedOrDated(piece) || isSigner(piece, short);
}

/** Piece `i` of `parts` is part of a signature (signOff, namedSigner or a role beside a name). */
function signOffAt(parts: readonly string[], i: number, short: boolean, signers: readonly string[]): boolean {
  return signOff(parts[i]!, short) || namedSigner(parts, i, signers) || roleBeside(parts, i, signers);
}

/**
 * A grade with the signer's name, a date or 已签 after it (「优秀 王经理」, 「优秀 3.31」, 「良好(王经理 3.31)」): that grade.
 * Null when nothing follows a grade, or what follows is no signature (「良好(待定)」 stays as typed).
 */
// (Review 62: 「优秀 主管:王五」「良好 总监:王五」「通过-王五」「通过/王五 3.31」「通过 — 王五」, and the signer first,
// 「王经理:通过」, were kept whole and said to differ from kpi's grade — though it is the grade, signed.)
export function gradeBeforeSignature(typed: string, labels: readonly string[], signers: readonly string[] = []): string | null {
  const t = typed.normalize('NFKC').trim();
  const sorted = [...labels].sort((a, b) => b.length - a.length);
  for (const label of sorted) {
    if (!t.startsWith(label)) continue;
    const rest = pieces(t.slice(label.length));
    if (rest.length > 0 && t.length > label.length && rest.every((_, i) => signOffAt(rest, i, true, signers))) return label;
    break;
  }
  // The signer, then the grade: 「王经理:通过」, 「(王五)通过」 — apart from it (「不通过」 is no 通过).
  for (const label of sorted) {
    if (!t.endsWith(label) || t.length === label.length) continue;
    const head = t.slice(0, t.length - label.length);
    if (!new RegExp(`(?:${SEP.source})$`, 'u').test(head)) continue;
    const before = pieces(head);
    return before.length > 0 && before.every((_, i) => signOffAt(before, i, false, signers)) ? label : null;
  }
  return null;
}

/**
 * Text with no grade word at all, only a signature or a date (signatureOnly): 「王经理」, 「主管王五」, 「王五签」, 「已签」,
 * 「3.31」, 「王经理 3.31」, 「签字:王五」. Decisions and notes (同意, 待定, 不予转正, 延期转正, 见附件, 无) and a bare word
 * that may be a name or a decision (赵六, 解雇, 任用), alone or beside 已签 / a date, are not this: they stay as typed.
 */
// (Alone, a name only with a title or 签 after it, and no 是 / OK: 「解聘」「解约」「谢绝」「卓越」「丁等」 (a surname's first
// character) and 「是」 in 转正建议 were replaced by kpi's 通过 / 推荐 / 优秀 / 不通过 at exit 0 with an info — decisions the
// manager typed, kept and warned as before (review 60).)
function signedName(piece: string): boolean {
  const name = piece.replace(/(?:签字|签名|签)$/u, '');
  return (name !== piece || new RegExp(`${TITLE}$`, 'u').test(name)) && !DECISION_WORD.test(name) && isSigner(piece);
}

/** A title or role before the name (主管王五, 经理张晓明, 面试官王五): the signer. */
function titledName(piece: string): boolean {
  const m = new RegExp(`^${ROLE}([\\u4e00-\\u9fa5]{2,3})$`, 'u').exec(piece);
  return m !== null && !DECISION_WORD.test(m[1]!) && isSigner(m[1]!);
}

/** A name with its title after it (王五主管, 王五经理): the signer. */
function nameTitled(piece: string): boolean {
  const m = NAME_TITLE.exec(piece);
  return m !== null && !DECISION_WORD.test(m[1]!) && isSigner(m[1]!);
}

/**
 * Words that start with a common surname's character but are a decision or a grade (review 60), never a name: 「解聘 3.31」
 * is the decision 解聘, dated; not even after 「签字:」.
 */
const DECISION_WORD = /^(?:解聘|解约|解除|解雇|谢绝|卓越|丁等|任用|晋级|晋升|符合)$/u;

/** 「签字:」, 「签名」 written before the signer's name. */
const SIGN_LABEL = /^(?:签字|签名)$/u;

/**
 * Piece `i` of `parts` names who signed, unambiguously: a name with a title or 签 (王经理, 主管王五, 王五签, 王五经理), a
 * bare name right after 签字 / 签名 or a role (「签字:王五」, 「签名 王五」, 「主管 王五」, 「审批人:王五」, 「主管签字:王五」)
 * or before a title (「王五 经理」, 「王五(主管)」, 「王 经理」), or a name the form's own header gives a signer
 * (`signers`: 考核人 王五, 直接主管 赵六 — 「王五 3.31」 there is 王五's signature).
 */
function namedSigner(parts: readonly string[], i: number, signers: readonly string[] = []): boolean {
  const p = parts[i]!;
  if (signedName(p) || titledName(p) || nameTitled(p)) return true;
  if (DECISION_WORD.test(p)) return false;
  if (signers.includes(p)) return true;
  const [prev, next] = [parts[i - 1], parts[i + 1]];
  if (prev !== undefined && (SIGN_LABEL.test(prev) || ROLE_PIECE.test(prev)) && isSigner(p)) return true;
  return next !== undefined && TITLE_PIECE.test(next) && isSigner(p, true);
}

/** Piece `i` is a role beside the signer's name: 「主管」 of 「主管 王五」, 「审批人」 of 「审批人:王五」, 「经理」 of 「王五 经理」. */
function roleBeside(parts: readonly string[], i: number, signers: readonly string[] = []): boolean {
  const p = parts[i]!;
  if (!ROLE_PIECE.test(p)) return false;
  if (i + 1 < parts.length && namedSigner(parts, i + 1, signers)) return true;
  return i > 0 && TITLE_PIECE.test(p) && namedSigner(parts, i - 1, signers);
}

/**
 * Names a form's own header gives (考核人, 直接主管, 间接主管, 面试评价人 …): each value that is a name (王五, 「赵六、钱七」).
 * A bare word equal to one of them in a grade field is that person's signature.
 */
export function signerNames(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const names = v.normalize('NFKC').trim().split(/[\s,,、;;//]+/u).filter(Boolean);
    if (names.length > 0 && names.every((n) => isSigner(n) && !DECISION_WORD.test(n))) out.push(...names);
  }
  return out;
}

// (Review 61 of ec4c1f3a: a bare name with another sign-off piece — 「签字:王五」, 「赵六 已签」, 「钱七 3月31日」 — was kept
// as the 转正建议 / 部门定级 at exit 0; 56c00dce took any bare name beside 已签 or a date for the signer, and then 「解雇 3.31」
// 「解雇 已签」「任用 3.31」「晋级 3.31」「符合 3.31」 were replaced by kpi's 通过 / 优秀 at exit 0 — the manager's decision lost.
// A bare two- or three-character word cannot be told from a decision: only the label form 「签字:王五」 makes it the signer;
// beside nothing but 已签 or a date (「赵六 已签」, 「钱七 3月31日」) it stays the user's, kept and warned.)
// (Review 62: 「主管 王五」「经理 王五」「王五 经理」「王 经理」「王五主管」「王五经理 3.31」「王五(主管)」「主管签字:王五」
// 「审批人:王五」「面试官王五」 were kept as the grade; and 「王五 3.31」 where the form's 考核人 is 王五 — the name is known.)
export function signatureOnly(typed: string, labels: readonly string[], signers: readonly string[] = []): boolean {
  const t = typed.normalize('NFKC').trim();
  if (!t || labels.some((l) => t.includes(l))) return false;
  const parts = pieces(t);
  return parts.length > 0 && parts.every((p, i) => signedOrDated(p) || namedSigner(parts, i, signers) || roleBeside(parts, i, signers));
}

/**
 * A decision or note with a signature after it (「不予转正 王经理」, 「不予转正(王经理 3.31)」, 「同意 签字:王五」): the
 * decision, the signature dropped — what follows it must be a signature on its own (signatureOnly) that starts with who
 * signed (a titled name, 王五签, 「签字:王五」), so 「同意 晋级」 and 「不予转正 张三」 stay whole, and so do 「解聘 3.31」,
 * 「解雇 已签」 and 「延期转正 至 4.30」: a date or 已签 after a decision may be the decision's own (延期 至 4.30) — never cut.
 * Null when the whole text is a signature or nothing follows.
 */
// (Review 61: 「不予转正 王经理」 was kept whole as the 转正建议, though 「优秀 王经理」 is 优秀. Then 「延期转正 至 4.30」 was
// kept as 「延期转正 至」: its date dropped as a sign-off's.)
// (Review 62: 「同意转正 主管:王五」 was kept whole; 「同意转正\n王五\n2026.3.31」 too — the signer's lines under a decision.)
export function decisionBeforeSignature(typed: string, labels: readonly string[], signers: readonly string[] = []): string | null {
  const t = typed.trim();
  if (signatureOnly(t, labels, signers)) return null;
  const found = piecesAt(t);
  for (let k = 1; k < found.length; k++) {
    const tail = found.slice(k).map((m) => m.text);
    // 「人事部 王五」: the department, then who signed for it (review 63: 「不通过 人事部 王五」 was cut to 「不通过 人事部」).
    const first = namedSigner(tail, 0, signers) || ((SIGN_LABEL.test(tail[0]!) || ROLE_PIECE.test(tail[0]!) || DEPT_PIECE.test(tail[0]!)) && tail.length > 1 && namedSigner(tail, 1, signers));
    // A bare name on a line of its own under the decision, then only its date or 已签: the signer's lines.
    const ownLine = !first && found[k]!.after.includes('\n') && !DECISION_WORD.test(tail[0]!) && isSigner(tail[0]!) && tail.slice(1).every((p) => signedOrDated(p));
    if (!first && !ownLine) continue;
    if (first && !signatureOnly(tail.join(' '), labels, signers)) continue;
    const head = t.slice(0, found[k]!.index).replace(/[\s,,、;;::(([【〔—–―\-//]+$/u, '');
    return head || null;
  }
  return null;
}
