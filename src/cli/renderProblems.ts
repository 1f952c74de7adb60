import type { Problem } from '../model/problem.js';
import { where } from '../model/problem.js';
import { problemText, severityName } from '../model/problems/index.js';
import { countProblems, type ProblemCounts } from '../io/outcome.js';
import type { Output } from './output.js';

export const CONSOLE_PROBLEM_LIMIT = 50;

/** `namesFiles`: the problems come from several files (raters' copies): each location says its file. */
export function renderProblems(o: Output, problems: Problem[], hasWorkbook: boolean, namesFiles = false, counts: ProblemCounts = countProblems(problems)): void {
  if (!problems.length) return;
  const { total, errors, warnings } = counts;
  o.out('');
  o.out(o.color.bold(`问题 ${total} 条(错误 ${errors},警告 ${warnings},提示 ${total - errors - warnings}):`));
  for (const p of problems.slice(0, CONSOLE_PROBLEM_LIMIT)) {
    const label = severityName(p.severity);
    const tag = p.severity === 'error' ? o.color.red(label) : p.severity === 'warning' ? o.color.yellow(label) : o.color.gray(label);
    // The location has a column of its own; the sentence is rendered without it.
    let message = problemText(p);
    const file = namesFiles && p.file ? p.file.split(/[\\/]/).pop()! : '';
    // A sentence that names its own place (「主管C.xlsx 考核表!F2:…」) gets no column of it: 「考核表!F2」 alone before it
    // read as another place, without its file.
    const placed = p.cell !== undefined && message.includes(`${p.sheet ?? ''}!${p.cell}`);
    // (A file named elsewhere in the sentence — the command to run, 「kpi score 主管评的表.xlsx 同事丙.xlsx」 — is no place.)
    const namesItsFile = file !== '' && (message.startsWith(file) || message.includes(`${file} ${p.sheet ?? ''}!`));
    const loc = placed ? '' : [file && !namesItsFile ? file : '', where(p)].filter(Boolean).join(' ');
    // Named first unless the sentence already begins with the name; a name inside a quoted value (「自评(邱彤)」) is not it.
    if (p.person && !message.startsWith(p.person) && !message.includes(`${p.person}:`) && !message.includes(`${p.person}(`)) message = `${p.person}:${message}`;
    o.out(`  ${tag} ${loc ? o.color.cyan(loc) + ' ' : ''}${message}`);
  }
  if (total > CONSOLE_PROBLEM_LIMIT) {
    o.out(`  还有 ${total - CONSOLE_PROBLEM_LIMIT} 条${hasWorkbook ? ',见「问题」表' : ',用 --json 查看全部'}`);
  }
}
