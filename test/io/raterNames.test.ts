import { describe, expect, it } from 'vitest';
import { groupNamedWithWho, isWho, namesSlot } from '../../src/io/raterNames.js';
import { labelKey } from '../../src/io/normalize.js';
import { form } from '../helpers.js';

describe('a rater of a group of several, as headings name them (§15 面试官)', () => {
  it('by slot: 面试官1, 面试官B, 面试官二, 第1题·面试官3 — not by who (面试官王五 ends in 五 but names no slot)', async () => {
    const f = await form('interview-eval');
    const interviewer = f.raters!.find((r) => r.multiple)!;
    for (const h of ['面试官1', '面试官B', '面试官二', '第1题·面试官3', '面试官2(复试)']) expect([h, namesSlot(h, interviewer)]).toEqual([h, true]);
    for (const h of ['面试官', '面试官王五', '外部面试官', '面试官(张经理)']) expect([h, namesSlot(h, interviewer)]).toEqual([h, false]);
  });
  it('by who: 面试官王五, 外部面试官 → 面试官; 面试官评语, 顾客评价 and a lone 面试官 name nobody', async () => {
    const f = await form('interview-eval');
    for (const h of ['面试官王五', '外部面试官', '人事面试官']) expect([h, groupNamedWithWho(f, labelKey(h))?.name]).toEqual([h, labelKey('面试官')]);
    for (const h of ['面试官评语', '面试官签字', '面试官', '面试官1']) expect([h, groupNamedWithWho(f, labelKey(h))]).toEqual([h, undefined]);
    expect([isWho('王五'), isWho('外部'), isWho('价'), isWho('评价'), isWho('HR')]).toEqual([true, true, false, false, false]);
  });
});
