#!/usr/bin/python3
"""Writes test/fixtures/external/: workbooks made by other programs than kpi (openpyxl here; LibreOffice
re-saves are made by make-external-fixtures.sh). The files are committed so the tests need neither tool.
Expected totals are worked out by hand in test/io/external.test.ts."""
import sys, os
from openpyxl import Workbook, load_workbook

out = sys.argv[1] if len(sys.argv) > 1 else 'test/fixtures/external'
tpl = sys.argv[2] if len(sys.argv) > 2 else '/tmp/kpi-tpl'
os.makedirs(out, exist_ok=True)

# 1. A roster typed from scratch by a user: retyped headings (full-width brackets, spaces, other
#    separators, units), a 序号 and a 备注 column, a title row above the headings, a blank row.
wb = Workbook()
ws = wb.active
ws.title = '3月考核'
ws.append(['2026年3月 客服回访考核'])
ws.append(['序号', '工号', '姓名', '部门名称', '客户回访率-本月安装（售服）客户数', '客户回访率 · 回访客户数',
           '表格管理', '日常服务规范·用语不规范', '日常服务规范·短信漏发', '日常服务规范·跟踪不到位',
           '回访问题处理效率·基础分', '回访问题处理效率·拖延遗漏错误次数', '处理能力（分）', '态度',
           '工作纪律·迟到或早退', '工作纪律·旷工', '工作纪律·做与工作无关的事', '工作纪律·工作时间睡觉',
           '其它·奖惩分', '其它·原因', '备注'])
# 王芳: the §8 worked example → 79
ws.append([1, 1001, '王芳', '客服部', 50, 45, '3,2', 1, 2, None, 8, 1, 9, 13, 1, None, None, None, 2, '表扬信', '稳定'])
ws.append([])
# 钱多: full-width digits, 分 and 次 suffixes, a list with 、 → 20 + (20−2−3) + (15−2) + 10 + 10 + 15 + 10 = 93 … see test
ws.append([2, '1008', '钱多', '客服部', '６０', '48', '2、3', '1次', None, None, '10分', None, '10', '15', None, None, None, None, None, None, ''])
# 孙丽: formula cells whose cached values openpyxl cannot write → formula-without-result error
ws.append([3, 1007, '孙丽', '客服部', '=40+40', 70, '2,3', None, None, None, 10, None, 9, 13, None, None, 1, None, None, None, None])
wb.save(os.path.join(out, 'openpyxl-roster.xlsx'))

# 2. kpi's own form-layout template (two people), filled and saved by openpyxl.
wb = load_workbook(os.path.join(tpl, 'after-sales-form.xlsx'))
def fill(ws, header, rows):
    # find cells by their labels, as a person would
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str):
                cells.setdefault(c.value.strip(), c)
    for label, value in header.items():
        c = cells[label]
        ws.cell(row=c.row, column=c.column + 1).value = value
    head = cells['项目']
    cols = {ws.cell(row=head.row, column=k).value: k for k in range(1, ws.max_column + 1)}
    for item, per_rater in rows.items():
        r = cells[item].row
        for rater, v in per_rater.items():
            ws.cell(row=r, column=cols[rater]).value = v
fill(wb['周杰'], {'考核期间': '2026-03', '工号': '2001'}, {
    # §1 worked example → 79.5625 一般
    '客户信息管理': {'上级': 0.92, '自评': '95%'}, '客户档案管理': {'上级': '有部分不完整,但影响不大'},
    '客户回访': {'上级': '完成目标值要求'}, '投诉处理': {'上级': 1}, '服务意识': {'上级': '4级'}, '以客户为中心': {'上级': '3级'}})
fill(wb['吴婷'], {'考核期间': '2026-03', '工号': '2002'}, {
    # A1 80% → 10, A2 → 20, A3 → 10, A4 2 unmet → 10 ⇒ 50/80 = 62.5; B1 2级 20, B2 5级 50 ⇒ 70 → 62.5×0.85 + 70×0.15 = 63.625
    '客户信息管理': {'上级': '80%'}, '客户档案管理': {'上级': ' 完成目标值要求 '},
    '客户回访': {'上级': '回访率达到90%以上'}, '投诉处理': {'上级': 2}, '服务意识': {'上级': '二级'}, '以客户为中心': {'上级': 5}})
wb.save(os.path.join(out, 'openpyxl-filled-template.xlsx'))

# 6. An after-sales roster whose 达成率 cells show 「1%」 with a % typed into the format as text (0"%" and 0\%):
#    the cells hold 1, and mean 1 %, not 100 %.
wb = Workbook()
ws = wb.active
ws.append(['工号', '姓名', '客户信息管理·上级', '客户档案管理·上级', '客户回访·上级', '投诉处理·上级', '服务意识·上级', '以客户为中心·上级'])
ws.append(['1', '周一', 1, '完成目标值要求', '完成目标值要求', 0, '5级', '5级']); ws['C2'].number_format = '0"%"'
ws.append(['2', '吴二', 1, '完成目标值要求', '完成目标值要求', 0, '5级', '5级']); ws['C3'].number_format = '0\\%'
wb.save(os.path.join(out, 'openpyxl-literal-percent.xlsx'))

# 7. internal-satisfaction-workshop's log (kpi's template, `kpi template internal-satisfaction-workshop -o TPL`), 考核月份
#    typed 2026.10 / 2026.11 / 2026.12 as Excel keeps them: the numbers 2026.1, 2026.11, 2026.12 shown by format 0.00.
#    (Run with TPL as argv[3].) 采购部 rated 满意 by 一车间 and 二车间 each month.
if len(sys.argv) > 3:
    wb = load_workbook(sys.argv[3])
    ws = wb['服务评价']
    r = 3
    for month in (2026.1, 2026.11, 2026.12):
        for shop in ('一车间', '二车间'):
            ws.cell(r, 1).value = month
            ws.cell(r, 1).number_format = '0.00'
            for c, v in ((2, shop), (3, '采购部'), (4, '及时性'), (5, '满意')):
                ws.cell(r, c).value = v
            r += 1
    wb.save(os.path.join(out, 'openpyxl-months-as-numbers.xlsx'))
print('written', out)
