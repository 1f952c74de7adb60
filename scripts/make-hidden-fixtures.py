#!/usr/bin/python3
"""Writes test/fixtures/external/openpyxl-form-hidden-{column,row}.xlsx: kpi's after-sales-monthly person sheet
(`kpi template after-sales-monthly --layout form -o TPL`) filled by openpyxl for 王芳, 投诉处理's 上级 cell left empty,
and last month's answer (3) kept out of sight: in a hidden column headed 上级, or in a hidden copy of the row.
Usage: scripts/make-hidden-fixtures.py TPL OUT_DIR"""
import sys, os
import openpyxl

tpl, out = sys.argv[1], sys.argv[2]
answers = {8: '92%', 9: '有部分不完整,但影响不大', 10: '完成目标值要求', 11: None, 13: '4级', 14: '3级'}

def filled():
    wb = openpyxl.load_workbook(tpl)
    ws = wb['考核表']
    ws['B2'] = '2026-03'; ws['F2'] = '王芳'; ws['B3'] = '1001'; ws['F3'] = '售后部'
    for r, v in answers.items():
        ws.cell(r, 7).value = v
    return wb, ws

wb, ws = filled()
ws.cell(6, 10).value = '上级'
ws.cell(11, 10).value = 3
ws.column_dimensions['J'].hidden = True
wb.save(os.path.join(out, 'openpyxl-form-hidden-column.xlsx'))

# A copy of 投诉处理's row inserted at row 15 (what was there moved down one), hidden, with last month's 3.
from openpyxl.worksheet.cell_range import CellRange
wb, ws = filled()
merges = [str(m) for m in ws.merged_cells.ranges]
for m in list(ws.merged_cells.ranges):
    if m.min_row >= 15:
        ws.unmerge_cells(str(m))
ws.move_range(f'A15:I{ws.max_row}', rows=1)
for m in merges:
    cr = CellRange(m)
    if cr.min_row >= 15:
        cr.shift(0, 1)
        ws.merge_cells(str(cr))
for c in range(1, 6):
    ws.cell(15, c).value = ws.cell(11, c).value
ws.cell(15, 7).value = 3
ws.row_dimensions[15].hidden = True
wb.save(os.path.join(out, 'openpyxl-form-hidden-row.xlsx'))
