// Personal data shown by kpi (console, messages, --json) is masked; the graded workbook keeps the input as typed.
import type { ColumnDef } from '../../model/records.js';

/** 13812345678 → 138****5678; 广州市天河区体育西路 100 号 → 广州市天河****; 王小明 → 王** . */
export function maskPersonal(kind: ColumnDef['personal'], text: string): string {
  if (!kind || text === '') return text;
  const chars = [...text];
  if (kind === 'phone') {
    const digits = text.replace(/\D/g, '');
    if (digits.length >= 7) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
    return '*'.repeat(Math.max(1, digits.length));
  }
  if (kind === 'address') return `${chars.slice(0, Math.min(5, Math.ceil(chars.length / 3))).join('')}****`;
  return `${chars[0] ?? ''}${'*'.repeat(Math.max(1, chars.length - 1))}`;
}
