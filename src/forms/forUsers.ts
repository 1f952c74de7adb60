// A definition's notes as the team reads them (the template's 填写说明, kpi forms): the words its authors used among
// themselves — the catalog's decisions and sections, the source documents' numbers, the definition's tables — are said
// in the team's terms, or left out where they only say where a rule came from.
export function forUsers(note: string): string {
  return note
    .replace(/[((]\s*CATALOG\s*§\s*\d+\s*Decision\s*[))]/g, '')
    .replace(/(?<=[((])\s*CATALOG\s*§\s*\d+\s*Decision\s*(?=[))])/g, '本表的约定')
    .replace(/按\s*CATALOG\s*§\s*\d+\s*Decision\s*[::]\s*/g, '按本表的约定:')
    .replace(/CATALOG\s*§\s*\d+\s*Decision/g, '本表的约定')
    .replace(/^Decision\s*[::]\s*/, '')
    .replace(/[;;,,]\s*Decision\s*[::]\s*用\s*seed \d+ 的/g, ',用原始资料中的')
    .replace(/[,,]\s*Decision\s*(?=[))])/g, '')
    .replace(/seed \d+ 的/g, '原始资料中的')
    .replace(/[((]\s*目录 ?§\s*\d+\s*[))]/g, '')
    .replace(/§\s*\d+ 没有给出/g, '原表没有给出')
    .replace(/[((]\s*§\s*\d+\s*[))]/g, '')
    .replace(/[((]目录的决定[))]/g, '')
    .replace(/目录的决定/g, '本表的约定')
    .replace(/按目录约定/g, '按本表的约定')
    .replace(/目录的/g, '本表的')
    .replace(/定义的 ?tables/g, '考核表定义')
    .replace(/[((]groupings 的 cases 和 if[))]/g, '')
    .replace(/源表/g, '原表');
}
