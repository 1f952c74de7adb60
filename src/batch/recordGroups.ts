// A record form (satisfaction-monthly: one row a survey answer) grades groups, not people: a batch run listed such a
// file as 「已评分(0 人)」 with no figure or band anywhere. Each group of a banded grouping gets a line in the report
// and a row of batch-summary.xlsx's 汇总 (its key where the name goes, the banded figure as the total).
import type { GradeReport } from '../io/outcome.js';
import type { SummaryPerson } from './summaryWorkbook.js';
import type { BatchGroupLine } from './types.js';

export function groupLines(g: GradeReport): { lines: BatchGroupLine[]; rows: SummaryPerson[] } {
  const lines: BatchGroupLine[] = [];
  const rows: SummaryPerson[] = [];
  for (const grouping of g.groupings ?? []) {
    if (grouping.hidden || !grouping.band) continue;
    const figureId = grouping.band.figure;
    const figure = grouping.figures.find((f) => f.id === figureId)?.label ?? figureId;
    for (const group of (g.groups ?? []).filter((x) => x.grouping === grouping.id)) {
      const v = group.figures[figureId];
      // The exact figure, as --json and the people's rows give it (shown to 2 decimals by the summary's format).
      const value = typeof v === 'number' && Number.isFinite(v) ? v : null;
      lines.push({ grouping: grouping.label, key: group.keyText, figure, value, band: group.band });
      rows.push({ id: '', name: group.keyText, department: `${grouping.label}·${figure}`, total: value, band: group.band, status: group.status });
    }
  }
  return { lines, rows };
}
