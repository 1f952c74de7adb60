import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter } from '../../src/io/textDecode.js';
import { encodeGb18030 } from '../../scripts/make-hostile.mjs';
import { withCpuTime } from '../helpers.js';

function ok(r: ReturnType<typeof decodeText>) {
  if ('problem' in r) throw new Error(r.problem.message);
  return r;
}
function bad(r: ReturnType<typeof decodeText>) {
  if (!('problem' in r)) throw new Error(`expected a problem, decoded as ${r.encoding}`);
  return r.problem;
}

describe('GB18030', () => {
  // GBK bytes written out by hand (not by our encoder): 张三 客户回访率, and U+20000 as four bytes.
  const bytes = Buffer.from('d5c5c8fd2cbfcdbba7bbd8b7c3c2ca2c95328236', 'hex');

  it('decodes GBK two-byte and GB18030 four-byte sequences', () => {
    const r = ok(decodeText(bytes));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe('张三,客户回访率,𠀀');
  });

  it('round-trips through the corpus encoder', () => {
    expect(encodeGb18030('张三,客户回访率,𠀀').equals(bytes)).toBe(true);
    const text = '姓名,工号,客户回访率\r\n张三,007,95%\r\n𠀀𪚥,008,—\r\n';
    expect(ok(decodeText(encodeGb18030(text)))).toEqual({ text, encoding: 'gb18030' });
  });

  it("is why the 'gbk' label is never used: it garbles four-byte sequences", () => {
    expect(new TextDecoder('gbk').decode(Buffer.from('95328236', 'hex'))).not.toBe('𠀀');
    expect(ok(decodeText(Buffer.from('95328236', 'hex'), 'gbk')).text).toBe('𠀀');
  });
});

describe('decodeText', () => {
  const text = '姓名\t工号\r\n张三\t007\r\n';
  it('UTF-8 without and with BOM (BOM dropped)', () => {
    expect(ok(decodeText(Buffer.from(text)))).toEqual({ text, encoding: 'utf-8' });
    expect(ok(decodeText(Buffer.from('\ufeff' + text)))).toEqual({ text, encoding: 'utf-8-bom' });
  });
  it('UTF-16LE and UTF-16BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(ok(decodeText(le))).toEqual({ text, encoding: 'utf-16le' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    expect(ok(decodeText(be))).toEqual({ text, encoding: 'utf-16be' });
  });
  it('UTF-16LE without BOM, recognised by its zero bytes', () => {
    const t = 'name\tid\r\n张三\t007\r\nli si\t008\r\n';
    expect(ok(decodeText(Buffer.from(t, 'utf16le')))).toEqual({ text: t, encoding: 'utf-16le' });
  });
  it('UTF-16 without BOM whose text is mostly Chinese (a quarter of the pairs with a zero byte), 一 (U+4E00) among it', () => {
    const t = '试用期客服员考核表二〇二六年三月\r\n工号\t姓名\t部门\t准时出勤\t专业知识\t服务态度\t沟通能力\t团队合作\t转正建议\r\nP01\t张一\t客户服务中心一部\t0\t优秀\t良好\t良好\t一般\t建议转正\r\n';
    const le = Buffer.from(t, 'utf16le');
    const pairs = le.length / 2;
    const oddZero = [...le].filter((b, i) => i % 2 === 1 && b === 0).length;
    expect(oddZero / pairs).toBeLessThan(0.3); // below the old threshold: 「不是 CSV 文本」
    expect(ok(decodeText(le))).toEqual({ text: t, encoding: 'utf-16le' });
    expect(ok(decodeText(Buffer.from(le).swap16()))).toEqual({ text: t, encoding: 'utf-16be' });
  });
  it('plain ASCII is UTF-8', () => {
    expect(ok(decodeText(Buffer.from('a,b\n1,2\n'))).encoding).toBe('utf-8');
  });
  it('bytes that are neither UTF-8 nor GB18030 give a problem, not mojibake', () => {
    const p = bad(decodeText(Buffer.from([0x61, 0xff, 0xff, 0x62])));
    expect(p.code).toBe('bad-encoding');
    expect(p.message).toMatch(/--encoding/);
  });
  it('a BOM that lies is a problem', () => {
    expect(bad(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0x41]))).code).toBe('bad-encoding');
  });
  it('an override skips detection, and says when it does not fit', () => {
    const gb = encodeGb18030('张三');
    expect(ok(decodeText(gb, 'gb18030')).text).toBe('张三');
    expect(ok(decodeText(gb, 'GBK')).encoding).toBe('gb18030');
    expect(bad(decodeText(gb, 'utf-8')).message).toMatch(/按指定的编码 utf-8 解码失败/);
    expect(bad(decodeText(gb, 'big5')).message).toMatch(/不认识的编码「big5」/);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('张三', 'utf16le')]);
    expect(ok(decodeText(le, 'utf-16le')).text).toBe('张三');
    expect(ok(decodeText(Buffer.from('\ufeff张三'), 'utf-8'))).toEqual({ text: '张三', encoding: 'utf-8-bom' });
  });
});

describe('detectDelimiter', () => {
  const cases: [string, string, string][] = [
    ['comma', '姓名,工号,得分\n张三,007,95\n李四,008,90\n', ','],
    ['tab, with commas inside fields', '姓名\t备注\n张三\t好,很好\n李四\t一般,还行,可以\n', '\t'],
    ['semicolon with decimal commas', '姓名;得分\n张三;9,5\n李四;8,25\n', ';'],
    ['semicolon with quoted commas', '"张,三";"a,b,c"\n"李,四";"d"\n', ';'],
    ['comma with quoted semicolons and newlines', '姓名,备注\n张三,"a;b;c\nd;e"\n李四,"f;g"\n', ','],
    ['doubled quotes inside quotes', 'a,b\n"say ""x;y""",2\n"z",3\n', ','],
    ['a title line above the header', '三月考核表\n姓名,工号,得分\n张三,007,95\n李四,008,90\n', ','],
    ['CRLF and trailing blank lines', '姓名\t工号\r\n张三\t007\r\n\r\n\r\n', '\t'],
    ['full-width comma when nothing else fits', '姓名，工号，得分\n张三，007，95\n', '，'],
    ['half-width comma beats full-width', '姓名,备注\n张三,好，很好\n李四,一般\n', ','],
    ['one column falls back to comma', '姓名\n张三\n李四\n', ','],
    ['more columns win a tie', 'a;b,c;d\n1;2,3;4\n', ';'],
    ['BOM at the start', '\ufeffa\tb\n1\t2\n', '\t'],
  ];
  it.each(cases)('%s', (_, text, delim) => {
    expect(detectDelimiter(text)).toBe(delim);
  });
  it('looks only at the first records of a big text', () => {
    const big = 'a;b\n' + '1;2\n'.repeat(200_000) + 'x,y,z\n';
    const { result, cpuMs } = withCpuTime(() => detectDelimiter(big));
    expect(result).toBe(';');
    expect(cpuMs).toBeLessThan(200);
  });
});

// A few stray bytes in one suggestion of a GBK export: 「无法识别」 with nothing to say where, and --encoding gbk sent the
// user back to the first message. Now the line, and the line as read with the bad bytes as �.
describe('bytes that are no text in one place', () => {
  const text = '客户,产品质量,服务,建议和意见\r\n甲公司,9,8,送货快\r\n乙公司,8,8,';
  const gbk = Buffer.concat([Buffer.from(encodeGb18030(text)), Buffer.from([0x80, 0xff]), Buffer.from(encodeGb18030('地板\r\n丙公司,7,7,\r\n'))]);

  it('are said by their line, read in the encoding that reads the rest (GB18030 here)', () => {
    const p = bad(decodeText(gbk));
    expect(p.params).toMatchObject({ case: 'undetected', line: 3, likely: 'gb18030' });
    expect(p.message).toContain('第 3 行「乙公司,8,8,');
    expect(p.message).toContain('处有不成文字的字节(显示为 �)');
  });

  it('behind a UTF-8 byte-order mark (a GBK row pasted into Excel\'s 「CSV UTF-8」): said by its line too (it named none)', () => {
    const mixed = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('客户,产品质量\r\n甲公司,9\r\n', 'utf8'), Buffer.from(encodeGb18030('乙公司,8\r\n'))]);
    const p = bad(decodeText(mixed));
    expect(p.params).toMatchObject({ case: 'bom-mismatch', line: 3 });
    expect(p.message).toContain('文件开头标明是 utf-8 编码,但内容不是有效的 utf-8:第 3 行');
  });

  it('with --encoding gbk: the same place, not 「去掉 --encoding」 again', () => {
    const p = bad(decodeText(gbk, 'gbk'));
    expect(p.params).toMatchObject({ case: 'wrong-given', line: 3 });
    expect(p.message).not.toContain('去掉 --encoding');
  });
});
