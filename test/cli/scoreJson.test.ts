import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreJson, writeScoreJson } from '../../src/cli/json.js';
import { gradeFile } from '../../src/io/grade.js';
import type { GradeReport } from '../../src/io/outcome.js';
import { repoRoot } from '../helpers.js';

// --json is written piece by piece (writeScoreJson): it must be byte for byte what JSON.stringify of the whole
// document gives, whatever the report holds: people with items and problems, none at all, a record form's groups.

async function reportOf(name: string): Promise<GradeReport> {
  const outcome = await gradeFile(path.join(repoRoot, 'samples', name), { output: null });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

function streamed(r: GradeReport): { text: string; pieces: number } {
  const pieces: string[] = [];
  writeScoreJson((t) => pieces.push(t), r);
  return { text: pieces.join(''), pieces: pieces.length };
}

describe('writeScoreJson', () => {
  it.each(['after-sales-monthly.march.form.xlsx', 'mattress-cs-monthly.march.roster.xlsx', 'satisfaction-monthly.march.xlsx'])(
    '%s: the same text as JSON.stringify(scoreJson(report), null, 2)',
    async (name) => {
      const r = await reportOf(name);
      expect(streamed(r).text).toBe(`${JSON.stringify(scoreJson(r), null, 2)}\n`);
    },
  );

  it('people whose texts hold line breaks, quotes and the people key itself; none at all; many, in pieces', async () => {
    const base = await reportOf('mattress-cs-monthly.march.roster.xlsx');
    const odd = { ...base.people[0]!, name: '张\n"people": []', explanation: 'a\nb\n  "people": [],\n' };
    const r = { ...base, people: [odd, ...base.people.slice(1)] };
    expect(streamed(r).text).toBe(`${JSON.stringify(scoreJson(r), null, 2)}\n`);
    const none = { ...base, people: [] };
    expect(streamed(none)).toEqual({ text: `${JSON.stringify(scoreJson(none), null, 2)}\n`, pieces: 1 });
    // 2,000 people: about 2 KB of JSON each, written 64 KB at a time, never as one string.
    const many = { ...base, people: Array.from({ length: 2000 }, (_, i) => ({ ...base.people[i % base.people.length]!, id: `E${i}` })) };
    const { text, pieces } = streamed(many);
    expect(text).toBe(`${JSON.stringify(scoreJson(many), null, 2)}\n`);
    expect(pieces).toBeGreaterThan(10);
  });
});
