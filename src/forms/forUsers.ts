// A definition's notes as the team reads them (the template's 填写说明, kpi forms): the words its authors used among
// themselves — the catalog's decisions, the definition's tables — are said in the team's terms.
export function forUsers(note: string): string {
  return note
    .replace(/[((]目录的决定[))]/g, '')
    .replace(/目录的决定/g, '本表的约定')
    .replace(/目录的/g, '本表的')
    .replace(/定义的 ?tables/g, '考核表定义')
    .replace(/源表/g, '原表');
}
