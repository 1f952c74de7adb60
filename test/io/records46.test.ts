// Record logs whose answers are digits with no word of what they mean.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnyDefinition } from '../../src/forms/load.js';
import { parseRaw } from '../../src/engine/values.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/records46', f);

describe('§23 answers typed as bare digits (1, 2, 4, 1) with no legend', () => {
  it('are refused at each cell: the catalog gives the four answers no numbers, and a workshop\'s 1 may as well be 满意', async () => {
    // Read as the options' points (满意 4 … 很不满意 1), 1, 2, 4, 1 were u = 1, w = 2 → 很差, 3 ÷ 0.9 = 3.33 taken off at
    // exit 0; read the other way (1 = 满意) they are u = 0, w = 1 → 较差, 1.11. Neither is kpi's to choose.
    const r = await gradedReport(at('workshop-bare-digits.xlsx'));
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.cell])).toEqual([['unknown-choice', 'E3'], ['unknown-choice', 'E4'], ['unknown-choice', 'E5'], ['unknown-choice', 'E6']]);
    expect(errors[0]!.message).toContain('「评价」应为以下之一:满意 / 一般 / 不满意 / 很不满意(请写字:数字分不清是哪一档;或在列名后写明数字的含义,如「(1满意 2一般 …)」),实际为「1」');
    const group = r.groups!.find((g) => g.grouping === r.groupings![0]!.id)!;
    expect(group.band ?? null).toBeNull();
  });
});

describe('numbersArePoints in a definition', () => {
  const shipped = (id: string) => JSON.parse(readFileSync(path.join(repoRoot, `templates/${id}.json`), 'utf8'));
  const messages = async (def: unknown) => {
    const r = await parseAnyDefinition(JSON.stringify(def), 'team.json');
    return r.ok ? [] : r.problems.map((p) => p.message);
  };
  it('is for a choice only: on a text column or a number input it is refused where it is', async () => {
    const log = shipped('internal-satisfaction-workshop');
    log.records.columns[1].numbersArePoints = false;
    expect(await messages(log)).toEqual(['team.json:$.records.columns[1].numbersArePoints:numbersArePoints 只用于 choice 列']);
    const person = shipped('probation');
    person.parts[0].items[0].inputs[0].numbersArePoints = false;
    expect(await messages(person)).toEqual(['team.json:$.parts[0].items[0].inputs[0].numbersArePoints:numbersArePoints 只用于 type 为 choice 的输入']);
  });

  it('false on a person form\'s choice refuses 15 for 专业知识\'s second option (§17), which is read as it by default', async () => {
    const def = shipped('probation');
    const r = await parseAnyDefinition(JSON.stringify(def), 'team.json');
    expect(r.ok).toBe(true);
    const input = def.parts[0].items[1].inputs[0];
    expect(parseRaw(input, { kind: 'number', value: 15 })).toMatchObject({ ok: true, value: { points: 15 } });
    expect(parseRaw({ ...input, numbersArePoints: false }, { kind: 'number', value: 15 })).toMatchObject({ ok: false, code: 'unknown-choice' });
    // Its words are read as ever.
    expect(parseRaw({ ...input, numbersArePoints: false }, { kind: 'text', value: input.choices[1].label })).toMatchObject({ ok: true, value: { points: 15 } });
  });
});
