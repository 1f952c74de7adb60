// A ticketing system's export gives its average response time as 「00:01:05」, a lead types 「1分5秒」: in an input
// counted in seconds that is 65, not 「应为不小于0的数」. Only forms that say which part is which are read.
import { describe, expect, it } from 'vitest';
import { parseDurationText } from '../../src/engine/text.js';
import { parseRaw } from '../../src/engine/values.js';
import type { InputDef } from '../../src/model/definition.js';

describe('a length of time typed as text', () => {
  it('h:mm:ss and 小时/分钟/秒 in seconds: 0:01:05 = 0×3600 + 1×60 + 5 = 65; 1小时2分3秒 = 3600 + 120 + 3 = 3723', () => {
    expect(parseDurationText('00:01:05', '秒')).toBe(65);
    expect(parseDurationText('0:01:05.5', '秒')).toBe(65.5);
    expect(parseDurationText('1分5秒', '秒')).toBe(65);
    expect(parseDurationText('1 分钟 05 秒', '秒')).toBe(65);
    expect(parseDurationText('1小时2分3秒', '秒')).toBe(3723);
    expect(parseDurationText('3分钟', '秒')).toBe(180);
    expect(parseDurationText('１分５秒', '秒钟')).toBe(65);
  });
  it('in minutes: 1:30:00 = 90 min; 2分30秒 = 2 + 30/60 = 2.5; 1.5小时 = 90', () => {
    expect(parseDurationText('1:30:00', '分钟')).toBe(90);
    expect(parseDurationText('2分30秒', '分钟')).toBe(2.5);
    expect(parseDurationText('1.5小时', '分钟')).toBe(90);
  });
  it('what does not say which part is which stays unread: 1:05 (h:mm or m:ss), 5分 alone (points or minutes), 1:65:00', () => {
    expect(parseDurationText('1:05', '秒')).toBeNull();
    expect(parseDurationText('5分', '秒')).toBeNull();
    expect(parseDurationText('1:65:00', '秒')).toBeNull();
    expect(parseDurationText('', '秒')).toBeNull();
    expect(parseDurationText('大约1分钟', '秒')).toBeNull();
  });
  it('only in an input counted in time: 1分5秒 in a count or a score of 分 is not 65', () => {
    expect(parseDurationText('1分5秒', '次')).toBeNull();
    expect(parseDurationText('1分5秒', '分')).toBeNull();
    expect(parseDurationText('1分5秒', undefined)).toBeNull();
  });
  it('an input of seconds reads them and checks the range on the seconds', () => {
    const seconds: InputDef = { id: 'avg', label: '平均响应秒数', type: 'number', min: 0, unit: '秒' };
    expect(parseRaw(seconds, { kind: 'text', value: '00:01:05' })).toMatchObject({ ok: true, value: 65 });
    expect(parseRaw(seconds, { kind: 'text', value: '65秒' })).toMatchObject({ ok: true, value: 65 });
    expect(parseRaw(seconds, { kind: 'text', value: '1:05' })).toMatchObject({ ok: false, code: 'not-a-number', actual: '1:05' });
    const short: InputDef = { ...seconds, max: 60 };
    expect(parseRaw(short, { kind: 'text', value: '1分5秒' })).toMatchObject({ ok: false, code: 'out-of-range', actual: '1分5秒' });
    const count: InputDef = { id: 'n', label: '投诉次数', type: 'integer', min: 0, unit: '次' };
    expect(parseRaw(count, { kind: 'text', value: '1分5秒' })).toMatchObject({ ok: false, code: 'not-a-number' });
  });
});
