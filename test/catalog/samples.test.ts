// The bundled samples of the language-2 forms score as worked out by hand (comments in scripts/samples/<id>.mjs).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot } from '../helpers.js';

const EXPECTED: Record<string, Array<[string, number | null, string | null]>> = {
  'cs-dept-monthly': [['王芳', 92.2, '优秀'], ['李强', 107, '优秀'], ['张敏', 85, '良好'], ['刘洋', 61, '一般'], ['赵磊', null, null]],
  'cs-scheme-100': [['周杰', 95, '良好'], ['吴婷', 96, '优秀'], ['郑爽', 85, '待改进'], ['王磊', 90, '一般'], ['冯伟', null, null]],
  'sales-aftersales-monthly': [['何静', 71.25, '一般'], ['高磊', 86.25, '良好'], ['罗敏', 40, '待改进'], ['蒋涛', 82.5, '良好'], ['梁超', null, null]],
  'satisfaction-scorecard': [['华东客服组', 90, '优秀'], ['华南客服组', 68.5, '一般'], ['西南客服组', 85.7, '良好'], ['华北客服组', null, null]],
  'sales-cs-kpi': [['唐宁', 102, '优秀'], ['许鹏', 73.5, '一般'], ['彭越', 94, '优秀'], ['邓丽', null, null]],
  'cs-work-review': [['马琳', 80, '良好'], ['邱彤', 90.8333, '优秀'], ['陶然', 57.5, '待改进'], ['韩雪', null, null]],
  'cs-dept-rating': [['钱多', 75, '良好'], ['孔明', 92.1875, '优秀'], ['曹操', 40.625, '不符合要求'], ['刘备', 53.125, '一般'], ['吕布', null, null]],
  'interview-eval': [['陈晨', 3.0333, '良好'], ['林可', 3.8, '优秀'], ['方舟', 1.8, '较差'], ['白露', null, null]],
  'bao-lun-quality': [['杨帆', 88.5556, '优秀'], ['朱琳', 85, '优秀'], ['温柔', 98, '特别优秀'], ['苗青', 33.8889, '差'], ['胡军', null, null]],
  'cs-rep': [['宋佳', 82.2917, '良好'], ['姜文', 96.875, '优秀'], ['葛优', 52.0833, '待改进'], ['错填', null, null]],
  'quality-inspection': [['阳光花园管理处', 85.7143, '良好'], ['滨江一号管理处', 100, '优秀'], ['翠湖山庄管理处', 57.1429, '待改进'], ['锦绣园管理处', null, null]],
  'property-service-quality': [['阳光花园管理处', 86.6667, '良好'], ['滨江一号管理处', 94.1176, '优秀'], ['翠湖山庄管理处', 68.75, '一般'], ['锦绣园管理处', null, null]],
};

describe('samples of the catalog forms', () => {
  it.each(Object.keys(EXPECTED))('%s: the CSV export scores as worked by hand, one person with a mistake', async (id) => {
    const outcome = await gradeFile(path.join(repoRoot, 'samples', `${id}.march.csv`), { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const got = outcome.report.people.map((p) => [p.name, p.total === null ? null : Number(p.total.toFixed(4)), p.band]);
    expect(got).toEqual(EXPECTED[id]);
    expect(outcome.report.people.filter((p) => p.status === 'error')).toHaveLength(1);
  });
});
