import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOutputPath } from '../../src/io/gradeSteps.js';

describe('the default output name', () => {
  it('is <name>.graded.xlsx beside the input; a graded workbook graded again is numbered, not suffixed twice', () => {
    const at = (name: string) => path.basename(defaultOutputPath(path.join('/data', name)));
    expect(['march.xlsx', 'march.csv', 'march.graded.xlsx', 'march.graded-2.xlsx', 'March.Graded.xlsx'].map(at)).toEqual([
      'march.graded.xlsx', 'march.graded.xlsx', 'march.graded-2.xlsx', 'march.graded-3.xlsx', 'March.Graded-2.xlsx',
    ]);
  });
});
