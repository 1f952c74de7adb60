#!/usr/bin/python3
"""Writes the lo-regrade-* fixtures of test/fixtures/external: a graded workbook edited in LibreOffice the way a
team edits one before grading it again. `row` (lo-regrade-inserted-row.xlsx): a row inserted into 王芳's form sheet
(with a note typed in it) above 表格管理, and 表格管理 changed from 「3,2」 to 「2」. `column-a`
(lo-regrade-column-a.xlsx): a column inserted at A of 王芳's sheet (「x」 typed in it), 表格管理 changed to 「2」.
`column-between` (lo-regrade-column-between.xlsx): a column 「主管意见」 inserted between 得分 and 说明. LibreOffice moves
the merged cells and everything after the new row or column; the files are committed so the tests need no
LibreOffice. Expected values: test/io/regradeMoved.test.ts.

Usage: scripts/make-regrade-fixtures.py GRADED.xlsx OUT.xlsx [row|column-a|column-between]
  (GRADED: `kpi score samples/mattress-cs-monthly.march.form.xlsx -o GRADED`)"""
import os, subprocess, sys, time, tempfile
import uno
from com.sun.star.beans import PropertyValue

src, dst = sys.argv[1:3]
mode = sys.argv[3] if len(sys.argv) > 3 else 'row'
profile = tempfile.mkdtemp(prefix='lo-profile-')
office = subprocess.Popen(['soffice', '--headless', '--invisible', '--norestore', f'-env:UserInstallation=file://{profile}',
                           '--accept=socket,host=localhost,port=2002;urp;'])
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
for _ in range(120):
    try:
        ctx = resolver.resolve('uno:socket,host=localhost,port=2002;urp;StarOffice.ComponentContext')
        break
    except Exception:
        time.sleep(0.5)
desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)

def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p

doc = desktop.loadComponentFromURL('file://' + os.path.abspath(src), '_blank', 0, (prop('Hidden', True),))
sheet = doc.Sheets.getByName('王芳')
if mode == 'row':
    sheet.Rows.insertByIndex(8, 1)                  # a new row 9; 表格管理 moves from row 9 to row 10
    sheet.getCellRangeByName('H9').setString('见附件说明')
    sheet.getCellRangeByName('F10').setString('2')  # 表格管理: one deduction of 2 now
elif mode == 'column-a':
    sheet.Columns.insertByIndex(0, 1)               # a new column A; 填写 F → G, 得分 G → H, 说明 H → I
    sheet.getCellRangeByName('A9').setString('x')
    sheet.getCellRangeByName('G9').setString('2')
elif mode == 'column-between':
    sheet.Columns.insertByIndex(7, 1)               # a new column H between 得分 (G) and 说明 (H → I)
    sheet.getCellRangeByName('H6').setString('主管意见')
doc.storeToURL('file://' + os.path.abspath(dst), (prop('FilterName', 'Calc MS Excel 2007 XML'),))
doc.close(True)
office.terminate()
