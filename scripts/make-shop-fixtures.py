#!/usr/bin/env python3
"""Writes test/fixtures/shop/: §11 shop-cs-monthly rosters and 赤兔-style exports made by openpyxl (not by kpi),
with headings as a team retypes them. Run with /usr/bin/python3 (openpyxl). The scores are worked by hand in
test/catalog/shopCsMonthly.test.ts."""
import csv
import os
import openpyxl

OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'shop')
os.makedirs(OUT, exist_ok=True)

ROSTER_HEAD = ['工号', '姓名', '部门', '考核月份', '目标转换率', '目标销售额', '咨询答复质量(次)', '售后投诉关联', '工作主动性',
               '其他综合能力', '加分', '加分原因', '减分', '减分原因']
ROSTER = [
    ['1001', '王芳', '客服一组', '2026-03', '20%', 100000, 2, 12, 4, 8, None, None, None, None],
    ['1002', '李强', '客服一组', '2026-03', 0.1, 50000, 3, 15, 5, 10, 8, '销售额超过目标 20%', None, None],
    ['1003', '张敏', '客服二组', '2026-03', '10%', 50000, None, 15, 5, 10, 10, '大促期间连续加班', 2, '售前介绍错误导致售后投诉'],
    ['1004', '刘洋', '客服二组', '2026-03', '15%', 80000, 1, 10, 3, 6, None, None, None, None],
]
EXPORT_HEAD = ['序号', '工号', '客服姓名', '询单人数', '最终付款人数', '销售额(元)', '客单价', '中差评', '评价总数']
EXPORT = [
    [1, 1001, '王芳', 200, 30, 80000, 266.67, 1, 100],
    [2, 1002, '李强', 100, 15, 60000, 4000, 0, 50],
    [3, 1003, '张敏', 50, 10, 70000, 7000, 0, 40],
    [4, 1005, '赵磊', 80, 8, 20000, 2500, 2, 30],
]
TOTAL = ['合计', None, None, 430, 63, 230000, None, 3, 220]


def roster_sheet(ws):
    ws.append(ROSTER_HEAD)
    for r in ROSTER:
        ws.append(r)


def export_sheet(ws, rows, title=True):
    if title:
        ws.append(['赤兔 · 客服绩效 2026-03-01 至 2026-03-31'])
        ws.append([])
    ws.append(EXPORT_HEAD)
    for r in rows:
        ws.append(r)
    ws.append(TOTAL)


# 1. One workbook: the roster and the export sheet 「赤兔数据」 (its own headings, a title row and a 合计 line).
wb = openpyxl.Workbook()
roster_sheet(wb.active)
wb.active.title = '考核表'
export_sheet(wb.create_sheet('赤兔数据'), EXPORT)
wb.save(os.path.join(OUT, 'same-book.xlsx'))

# 2. The roster alone, and the export as a second file whose sheet has a name the definition does not list.
wb = openpyxl.Workbook()
roster_sheet(wb.active)
wb.active.title = '考核表'
wb.save(os.path.join(OUT, 'roster.xlsx'))
wb = openpyxl.Workbook()
wb.active.title = '客服绩效'
export_sheet(wb.active, EXPORT)
wb.save(os.path.join(OUT, 'export.xlsx'))

# 3. The same export as a CSV in GB18030 (what a Chinese Excel saves as 「CSV (逗号分隔)」).
with open(os.path.join(OUT, 'export-gb18030.csv'), 'w', encoding='gb18030', newline='') as f:
    w = csv.writer(f)
    w.writerow(EXPORT_HEAD)
    for r in EXPORT:
        w.writerow(r)
    w.writerow(TOTAL)

# 4. A bad export: 王芳's 最终付款人数 is 「三十」, 李强 (1002) twice.
bad = [list(r) for r in EXPORT]
bad[0][4] = '三十'
bad.insert(2, [9, 1002, '李强', 90, 9, 30000, 3333, 1, 20])
wb = openpyxl.Workbook()
wb.active.title = '客服绩效'
export_sheet(wb.active, bad)
wb.save(os.path.join(OUT, 'export-bad.xlsx'))
print('written to', os.path.abspath(OUT))
