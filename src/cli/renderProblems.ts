import type { Problem } from '../model/problem.js';
import { where } from '../model/problem.js';
import type { Output } from './output.js';

export const CONSOLE_PROBLEM_LIMIT = 50;
const LABEL: Record<Problem['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

export function renderProblems(o: Output, problems: Problem[], hasWorkbook: boolean): void {
  if (!problems.length) return;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  o.out('');
  o.out(o.color.bold(`问题 ${problems.length} 条(错误 ${errors},警告 ${warnings},提示 ${problems.length - errors - warnings}):`));
  for (const p of problems.slice(0, CONSOLE_PROBLEM_LIMIT)) {
    const tag = p.severity === 'error' ? o.color.red(LABEL[p.severity]) : p.severity === 'warning' ? o.color.yellow(LABEL[p.severity]) : o.color.gray(LABEL[p.severity]);
    // The message already names sheet!cell when it has one; the location column helps scanning.
    const loc = where(p);
    let message = loc && p.message.startsWith(loc + ':') ? p.message.slice(loc.length + 1) : p.message;
    if (p.person && !message.includes(p.person)) message = `${p.person}:${message}`;
    o.out(`  ${tag} ${loc ? o.color.cyan(loc) + ' ' : ''}${message}`);
  }
  if (problems.length > CONSOLE_PROBLEM_LIMIT) {
    o.out(`  还有 ${problems.length - CONSOLE_PROBLEM_LIMIT} 条${hasWorkbook ? ',见「问题」表' : ',用 --json 查看全部'}`);
  }
}
