// People of raters' copies whose names differ by one character and who were never rated in the same copy (陈晨 in two
// interviewers' copies, 陈辰 in the third's): one candidate typed two ways, scored as two — 陈晨 on two interviewers,
// 陈辰 on one, at exit 0 without a word. Said, as departments written two ways are (departmentNames.ts); kpi does not
// merge them: 张伟 and 张玮 may be two people.
import type { Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { COMMON_SURNAMES } from './surnames.js';
import { cleanText, nameKey } from './text.js';

/** A sheet name that is a person's (2–5 Chinese characters), not a sheet's own word (模板, 汇总, 3月, 客服部 …). */
export const PERSON_TAB = /^[\u4e00-\u9fa5·]{2,5}$/;
export const NOT_A_PERSON_TAB = /(表|部|组|月|模板|汇总|明细|说明|示例|样例|考核|评分|客服|名单|统计|数据|填写|空白|新建|工作|问题|结果|岗位|主管|同事|客户|自评|上级|员工|人员|专员|职员|新人|新增|试用|实习|季度|年度|副本|复制|备用|备份|售后|售前|经理|临时|兼职|待定|其他|其它|空表|未命名|无名|模版|草稿|底稿|范本|范例|样本|样板|备注|备忘|封面|目录|首页|初稿|定稿|母版|测试|作废|参考|存档|留底|打印|新版|旧版|原表|样表|附表|练习)/;

/** A sheet named after a person (张三), not one of the sheet's own words (汇总, 名单). */
export function personTab(name: string): boolean {
  return PERSON_TAB.test(name.trim()) && !NOT_A_PERSON_TAB.test(name);
}

/**
 * A tab that is a person's name with one of the sheet's own words attached (「张三定稿」, 「初稿李四」): the name and the
 * word. Review 60 of 52557a2f: 「张三定稿」 with 被评估人员 blank was refused as 「也不是人名」, not a word of 张三 in it.
 */
export function nameWithTabWord(tab: string): { name: string; word: string } | null {
  const t = tab.trim().replace(/\s+/gu, '');
  if (!PERSON_TAB.test(t)) return null;
  const m = NOT_A_PERSON_TAB.exec(t);
  if (!m) return null;
  const word = m[0];
  const name = t.startsWith(word) ? t.slice(word.length) : t.endsWith(word) ? t.slice(0, -word.length) : '';
  return name.length >= 2 && personLikeName(name) ? { name, word } : null;
}

/** How a unit's name ends (客服一部, 售后组, 东区, 一号店, 万达广场): a department row's name in a roster too (rowKinds). */
export const UNIT_ENDING = /(部|组|区|店|处|站|室|科|厅|所|队|班|中心|公司|分部|项目|广场|团队|大厦|商场|门店|分公司|片区|小区|花园)$/;

/**
 * A tab that is the unit's name without its suffix (「金色家园」 for 金色家园管理处, 「翠湖」 for 翠湖项目): the same unit. It was
 * warned 「像是「金色家园」的表」 as a copied sheet, where 阳光花园 / 翠湖苑 built the same way were not (no surname first).
 */
export function tabOfUnit(tab: string, name: string): boolean {
  const t = nameKey(tab);
  const n = nameKey(name);
  if (t.length < 2 || !n.startsWith(t)) return false;
  // Only a suffix that is a unit's word by itself: 「李文」 over 李文科 (a person) or 「金色」 over 金色家园项目 (perhaps 金色项目)
  // were passed over as the unit's own tab — a copied sheet's name went unsaid (review 63 of bddf8ad3).
  return UNIT_SUFFIX.test(n.slice(t.length));
}
const UNIT_SUFFIX = /^(管理处|服务处|物业处|物业服务中心|服务中心|客服中心|管理中心|物业中心|中心|项目部?|项目组|小区|物业公司|分公司|公司|门店|分店|分部|片区|大厦|商场|广场|办事处|客服部|管理部|物业部|服务站|客服站)$/;

/**
 * A unit's name by how it starts, though it may start with a surname's character: 「华东区」「一号店」「万达广场」「车险团队」, a region
 * (华南) or a province (江苏). s1/s2/s5: a lone tab and title 「万达广场」/「华南」/「江苏」 above 被考核人 张三 refused
 * 张三 (91.00 优秀) at exit 1; s4: tab 华南 alone warned 「像是「华南」的表」.
 */
const UNIT_START = /^(全员|全体|全部|车险|华南|华北|华东|华中|华西|西南|西北|东北|东南|北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|西藏|宁夏|新疆|香港|澳门)/;

/** A tab or title word that may be someone's name: it starts with a common surname and is no unit's name. */
export function personLikeName(name: string): boolean {
  const t = name.trim();
  return personTab(t) && COMMON_SURNAMES.includes(t[0]!) && !UNIT_ENDING.test(t) && !UNIT_START.test(t);
}

export interface NamedInCopies {
  name: string;
  /** The person's 工号, when the copies give one: two different ones are two people. */
  id: string;
  files: readonly string[];
}

export function peopleWrittenTwoWays(people: readonly NamedInCopies[], fileName: (file: string) => string): Problem[] {
  const buckets = new Map<string, NamedInCopies[]>();
  for (const p of people) {
    const chars = [...p.name];
    if (chars.length < 2 || chars.length > 4) continue;
    for (let i = 0; i < chars.length; i++) {
      const key = `${chars.slice(0, i).join('')}\u0000${chars.slice(i + 1).join('')}`;
      const list = buckets.get(key) ?? [];
      list.push(p);
      buckets.set(key, list);
    }
  }
  const out: Problem[] = [];
  const said = new Set<string>();
  for (const list of buckets.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const [p, q] = [list[a]!, list[b]!];
        if (p.name === q.name || (p.id && q.id && p.id !== q.id)) continue;
        if (p.files.some((f) => q.files.includes(f))) continue;
        const pair = [p.name, q.name].sort().join('\u0000');
        if (said.has(pair)) continue;
        said.add(pair);
        const who = [p, q].map((x) => `${x.files.map(fileName).join('、')}`);
        out.push(problem('names-alike', { field: '姓名', names: [p.name, q.name], records: '各份表里的姓名', who }, {}, { severity: 'warning' }));
      }
    }
  }
  return out;
}

/** Brackets a note is written in after a name, as cleanText leaves them (NFKC: 「(」 is 「(」, 【】 stay). */
const NOTE_BRACKETS: ReadonlyArray<readonly [string, string]> = [['(', ')'], ['[', ']'], ['{', '}'], ['<', '>'], ['【', '】'], ['〔', '〕'], ['〖', '〗'], ['〈', '〉'], ['《', '》'], ['「', '」'], ['『', '』']];

/**
 * Role words written after a name with a space or a dash instead of brackets: 「张三 组长」, 「张三-组长」 in a peer's copy
 * made a second 张三 (without 工号 a phantom 「张三 组长」 refused, 张三 96.00 without that peer's 良好 for 97.00; with 工号
 * 「同一工号不能是两个人」, 张三 unscored). Only these: 「张三-2」 or 「欧阳 娜娜」 are no note.
 */
const ROLE_NOTE = /^(?:副?组长|班长|副?主管|副?经理|主任|队长|新人|新员工|实习生?|试用期?|离职|已离职|兼职|临时工?|代班|带班|老员工|正式工?)$/;

/** A name with a note in brackets after it: 「张三(组长)」, 「陈晨【复试】」 → 张三 / 组长. Null without one. */
export function nameWithNote(written: string): { name: string; note: string; bare?: true } | null {
  const t = cleanText(written);
  const pair = NOTE_BRACKETS.find(([, close]) => t.endsWith(close));
  if (!pair) return roleAfterName(t);
  const open = t.lastIndexOf(pair[0]);
  const name = t.slice(0, Math.max(0, open)).trim();
  const note = t.slice(open + 1, -1).trim();
  if (open <= 0 || !name || !note || NOTE_BRACKETS.some(([a, b]) => note.includes(a) || note.includes(b))) return null;
  return { name, note };
}

/** 「张三 组长」, 「张三-组长」, 「张三—组长」, 「张三_组长」 → 张三 / 组长 (bare: no brackets round the note). */
function roleAfterName(t: string): { name: string; note: string; bare: true } | null {
  const m = /^(.+?)\s*[-_—–－]\s*(\S+)$|^(.+?)\s+(\S+)$/.exec(t);
  const [name, note] = m ? [(m[1] ?? m[3])!.trim(), (m[2] ?? m[4])!] : ['', ''];
  return name && ROLE_NOTE.test(note) ? { name, note, bare: true } : null;
}

/**
 * Names of a set that are another name of the set with a note in brackets (「陈晨(复试)」 beside 陈晨): that person, the
 * note said. By nameKey of the noted name, the plain name as first written. 复试's interviewer rated 「陈晨(复试)」: scored as a
 * second candidate, 1.00 较差 beside 陈晨 3.00 良好 on the 初试 pair alone, for one 陈晨 at (3 + 3 + 1) / 3 = 2.33 一般.
 * Notes with no plain twin stay names (「张三(大)」 and 「张三(小)」 may be two people).
 */
export function notedTwins(names: Iterable<string>): Map<string, { name: string; note: string; bare?: true }> {
  const plain = new Map<string, string>();
  const noted: Array<[string, { name: string; note: string; bare?: true }]> = [];
  for (const written of names) {
    const split = nameWithNote(written);
    if (split) noted.push([nameKey(written), split]);
    else if (cleanText(written) && !plain.has(nameKey(written))) plain.set(nameKey(written), cleanText(written));
  }
  const out = new Map<string, { name: string; note: string; bare?: true }>();
  for (const [key, { name, note, bare }] of noted) {
    const twin = plain.get(nameKey(name));
    if (twin !== undefined) out.set(key, { name: twin, note, ...(bare ? { bare } : {}) });
  }
  return out;
}
