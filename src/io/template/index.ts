import type ExcelJS from 'exceljs';
import { Workbook } from '../exceljsModules.js';
import type { FormDef } from '../../model/definition.js';
import { writeMetadata } from '../metadata.js';
import { addFormSheet } from './formSheet.js';
import { planListRanges } from './lists.js';
import type { PersonRow } from './people.js';
import { addRosterSheet } from './rosterSheet.js';
import { addExportSheet } from './exportSheet.js';
import { safeSheetName } from '../excelText.js';

export { peopleFromGrid, type PeopleList, type PersonRow } from './people.js';

export interface TemplateOptions {
  layout: 'form' | 'roster';
  people?: PersonRow[];
  /** 考核月份 written into the header field of role 'period' of every sheet (form) or row (roster). */
  period?: string;
  /** 评分人 written into the header field of role 'rater': a copy for one rater (kpi template --rater). */
  rater?: string;
  generator: string;
  /** The definition's digest (LoadedForm.digest), kept in the template's mark. */
  digest?: string;
}

/** A blank (or name-prefilled) workbook of the form, protected so only input cells can be typed into. */
export async function buildTemplate(form: FormDef, options: TemplateOptions): Promise<ExcelJS.Workbook> {
  const wb = new Workbook();
  wb.creator = options.generator;
  wb.title = form.title;
  wb.subject = form.id;
  const taken = new Set<string>(['_kpi', '_lists']);
  const period = options.period;
  const fixed: PersonRow = new Map();
  if (period) fixed.set('period', period);
  if (options.rater) fixed.set('rater', options.rater);
  const people = (options.people ?? []).map((p): PersonRow => new Map([...p, ...fixed]));
  const lists = planListRanges(form);
  /** Sheets left unprotected: the export sheet is pasted over whole. */
  const open = new Set<string>();
  if (options.layout === 'roster' || form.data) {
    // A form fed by an export is a roster beside the export's sheet (§11): one row per agent on both.
    addRosterSheet(wb, safeSheetName('考核表', taken), form, people, lists, period, options.rater);
    if (form.data) open.add(addExportSheet(wb, safeSheetName(form.data.sheets[0]!, taken), form, people).name);
  } else if (people.length === 0) {
    addFormSheet(wb, safeSheetName('考核表', taken), form, fixed.size ? fixed : null, lists);
  } else {
    for (const person of people) addFormSheet(wb, safeSheetName(person.get('name') ?? '考核表', taken), form, person, lists);
  }
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible' || open.has(ws.name)) continue;
    // No password: the lock guards against typing over labels and scores, not against the user.
    await ws.protect('', {
      selectLockedCells: true, selectUnlockedCells: true, formatCells: true, formatColumns: true, formatRows: true,
      insertRows: true, insertColumns: true, deleteRows: true, sort: true, autoFilter: true,
    });
  }
  // Hidden sheets go last so that the first visible sheet is the one Excel opens.
  lists.addSheet(wb);
  writeMetadata(wb, { form: form.id, version: form.version, layout: form.data ? 'roster' : options.layout, ...(options.digest ? { digest: options.digest } : {}) }, options.generator);
  return wb;
}
