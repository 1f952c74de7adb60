// A number typed as text is read as Excel shows a number: 15 significant digits. A script's export writes
// f"{0.8999999999999999 * 100}%" = 89.99999999999999%: that is the 90 % it means, not a hair under a band's limit.
import { describe, expect, it } from 'vitest';
import { parseNumberText } from '../../src/engine/text.js';
import { parseRaw } from '../../src/engine/values.js';
import type { InputDef } from '../../src/model/definition.js';

describe('float noise in numbers typed as text', () => {
  it('89.99999999999999% is 90 %, 2.9999999999999996 is 3; digits a person typed stay as typed', () => {
    expect(parseNumberText('89.99999999999999%')).toEqual({ value: 90, percent: true });
    expect(parseNumberText('2.9999999999999996')).toEqual({ value: 3, percent: false });
    expect(parseNumberText('10.000000000000002')).toEqual({ value: 10, percent: false });
    expect(parseNumberText('2.9999999')).toEqual({ value: 2.9999999, percent: false });
    expect(parseNumberText('85.125')).toEqual({ value: 85.125, percent: false });
  });
  it('an integer input takes 2.9999999999999996 typed as text as 3, as it takes the number cell', () => {
    const count: InputDef = { id: 'n', label: '迟到或早退', type: 'integer', min: 0 };
    expect(parseRaw(count, { kind: 'text', value: '2.9999999999999996' })).toMatchObject({ ok: true, value: 3 });
    const rate: InputDef = { id: 'r', label: '达成率', type: 'percent', min: 0, max: 100 };
    // 90 % reaches a ≥ 90 % tier: the figure compared is the figure shown.
    expect(parseRaw(rate, { kind: 'text', value: '89.99999999999999%' })).toMatchObject({ ok: true, value: 90 });
  });
});
