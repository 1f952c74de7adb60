// What is typed in a grade field (§4 部门定级, §15 建议, §17 转正建议) besides a grade: the signer's name, a date, 「已签」.
// Review 60 of e6630f91: 「优秀 王经理」 beside kpi's 优秀 was kept as the grade 「优秀 王经理」 with 「按分数 91.40 应为「优秀」;
// 保留填写的等级」, and 「王经理」「已签」「OK」「是」 were shown as the 部门定级 — no grade word in them at all.
import { COMMON_SURNAMES } from './surnames.js';

/** A title written after a surname (王经理, 李总): the signer. */
const TITLE = '(?:总经理|副总经理|副总|经理|主管|总监|主任|组长|部长|科长|处长|班长|队长|店长|老师|总)';
/** Words of a decision, a grade or a note (同意, 待定, 不予转正, 见附件): never a signer's name (同, 待 are no surnames anyway). */
const NOT_A_NAME = /(不|否|未|无|非|暂|缓|待|延|同意|通过|推荐|考虑|转正|辞退|淘汰|录用|合格|优|良|差|好|一般|及格|见|另|议|可)/u;
/** 「已签」, 「已签字」, 「已阅」: the field signed, no grade. */
const SIGNED = /^(?:已签(?:字|名|章|批)?|已盖章|已阅|阅|已审(?:核|批|阅)?)$/u;
/** A date: 3.31, 3/31, 3-31, 2026-03-31, 2026.3.31, 3月31日, 2026年3月31日. */
const DATE = /^(?:(?:19|20)\d{2}\s*[-./年]\s*)?(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$|^(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日$/u;

function isDate(t: string): boolean {
  const m = DATE.exec(t);
  if (!m) return false;
  if (m[1] === undefined) return true;
  const [month, day] = [Number(m[1]), Number(m[2])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * A signer's name: a common surname and one or two characters (王五, 张晓明) or a title (王经理), with 签/签字/签名 after it
 * allowed (王经理签). `short`: after a grade, the surname alone (「优秀 王」) is a signer too.
 */
function isSigner(t: string, short = false): boolean {
  const name = t.replace(/(?:签字|签名|签)$/u, '');
  if (!COMMON_SURNAMES.includes(name[0] ?? '') || NOT_A_NAME.test(name)) return false;
  return new RegExp(`^[\\u4e00-\\u9fa5]${TITLE}$`, 'u').test(name) || new RegExp(`^[\\u4e00-\\u9fa5]{${short ? 1 : 2},3}$`, 'u').test(name);
}

/** Pieces of a text split at spaces, commas, 、, colons and brackets: 「王经理 3.31」, 「(王经理)」. */
function pieces(text: string): string[] {
  return text.split(/[\s,,、;;::()()[\]【】〔〕]+/u).filter(Boolean);
}

/** 已签, a date, or 签字 alone: a piece that is a sign-off whoever signed. */
function signedOrDated(piece: string): boolean {
  return SIGNED.test(piece) || isDate(piece) || /^(?:签字|签名|签章|签)$/u.test(piece);
}

/** One piece that is a signature, a signer, a date or 已签 — nothing of a grade. `short` as for isSigner. */
function signOff(piece: string, short = false): boolean {
  return signedOrDated(piece) || isSigner(piece, short);
}

/**
 * A grade with the signer's name, a date or 已签 after it (「优秀 王经理」, 「优秀 3.31」, 「良好(王经理 3.31)」): that grade.
 * Null when nothing follows a grade, or what follows is no signature (「良好(待定)」 stays as typed).
 */
export function gradeBeforeSignature(typed: string, labels: readonly string[]): string | null {
  const t = typed.normalize('NFKC').trim();
  for (const label of [...labels].sort((a, b) => b.length - a.length)) {
    if (!t.startsWith(label)) continue;
    const rest = pieces(t.slice(label.length));
    return rest.length > 0 && t.length > label.length && rest.every((p) => signOff(p, true)) ? label : null;
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

/** A title before the name (主管王五, 经理张晓明): the signer. */
function titledName(piece: string): boolean {
  const m = new RegExp(`^${TITLE}([\\u4e00-\\u9fa5]{2,3})$`, 'u').exec(piece);
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
 * Piece `i` of `parts` names who signed, unambiguously: a name with a title or 签 (王经理, 主管王五, 王五签), or a bare name
 * right after 签字 / 签名 (「签字:王五」, 「签名 王五」).
 */
function namedSigner(parts: readonly string[], i: number): boolean {
  const p = parts[i]!;
  if (signedName(p) || titledName(p)) return true;
  return i > 0 && SIGN_LABEL.test(parts[i - 1]!) && !DECISION_WORD.test(p) && isSigner(p);
}

// (Review 61 of ec4c1f3a: a bare name with another sign-off piece — 「签字:王五」, 「赵六 已签」, 「钱七 3月31日」 — was kept
// as the 转正建议 / 部门定级 at exit 0; 56c00dce took any bare name beside 已签 or a date for the signer, and then 「解雇 3.31」
// 「解雇 已签」「任用 3.31」「晋级 3.31」「符合 3.31」 were replaced by kpi's 通过 / 优秀 at exit 0 — the manager's decision lost.
// A bare two- or three-character word cannot be told from a decision: only the label form 「签字:王五」 makes it the signer;
// beside nothing but 已签 or a date (「赵六 已签」, 「钱七 3月31日」) it stays the user's, kept and warned.)
export function signatureOnly(typed: string, labels: readonly string[]): boolean {
  const t = typed.normalize('NFKC').trim();
  if (!t || labels.some((l) => t.includes(l))) return false;
  const parts = pieces(t);
  return parts.length > 0 && parts.every((p, i) => signedOrDated(p) || namedSigner(parts, i));
}

/** Text split into its pieces (as pieces()), each with where it starts. */
const PIECE = /[^\s,,、;;::()()[\]【】〔〕]+/gu;

/**
 * A decision or note with a signature after it (「不予转正 王经理」, 「不予转正(王经理 3.31)」, 「同意 签字:王五」): the
 * decision, the signature dropped — what follows it must be a signature on its own (signatureOnly) that starts with who
 * signed (a titled name, 王五签, 「签字:王五」), so 「同意 晋级」 and 「不予转正 张三」 stay whole, and so do 「解聘 3.31」,
 * 「解雇 已签」 and 「延期转正 至 4.30」: a date or 已签 after a decision may be the decision's own (延期 至 4.30) — never cut.
 * Null when the whole text is a signature or nothing follows.
 */
// (Review 61: 「不予转正 王经理」 was kept whole as the 转正建议, though 「优秀 王经理」 is 优秀. Then 「延期转正 至 4.30」 was
// kept as 「延期转正 至」: its date dropped as a sign-off's.)
export function decisionBeforeSignature(typed: string, labels: readonly string[]): string | null {
  const t = typed.trim();
  if (signatureOnly(t, labels)) return null;
  const found = [...t.matchAll(PIECE)];
  for (let k = 1; k < found.length; k++) {
    const tail = found.slice(k).map((m) => m[0]);
    if (!namedSigner(tail, 0) && !(SIGN_LABEL.test(tail[0]!) && tail.length > 1 && namedSigner(tail, 1))) continue;
    if (!signatureOnly(tail.join(' '), labels)) continue;
    const head = t.slice(0, found[k]!.index).replace(/[\s,,、;;::(([【〔]+$/u, '');
    return head || null;
  }
  return null;
}
