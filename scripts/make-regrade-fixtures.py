#!/usr/bin/python3
"""Writes test/fixtures/external/lo-regrade-inserted-row.xlsx: a graded workbook edited in LibreOffice the way a
team edits one before grading it again — a row inserted into 王芳's form sheet (with a note typed in it) above
表格管理, and 表格管理 changed from 「3,2」 to 「2」. LibreOffice moves the merged cells and everything below the
new row; the file is committed so the tests need no LibreOffice. Expected values: test/io/regradeMoved.test.ts.

Usage: scripts/make-regrade-fixtures.py GRADED.xlsx OUT.xlsx
  (GRADED: `kpi score samples/mattress-cs-monthly.march.form.xlsx -o GRADED`)"""
import os, subprocess, sys, time, tempfile
import uno
from com.sun.star.beans import PropertyValue

src, dst = sys.argv[1:3]
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
sheet.Rows.insertByIndex(8, 1)                      # a new row 9; 表格管理 moves from row 9 to row 10
sheet.getCellRangeByName('H9').setString('见附件说明')
sheet.getCellRangeByName('F10').setString('2')      # 表格管理: one deduction of 2 now
doc.storeToURL('file://' + os.path.abspath(dst), (prop('FilterName', 'Calc MS Excel 2007 XML'),))
doc.close(True)
office.terminate()
