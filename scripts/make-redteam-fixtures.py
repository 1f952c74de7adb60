#!/usr/bin/python3
"""Writes test/fixtures/external/openpyxl-chart-roster.xlsx (and openpyxl-chartsheet-roster.xlsx, its chart on a
chart sheet of its own): a roster written by openpyxl (as pandas' Excel
writer does) with a chart, so its relationships use absolute targets (/xl/drawings/drawing1.xml) — issue 9
item 9. Committed so the tests need no Python. Expected totals are in test/io/redteam/workbooks.test.ts."""
import sys, os
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

out = sys.argv[1] if len(sys.argv) > 1 else 'test/fixtures/external'
os.makedirs(out, exist_ok=True)
wb = Workbook()
ws = wb.active
ws.title = '3月'
ROWS = [
    ['工号', '姓名', '客户回访率·本月安装(售服)客户数', '客户回访率·回访客户数', '表格管理',
           '日常服务规范·用语不规范', '日常服务规范·短信漏发', '日常服务规范·跟踪不到位',
           '回访问题处理效率·基础分', '回访问题处理效率·拖延遗漏错误次数', '处理能力', '态度',
           '工作纪律·迟到或早退', '工作纪律·旷工', '工作纪律·做与工作无关的事', '工作纪律·工作时间睡觉',
           '其它·奖惩分', '其它·原因'],
    ['1001', '王芳', 50, 45, '3,2', 1, 2, None, 8, 1, 9, 13, 1, None, None, None, 2, '表扬信'],
    ['1002', '李强', 40, 40, None, None, None, None, 10, None, 10, 15, None, None, None, None, None, None],
]
for row in ROWS:
    ws.append(row)
chart = BarChart()
chart.title = '处理能力'
chart.add_data(Reference(ws, min_col=11, min_row=1, max_row=3), titles_from_data=True)
chart.set_categories(Reference(ws, min_col=2, min_row=2, max_row=3))
ws.add_chart(chart, 'T2')
wb.save(os.path.join(out, 'openpyxl-chart-roster.xlsx'))

# The same chart moved to a sheet of its own (Excel's 「移动图表 → 新工作表」): a chart sheet, placed first.
sheet = wb.create_chartsheet('图表', 0)
moved = BarChart()
moved.title = '处理能力'
moved.add_data(Reference(ws, min_col=11, min_row=1, max_row=3), titles_from_data=True)
sheet.add_chart(moved)
wb.save(os.path.join(out, 'openpyxl-chartsheet-roster.xlsx'))

# The roster formatted as a table (「套用表格格式」) with its filter buttons, as Excel saves one: <autoFilter ref/> alone.
from openpyxl.worksheet.table import Table, TableStyleInfo
wb = Workbook()
ws = wb.active
ws.title = '3月'
for row in ROWS:
    ws.append(row)
table = Table(displayName='Roster', ref='A1:R3')
table.tableStyleInfo = TableStyleInfo(name='TableStyleMedium9', showRowStripes=True)
ws.add_table(table)
wb.save(os.path.join(out, 'openpyxl-table-roster.xlsx'))
print('written', out)
