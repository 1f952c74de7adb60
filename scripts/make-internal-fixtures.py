#!/usr/bin/env python3
"""Writes test/fixtures/internal/: §22 and §23 answer logs (one answer per row) made by openpyxl, not by kpi, with
retyped headings, a title row, columns in another order and extra columns. Run with /usr/bin/python3.
The figures are worked by hand in test/catalog/internalSatisfactionFiles.test.ts."""
import csv
import os
import openpyxl

OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'internal')
os.makedirs(OUT, exist_ok=True)

# §22: the catalog's worked example (采购部: 生产部 880 and 740, 销售部 880 → 845 → B → 84.5), 人力资源部
# (820 and 540 → 680 → C → 68), one D without 理由 (row 15) and one 指标 采购部 does not have (row 16).
DEPT_HEAD = ['序号', '考核周期', '考核部门', '问卷填写人', '被考核部门', '考核指标', '等级', '理由和事实依据', '备注']
DEPT = [
    ['2026-03', '生产部', '甲', '采购部', '及时性', 'A', None],
    ['2026-03', '生产部', '甲', '采购部', '准确性', 'B', None],
    ['2026-03', '生产部', '甲', '采购部', '服务态度', 'B', None],
    ['2026-03', '生产部', '乙', '采购部', '及时性', 'B', None],
    ['2026-03', '生产部', '乙', '采购部', '准确性', 'C', None],
    ['2026-03', '生产部', '乙', '采购部', '服务态度', 'B', None],
    ['2026-03', '销售部', '丙', '采购部', '及时性', 'A', None],
    ['2026-03', '销售部', '丙', '采购部', '准确性', 'A', None],
    ['2026-03', '销售部', '丙', '采购部', '服务态度', 'C', None],
    ['2026-03', '采购部', '丁', '人力资源部', '及时性', 'B', None],
    ['2026-03', '采购部', '丁', '人力资源部', '专业性', 'A', None],
    ['2026-03', '采购部', '丁', '人力资源部', '服务态度', 'C', None],
    ['2026-03', '财务部', '戊', '人力资源部', '及时性', 'C', None],
    ['2026-03', '财务部', '戊', '人力资源部', '专业性', 'C', None],
    ['2026-03', '财务部', '戊', '人力资源部', '服务态度', 'D', '三次催办未回复'],
    ['2026-03', '财务部', '己', '行政部', '及时性', 'E', None],
    ['2026-03', '财务部', '己', '行政部', '响应速度', 'A', None],
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = '问卷答案'
ws.append(['内部客户满意度问卷 2026年3月'])
ws.append(DEPT_HEAD)
for i, r in enumerate(DEPT, 1):
    ws.append([i] + r + [None])
wb.save(os.path.join(OUT, 'dept.xlsx'))

# §23: 仓储部 4 workshops 较差 (1.11), 设备部 13 workshops 较差 (0.77), 质检部 u = 3, w = 1 → 差 (2.22),
# 采购配套部 g = 2 over 7 workshops → 较好 (0.45), 财务部 all 满意 over 3 → 优秀 (0); 部门月度得分 given for 仓储部 (92)
# and 设备部 (88.5); one answer 「差评」 that is not one of the four.
SHOP_HEAD = ['考核月份', '生产车间', '职能部门', '评价项目', '满意度', '原因', '部门月度得分']
rows = []
for i, w in enumerate(['一车间', '二车间', '三车间', '四车间']):
    rows.append(['2026-03', w, '仓储部', '物料配送', '不满意' if i < 2 else '满意', '配送延误' if i < 2 else None, 92 if i == 0 else None])
for i in range(1, 14):
    rows.append(['2026-03', f'{i}号车间', '设备部', '维修及时性', '很不满意' if i == 1 else '满意', '停机两天' if i == 1 else None, 88.5 if i == 5 else None])
for w, a in [('一车间', '不满意'), ('一车间', '不满意'), ('一车间', '不满意'), ('二车间', '很不满意')]:
    rows.append(['2026-03', w, '质检部', '检验及时性', a, '待检积压', None])
for i in range(1, 8):
    rows.append(['2026-03', f'{i}号车间', '采购配套部', '到料及时性', '一般' if i <= 2 else '满意', None, None])
for w in ['一车间', '二车间', '三车间']:
    rows.append(['2026-03', w, '财务部', '报销', '满意', None, None])
rows.append(['2026-03', '四车间', '财务部', '报销', '差评', None, None])
wb = openpyxl.Workbook()
ws = wb.active
ws.title = '服务评价'
ws.append(SHOP_HEAD)
for r in rows:
    ws.append(r)
wb.save(os.path.join(OUT, 'workshop.xlsx'))
with open(os.path.join(OUT, 'workshop-gb18030.csv'), 'w', encoding='gb18030', newline='') as f:
    w = csv.writer(f)
    w.writerow(SHOP_HEAD)
    for r in rows:
        w.writerow(['' if v is None else v for v in r])
print('written to', os.path.abspath(OUT))
