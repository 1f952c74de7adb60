#!/usr/bin/python3
"""Writes test/fixtures/records/: order logs and surveys written by openpyxl (and re-saved by LibreOffice), committed
so the tests need neither tool. The expected figures are worked out in test/io/recordForms.test.ts; this script
prints them too, from its own plain count (not kpi's code).

  /usr/bin/python3 scripts/make-record-fixtures.py [out-dir] [kpi-template-dir]
"""
import sys, os, warnings
warnings.simplefilter('ignore')
from openpyxl import Workbook, load_workbook

out = sys.argv[1] if len(sys.argv) > 1 else 'test/fixtures/records'
tpl = sys.argv[2] if len(sys.argv) > 2 else '/tmp/kpi-tpl'
os.makedirs(out, exist_ok=True)

MASTERS = ['张师傅', '李师傅', '王师傅', '赵师傅']
STORES = ['城东店', '城西店', '南山店']
BAD = {57: 'attitude', 133: 'done'}  # rows in error: 服务态度 「好」, 是否处理完毕 empty

def order(i):
    """Order i (1..200): every field a plain function of i, so the figures can be counted by hand."""
    return {
        'seq': i, 'store': STORES[i % 3], 'master': MASTERS[i % 4],
        'phone': '13%09d' % (812345678 + i), 'address': '广州市天河区体育西路%d号' % i, 'customer': '客户%d' % i,
        'contractNo': 'HT2026%04d' % i,
        'first': '否' if i % 6 == 0 else '是',
        'receipt': '否' if i % 9 == 0 else '是',
        'leftover': '门板划痕' if i % 10 == 0 else ('无' if i % 10 == 5 else None),
        'second': '是' if i % 20 == 0 else ('否' if i % 10 == 0 else None),
        'onTime': '是' if i % 3 else '否',
        'done': None if i in BAD and BAD[i] == 'done' else ('否' if i % 7 == 0 else '是'),
        'clean': '没有' if i % 11 == 0 else '有',
        # 赵师傅 (i ≡ 3 mod 4) is always 5分; the others cycle 5, 4, 3, 2, 1 by i mod 5.
        'attitude': '好' if i in BAD and BAD[i] == 'attitude' else (5 if i % 4 == 3 else 5 - (i % 5)),
        'signed': '否' if i % 13 == 0 else '是',
    }

def expected():
    groups = {}
    for i in range(1, 201):
        o = order(i)
        if i in BAD:
            continue
        sat = o['done'] == '是' and o['clean'] == '有' and o['attitude'] >= 4 and o['signed'] == '是'
        for key in (('master', o['master']), ('store', o['store']), ('all', '全部订单')):
            g = groups.setdefault(key, dict(n=0, sat=0, first=0, left=0, second=0, att=0, receipt=0))
            g['n'] += 1; g['sat'] += sat; g['first'] += o['first'] == '是'; g['left'] += o['leftover'] == '门板划痕'
            g['second'] += o['second'] == '是'; g['att'] += o['attitude']; g['receipt'] += o['receipt'] == '是'
    for k, g in sorted(groups.items()):
        print(k, g, 'rate %.4f' % (100 * g['sat'] / g['n']), 'att %.6f' % (g['att'] / g['n']))

# 1. Typed from scratch: a title, retyped one-row headings (notes in brackets, full-width brackets, 进仓数量·柜身),
#    a 备注 column kpi does not know, blank rows, a 合计 line at the bottom. 200 orders.
HEAD = ['序号', '门店', '合同签订日期', '合同编号', '客户名称', '联系电话', '联系地址', '合同交货期',
        '进仓数量·柜身', '进仓数量·门板/趟门', '进仓数量·配件/导轨', '进仓数量·电器', '进仓数量·台面', '进仓数量·处理单', '进仓数量·赠品',
        '进仓日期', '实际到货是否齐全', '缺货明细', '合同单急否', '联系客户时间', '预计安装', '具体上门安装时间', '安装师傅',
        '完工时间', '验收单是否上交', '验收单上交时间', '是否一次安装成功', '客服回访时间', '安装遗留问题', '遗留单责任部门',
        '是否下单', '遗留单下单明细', '遗留单下单日期', '遗留单到仓日期', '是否已安排', '上门具体时间', '是否出现二次遗留问题',
        '二次遗留问题内容', '二次处理', '遗留单回访', '上门时间是否准时（是/否）', '是否处理完毕(是/否)', '有没有清理卫生（有/没有）',
        '服务态度 (5/4/3/2/1分)', '验收单是否是您本人签字(是/否)', '其他', '得分', '备注']
wb = Workbook()
ws = wb.active
ws.title = '3月回访'
ws.append(['定制家居安装售后维修跟进满意度回访反馈表 2026年3月'])
ws.append(HEAD)
for i in range(1, 201):
    o = order(i)
    row = [o['seq'], o['store'], '2026-02-%02d' % (1 + i % 28), o['contractNo'], o['customer'], o['phone'], o['address'], '2026-03-15',
           2, 4, 1, None, 1, None, None, '2026-03-01', '是', None, '不急' if i % 4 else '急', '3月2日', '3月5日', '3月6日上午', o['master'],
           '3月6日', o['receipt'], '3月7日', o['first'], '3月10日', o['leftover'], '售后部' if o['leftover'] == '门板划痕' else None,
           '是' if o['leftover'] == '门板划痕' else None, None, None, None, None, None, o['second'],
           '仍有划痕' if o['second'] == '是' else None, None, None, o['onTime'], o['done'], o['clean'],
           o['attitude'], o['signed'], None, None, '备注%d' % i if i % 50 == 0 else None]
    ws.append(row)
    if i % 40 == 0:
        ws.append([])  # a blank line now and then
ws.append(['合计', None, None, None, None, None, None, None, 400])
wb.save(os.path.join(out, 'openpyxl-install-200.xlsx'))

# 2. The kpi template filled by openpyxl: rows typed under the two-row heading, a row inserted between them,
#    a typed 得分 that differs from the rule (a warning), and one row in error.
t = load_workbook(os.path.join(tpl, 'install-followup.xlsx'))
ws = t['回访记录']
cols = {}
for c in range(1, ws.max_column + 1):
    label = ws.cell(3, c).value or ws.cell(2, c).value
    cols[label] = c
def put(r, label, v):
    ws.cell(r, cols[label]).value = v
rows = [
    # master, store, done, clean, attitude, signed, first, typed 得分
    ('刘师傅', '城东店', '是', '有', '5分', '是', '是', 1),     # satisfied
    ('刘师傅', '城东店', '是', '没有', '5分', '是', '否', 1),   # not satisfied (清理卫生 没有); typed 1 → warning
    ('刘师傅', '城西店', '是', '有', '4', '是', '是', None),     # satisfied (4 typed as a number)
    ('陈师傅', '城西店', '否', '有', '5分', '是', '是', None),   # not satisfied (处理完毕 否)
    ('陈师傅', '城西店', '是', '有', '3分', '是', '是', None),   # not satisfied (态度 3)
    ('陈师傅', '城东店', '是', '有', '五分', '是', '是', None),   # 五分: an alias of 5分 → satisfied
    ('陈师傅', '城东店', '是', '有', '9分', '是', '是', None),   # error: 9分
]
for k, (m, s, d, cl, a, sg, f, typed) in enumerate(rows):
    r = 4 + k
    put(r, '序号', k + 1); put(r, '门店', s); put(r, '安装师傅', m); put(r, '是否处理完毕', d); put(r, '有没有清理卫生', cl)
    put(r, '服务态度', a); put(r, '验收单是否是您本人签字', sg); put(r, '是否一次安装成功', f); put(r, '验收单是否上交', '是')
    put(r, '联系电话', '13900001111'); put(r, '联系地址', '深圳市南山区科技园%d栋' % k)
    if typed is not None: put(r, '得分', typed)
ws.insert_rows(6)  # a blank row inserted between the orders
t.save(os.path.join(out, 'openpyxl-install-template.xlsx'))

# 3. §3 satisfaction-monthly, February and March, typed from scratch (headings with notes in brackets).
def survey(name, title, rows):
    wb = Workbook(); ws = wb.active; ws.title = title
    ws.append(['客户满意度每月记录表'])
    ws.append(['客户', '产品质量(1-10分)', '服务（1-10分）', '交付准确性', '售后支持', '建议和意见'])
    for r in rows: ws.append(list(r))
    wb.save(os.path.join(out, name))
survey('openpyxl-satisfaction-2026-02.xlsx', '2月', [
    ('甲公司', 8, 7, 9, 6, None), ('乙公司', 9, 9, 8, 7, '希望缩短交期'), ('丙公司', 7, 8, 8, 8, None), ('丁公司', 10, 9, 9, 8, None)])
survey('openpyxl-satisfaction-2026-03.xlsx', '3月', [
    ('戊公司', 9, 8, 9, 8, '安装师傅很专业'), ('己公司', 10, 9, 10, 9, None), ('庚公司', 8, 8, 9, 7, '  '),
    ('辛公司', 9, 10, 9, 9, None), ('壬公司', 7, 9, 8, 6, '售后电话难打通'), ('癸公司', 9, 11, 9, 9, None)])

# 4. §21 satisfaction-standard: February typed from scratch, March in the kpi template (filled by openpyxl).
wb = Workbook(); ws = wb.active; ws.title = '2月'
ws.append(['客户', '产品质量', '服务态度', '售后服务', '价格合理性', '交付准时性', '意见和建议'])
for r in [('A客户', '优秀', '良好', '优秀', '一般', '良好', None), ('B客户', '良好', '良好', '良好', '良好', '良好', '价格偏高'),
          ('C客户', '优秀', '优秀', '良好', '良好', '优秀', None)]:
    ws.append(list(r))
wb.save(os.path.join(out, 'openpyxl-standard-2026-02.xlsx'))
t = load_workbook(os.path.join(tpl, 'satisfaction-standard.xlsx'))
ws = t['满意度评分']
for k, r in enumerate([('D客户', '优秀', '优秀', '优秀', '优秀', '优秀', None), ('E客户', '良好', '一般', '良好', '一般', '良好', '送货晚了两天'),
                       ('F客户', '优秀', '良好', '优秀', '良好', '优秀', None), ('G客户', ' 良好', '优', '良好', '良好', '一般', None),
                       ('H客户', '优秀', '很好', '优秀', '优秀', '优秀', None)]):
    for c, v in enumerate(r):
        ws.cell(3 + k, c + 1).value = v
t.save(os.path.join(out, 'openpyxl-standard-2026-03.xlsx'))
expected()
