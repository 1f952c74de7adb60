// Response times typed as Excel time cells holding a fraction of a second (an average worked out in Excel).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const file = path.join(repoRoot, 'test/fixtures/times44/response-fraction-seconds.xlsx');

describe('§10 平均响应秒数 as a time cell with a fraction of a second', () => {
  it.each(['package', 'exceljs'])('is scored on the stored seconds on the %s path (the fraction was cut: 30.6 s read as 30 s)', async (writer) => {
    const before = process.env.KPI_WRITER;
    process.env.KPI_WRITER = writer;
    try {
      const r = await gradedReport(file);
      const total = (name: string) => Math.round(r.people.find((p) => p.name === name)!.total! * 100) / 100;
      // 唐宁 30.6 s in h:mm:ss: 30 / 30.6 × 10 = 9.8039; 30 + 18 + 18 + 9.8039 + 8 + 9 + 5 + 4 = 101.80 (102 when cut to 30 s).
      // 许鹏 30.5 s in mm:ss.0: 30 / 30.5 × 10 = 9.8361; 25 + 18 + 15 + 9.8361 + 8 + 8 + 4 + 4 = 91.84, as 彭越's plain 30.5.
      expect([total('唐宁'), total('许鹏'), total('彭越')]).toEqual([101.8, 91.84, 91.84]);
    } finally {
      if (before === undefined) delete process.env.KPI_WRITER;
      else process.env.KPI_WRITER = before;
    }
  });
});
