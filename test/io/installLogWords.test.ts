// §5 logs as ticket systems and teams write them, read at exit 0 the other way round or counted wrong:
// - 「是否一次安装成功(0是1否)」 with 0, 0, 1: the heading's code was ignored, 0 read as 否 (王师傅 0 % for 100 %);
// - 「服务态度(1=非常满意 5=非常不满意)」: 1 read as 1分, the worst (满意率 0 % for 100 %);
// - 安装遗留问题 merged over two orders: counted for the first only (1/3 for 2/3);
// - 「暂无遗留」, 「未发现」, 「无此问题」 counted as leftover problems (李师傅 100 % for 0 %).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, refusal, repoRoot, tempDir } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/install', name);

async function groups(file: string) {
  return (await gradedReport(fixture(file), { form: 'install-followup' })).groups!;
}

describe('§5 logs: codes, merges and words of the team', () => {
  it('「是否一次安装成功(0是1否)」: 0 is 是 — 王师傅 2/2 = 100 %, 李师傅 0/1, all orders 2/3 = 66.67 %', async () => {
    const g = await groups('legend-first-time.csv');
    expect(g.filter((x) => x.grouping === 'master').map((x) => [x.keyText, x.figures.firstTimeRate])).toEqual([['王师傅', 100], ['李师傅', 0]]);
    expect(g.find((x) => x.grouping === 'all')!.figures.firstTimeRate).toBeCloseTo((2 / 3) * 100, 9);
  });

  it('「是否处理完毕(0是1否)」 = 0 on three clean, signed orders of 5分/5分/4分: 满意率 3/3 = 100 % → 优秀', async () => {
    const all = (await groups('legend-done.csv')).find((x) => x.grouping === 'all')!;
    expect(all.figures).toMatchObject({ orders: 3, satisfiedCount: 3, satisfiedRate: 100 });
    expect(all.band).toBe('优秀');
  });

  it('「服务态度(1=非常满意 5=非常不满意)」 over answers where 5分 is the best: refused, not 1 read as 1分', async () => {
    const failure = await refusal(fixture('attitude-reversed.csv'), { form: 'install-followup' });
    expect(failure.message).toContain('「服务态度(1=非常满意 5=非常不满意)」写明的分制(或分数高低的方向)与本表不同');
  });

  it('§3 「产品质量(1分最好)」, 「服务(10分最差)」 over 1–10 answers (10 best): refused at B1 and C1', async () => {
    const failure = await refusal(fixture('survey-reversed.csv'), { form: 'satisfaction-monthly' });
    expect(failure.message).toContain('B1「产品质量(1分最好)」、C1「服务(10分最差)」');
  });

  it('安装遗留问题 「柜门不平」 merged over HT1 and HT2 is each order\'s: 遗留问题率 2/3 = 66.67 % (it was 1/3)', async () => {
    const all = (await groups('merged-leftover.xlsx')).find((x) => x.grouping === 'all')!;
    // HT1, HT2 under the merge (否 一次成功, 柜门不平, 二次遗留 是), HT3 clean: 一次成功 1/3, 遗留 2/3, 二次遗留 2/3.
    expect(all.figures.leftoverRate).toBeCloseTo((2 / 3) * 100, 9);
    expect(all.figures.firstTimeRate).toBeCloseTo((1 / 3) * 100, 9);
    expect(all.figures.secondLeftoverRate).toBeCloseTo((2 / 3) * 100, 9);
  });

  it('「无遗留 / 暂无 / 无问题」 and 「暂无遗留 / 未发现 / 无此问题」 say none: both fitters 0/3, all orders 0 %', async () => {
    const g = await groups('none-phrases.csv');
    expect(g.map((x) => [x.keyText, x.figures.leftoverRate])).toEqual([['王师傅', 0], ['李师傅', 0], ['A店', 0], ['全部订单', 0]]);
  });

  it('「完好」, 「一切正常」, 「安装完好」 say none too (counted as leftover problems: 3/3 for 0/3)', async () => {
    const lines = readFileSync(fixture('none-phrases.csv'), 'utf8').split(/\r?\n/).filter(Boolean);
    const words = ['完好', '一切正常', '安装完好', '完好无损', '一切完好', '良好'];
    const file = path.join(tempDir(), 'none-more.csv');
    writeFileSync(file, [lines[0], ...lines.slice(1).map((l, i) => l.replace(/^(([^,]*,){5})[^,]*/, `$1${words[i]}`))].join('\r\n') + '\r\n');
    const g = (await gradedReport(file, { form: 'install-followup' })).groups!;
    expect(g.map((x) => [x.keyText, x.figures.leftoverRate])).toEqual([['王师傅', 0], ['李师傅', 0], ['A店', 0], ['全部订单', 0]]);
  });
});
