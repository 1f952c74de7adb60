#!/usr/bin/python3
"""Independent check of every built-in form (issue 8, "How this is checked").

For each form: `kpi template <id> --layout roster`, fill it with openpyxl the way a person would (type under
the headings, nothing from kpi's own helpers), write test/fixtures/external/catalog/<id>.xlsx, then (with
--check) score each with `kpi score FILE --json` and compare every person's total and band with the values
below, worked out by hand from ../shared/forms/CATALOG.md (the arithmetic is in the comments and repeated in
test/io/catalogForms.test.ts, which scores the committed fixtures in-process).

usage: /usr/bin/python3 scripts/check-forms.py [--check] [--out DIR]
  (openpyxl 3.0.9 of the system python; LibreOffice re-saves: scripts/check-forms.py --check --lo)
"""
import json, os, subprocess, sys, tempfile, shutil
from openpyxl import load_workbook

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'test/fixtures/external/catalog')
args = sys.argv[1:]
if '--out' in args:
    OUT = args[args.index('--out') + 1]
TPL = tempfile.mkdtemp(prefix='kpi-check-tpl-')
KPI = [process for process in ['node', os.path.join(ROOT, 'bin/kpi.js')]]

BAD = 'bad'  # expected: not scored (未评分), a located error on the given cell

# form id -> list of (row dict {heading: value}, expected (total, band) or (BAD, cell))
CASES = {}


def case(form, rows):
    CASES[form] = rows


def pct(v):
    """A percentage as Excel stores a typed "92%": the number 0.92 with a percent format."""
    return ('%', v / 100)


# ---------------------------------------------------------------- §1 after-sales-monthly
A1 = '客户信息管理·上级'; A2 = '客户档案管理·上级'; A3 = '客户回访·上级'; A4 = '投诉处理·上级'
B1 = '服务意识·上级'; B2 = '以客户为中心·上级'
case('after-sales-monthly', [
    # worked example: 20 + 10 + 20 + 15 = 65/80 = 81.25; 40 + 30 = 70 ⇒ 81.25×0.85 + 70×0.15 = 79.5625 → 一般
    ({'工号': 'S1', '姓名': '周杰', A1: pct(92), A2: '有部分不完整,但影响不大', A3: '完成目标值要求', A4: 1,
      B1: '4级', B2: '3级'}, (79.5625, '一般')),
    # A1 80% → 10; 20; 0; 3 unmet → 20 − 15 = 5 ⇒ 35/80 = 43.75; 50 + 50 = 100 ⇒ 37.1875 + 15 = 52.1875 → 待改进
    ({'工号': 'S2', '姓名': '吴婷', A1: pct(80), A2: '完成目标值要求', A3: '无标准,且回访率低于80%', A4: 3,
      B1: '5级', B2: '5级'}, (52.1875, '待改进')),
    # A all 20 ⇒ 100; B 2级 20 + 2级 20 = 40 ⇒ 85 + 6 = 91 → 优秀
    ({'工号': 'S3', '姓名': '郑爽', A1: pct(95), A2: '完成目标值要求', A3: '完成目标值要求', A4: 0,
      B1: '2级', B2: '2级'}, (91, '优秀')),
    # A1 75% → 0 (75–80 % undefined → 0, Decision); 20; 10; 0 → 20 ⇒ 50/80 = 62.5; 1级 10 + 1级 10 = 20
    #   ⇒ 53.125 + 3 = 56.125 → 待改进
    ({'工号': 'S4', '姓名': '冯云', A1: pct(75), A2: '完成目标值要求', A3: '回访率达到90%以上', A4: 0,
      B1: '1级', B2: '1级'}, (56.125, '待改进')),
    # bad entry: 未满足项数 5 (0–3) → error on N6
    ({'工号': 'S5', '姓名': '孙丽', A1: pct(95), A2: '完成目标值要求', A3: '完成目标值要求', A4: 5,
      B1: '2级', B2: '2级'}, (BAD, 'N6')),
])

# ---------------------------------------------------------------- §2 property-cs-monthly (subject 管理处)
P2 = ['员工基本标准', '工作环境', '业户接待', '入伙服务、权籍资料管理', '收费管理', '维修基金管理', '装修管理',
      '档案管理', '空置房管理', '落实与信息反馈', '业户征询评议管理', '特约服务管理', '社区文化活动管理', '主管工作监督']


def p2(name, counts, **extra):
    row = {'部门/管理处': name, '考评月份': '2026-03'}
    for item, n in zip(P2, counts):
        row[item + '·不符合项数'] = n
    row.update(extra)
    return row


case('property-cs-monthly', [
    # nothing found → 100 → 优秀
    (p2('一区管理处', [0] * 14), (100, '优秀')),
    # 10 lapses spread over items with room: 100 − 10 = 90 → 优秀 (boundary, inclusive)
    (p2('二区管理处', [2, 1, 3, 1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0]), (90, '优秀')),
    # 11 lapses → 89 → 良好
    (p2('三区管理处', [2, 1, 3, 1, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0]), (89, '良好')),
    # floor: 业户接待 20 lapses → max(0, 15 − 20) = 0 (not −5); 员工基本标准 3 → 7; 工作环境 1 → 4
    #   ⇒ 100 − 15 − 3 − 1 = 81 → 良好; 备注 kept
    (p2('四区管理处', [3, 1, 20] + [0] * 11, **{'业户接待·备注': '投诉未回访'}), (81, '良好')),
    # bad entry: −1 lapses → error on D6
    (p2('五区管理处', [-1] + [0] * 13), (BAD, 'D6')),
])

# ---------------------------------------------------------------- §4 cs-dept-monthly
P4 = [('拆包人均每小时20个', 15), ('紧急订单跟踪处理不超于50分钟', 15), ('签收记录和实物100%准确', 7),
      ('当天质量(数据与实物)准确率≥99%', 8), ('当天反馈客服数据准确率≥99%', 8), ('残次与正品的分类100%准确', 7),
      ('工序与工序之间的配合', 6), ('团队意识', 6), ('执行力', 6), ('工作现场纪律', 6), ('团队/纪律·日常行为', 6),
      ('值日', 5), ('工作现场(清洁、整齐)', 5)]


def p4(name, direct, indirect, ability, behaviour):
    row = {'被评估人姓名': name, '日期': '2026-03', '直接主管': '王经理'}
    if indirect is not None:
        row['间接主管'] = '李总监'
    for item, _ in P4:
        row[item + '·直接主管'] = direct
        if indirect is not None:
            row[item + '·间接主管'] = indirect
    row['工作能力·直接主管'], row['超预期表现·日常行为·直接主管'] = ability[0], behaviour[0]
    if indirect is not None:
        row['工作能力·间接主管'], row['超预期表现·日常行为·间接主管'] = ability[1], behaviour[1]
    return row


case('cs-dept-monthly', [
    # §4 92.2 → 优秀: part 1 直接 达成 1.0, 间接 差 0.6 ⇒ 0.7 + 0.18 = 0.88 × 100 = 88;
    #   part 2 each 0.7×3 + 0.3×7 = 4.2 → 4.2/10 × 5 = 2.1, twice = 4.2 ⇒ 92.2 → 优秀
    (p4('刘洋', '达成', '差', (3, 7), (3, 7)), (92.2, '优秀')),
    # bonus over 100: all 达成 and 10 ⇒ 100 + 5 + 5 = 110, reported as 110, banded on min(110, 100) → 优秀
    (p4('陈静', '达成', '达成', (10, 10), (10, 10)), (110, '优秀')),
    # 间接主管 missing (warning): 直接 低标 0.8 counts fully ⇒ 80; part 2 6/10×5 = 3, 4/10×5 = 2 ⇒ 85 → 良好
    (p4('赵磊', '低标', None, (6,), (4,)), (85, '良好')),
    # bad entry: 直接主管 typed 良好 on the first item → error on L5 (the template has 本人确认 at K)
    (dict(p4('孙悦', '达成', '达成', (5, 5), (5, 5)), **{'拆包人均每小时20个·直接主管': '良好'}), (BAD, 'L5')),
])

# ---------------------------------------------------------------- §6 property-service-quality (checklist)
P6 = ['满意度调查报告对不满意项提出改进措施', '验证改进措施及时有效', '问卷中的投诉性意见纳入投诉处理程序',
      '对问卷意见进行有效沟通/回访', '现场拜访重点业主', '公示24小时报修电话并设固定接待场所,各类信息收集反馈有记录',
      '入户维修回访率≥30%', '投诉回访率100%', '业主回访记录按月统计分析', '报修有《派工单》并规范填写',
      '急迫性报修20分钟内到达', '每月报修、有效投诉统计分析并归档', '建立业主档案及电子版档案',
      '建立与业主/甲方/业委会/居委会的沟通机制', '入住/迁出信息完整准确', '员工熟悉报修、投诉、回访程序',
      '处理完毕后按规定回访沟通', '接待人员使用服务语言', '无因不满意处理结果引发的再次投诉',
      '无向政府、媒体、总部的有效投诉及媒体曝光、集体群诉']


def p6(name, **over):
    row = {'管理处': name, '检查日期': '2026-03-20'}
    for c in P6:
        row['服务质量检查·' + c] = over.get(c, '符合')
    return row


case('property-service-quality', [
    # 17 criteria in 20 boxes: 业主回访记录 = 入户维修回访率 + 投诉回访率 + 按月统计分析, 派工单 = 派工单 + 20 分钟到达;
    # a criterion is met when each of its applicable boxes passes.
    # all 符合, numbers 35 % ≥ 30, 100 % = 100, 15 min ≤ 20 → 17/17 → 100 → 优秀
    (p6('一区', **{'入户维修回访率≥30%': pct(35), '投诉回访率100%': pct(100), '急迫性报修20分钟内到达': 15}), (100, '优秀')),
    # 2 不适用 (现场拜访, 验证改进), 3 不符合 (回访率 25 % < 30 fails 业主回访记录; 服务语言; 入住/迁出)
    # → 15 applicable, 12 met → 12/15 = 80 → 良好
    (p6('二区', **{'现场拜访重点业主': '不适用', '验证改进措施及时有效': '不适用', '入户维修回访率≥30%': pct(25),
                 '接待人员使用服务语言': '不符合', '入住/迁出信息完整准确': '不符合'}), (80, '良好')),
    # 缺失 and 投诉回访率 95 % both fail 业主回访记录 (one criterion); 到场 25 min fails 派工单 ⇒ 15/17 = 88.235… → 良好
    (p6('三区', **{'业主回访记录按月统计分析': '缺失', '投诉回访率100%': pct(95), '急迫性报修20分钟内到达': 25}), (88.2353, '良好')),
    # 7 不适用, 1 不符合 → 9 of 10 applicable → 90 → 优秀 (boundary)
    (p6('四区', **{'满意度调查报告对不满意项提出改进措施': '不适用', '问卷中的投诉性意见纳入投诉处理程序': '不适用',
                 '对问卷意见进行有效沟通/回访': '不适用', '建立业主档案及电子版档案': '不适用',
                 '建立与业主/甲方/业委会/居委会的沟通机制': '不适用', '员工熟悉报修、投诉、回访程序': '不适用',
                 '处理完毕后按规定回访沟通': '不适用', '验证改进措施及时有效': '不符合'}), (90, '优秀')),
    # bad entry: "好" is none of 符合/不符合/不适用 → error on E6
    (p6('五区', **{'满意度调查报告对不满意项提出改进措施': '好'}), (BAD, 'E6')),
])

# ---------------------------------------------------------------- §7 cs-specialist-monthly
P7 = [('文档编写', 2), ('客户沟通交流', 8), ('客服计划制定', 2), ('潜在合作挖掘', 5), ('掌握公司业务', 3), ('出勤率', 5),
      ('是否遵守上级指示,并及时准确向上级汇报工作', 5), ('是否主动承担更多的责任', 5), ('是否注重协作', 5),
      ('是否积极主动,行为得体', 5), ('工作日志,工作周报', 5), ('优质完成客户回访、问答', 10),
      ('维护线上客服工具并受理信息', 10), ('按时按量执行线上推广', 10), ('完善客户资料并归档、分类整理', 10),
      ('上级综合评定', 10)]


def p7(name, less=None, self_=None):
    row = {'被考核人': name, '考核月份': '2026-03'}
    for item, mx in P7:
        row[item + '·主管'] = mx - (less or {}).get(item, 0)
        row[item + '·自评'] = mx if self_ is None else self_
    return row


case('cs-specialist-monthly', [
    # 自评 does not count: 主管 all max = 100 → 优秀 even with 自评 0
    (p7('林青', self_=0), (100, '优秀')),
    # 主管 100 − 0.5 − 3 − 2.5 − 4 = 90 → 优秀 (decimals allowed)
    (p7('黄河', {'文档编写': 0.5, '客户沟通交流': 3, '出勤率': 2.5, '上级综合评定': 4}), (90, '优秀')),
    # 100 − 10.01 = 89.99 → 良好
    (p7('许诺', {'上级综合评定': 5, '按时按量执行线上推广': 5.01}), (89.99, '良好')),
    # bad entry: 文档编写 主管 3 > 权分 2 → error on G5
    (dict(p7('马良'), **{'文档编写·主管': 3}), (BAD, 'G5')),
    # band boundary: 100 − 5 − 5.005 = 89.995 → shown 90.00 (half away from zero) → 优秀 (bands on the 2-decimal figure)
    (p7('高远', {'上级综合评定': 5, '按时按量执行线上推广': 5.005}), (89.995, '优秀')),
    # 100 − 5 − 5.006 = 89.994 → shown 89.99 → 良好
    (p7('高山', {'上级综合评定': 5, '按时按量执行线上推广': 5.006}), (89.994, '良好')),
])

# ---------------------------------------------------------------- §8 mattress-cs-monthly
M = {'N': '客户回访率·本月安装(售服)客户数', 'V': '客户回访率·回访客户数', 'M2': '表格管理', 'yy': '日常服务规范·用语不规范',
     'dx': '日常服务规范·短信漏发', 'gz': '日常服务规范·跟踪不到位', 'base': '回访问题处理效率·基础分',
     'cnt': '回访问题处理效率·拖延遗漏错误次数', 'M5': '处理能力', 'M6': '态度', 'cd': '工作纪律·迟到或早退',
     'kg': '工作纪律·旷工', 'wg': '工作纪律·做与工作无关的事', 'sj': '工作纪律·工作时间睡觉', 'jc': '其它·奖惩分', 'yy8': '其它·原因'}


def p8(name, **v):
    return dict({'被考核人': name, '考核月份': '2026-03'}, **{M[k]: x for k, x in v.items()})


case('mattress-cs-monthly', [
    # worked example: 18 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 79 → 一般
    (p8('王芳', N=50, V=45, M2='3,2', yy=1, dx=2, base=8, cnt=1, M5=9, M6=13, cd=1, jc=2, yy8='表扬信'), (79, '一般')),
    # clamp to 100: 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100, +5 奖 → 105 → clamped 100 → 优秀; N = V = 0 → 20
    (p8('李强', N=0, V=0, base=10, M5=10, M6=15, jc=5, yy8='锦旗'), (100, '优秀')),
    # floors: 用语 10 → max(0, 15 − 20) = 0; base 6, 3 次 → max(0, 6 − 15) = 0; 旷工 3 → max(0, 10 − 15) = 0;
    #   V 60 > N 40 → capped 20; M2 5,5,5,5,5 → max(0, 20 − 25) = 0; M5 4; M6 3 ⇒ 20 + 0 + 0 + 0 + 4 + 3 + 0 = 27
    #   ; 奖惩 −5 (投诉) ⇒ 22 → 待改进
    (p8('张敏', N=40, V=60, M2='5,5,5,5,5', yy=10, base=6, cnt=3, M5=4, M6=3, kg=3, jc=-5, yy8='客户投诉'), (22, '待改进')),
    # bad entry: a 表格管理 deduction of 6 (allowed 2–5) → error on H5
    (p8('刘洋', N=10, V=10, M2='6', base=10, M5=10, M6=15), (BAD, 'H5')),
])

# ---------------------------------------------------------------- §9 cs-competency
P9 = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力']


def p9(name, boss=None, peers=(), clients=(), self_=None):
    row = {'姓名': name, '考核月份': '2026-03'}
    for it in P9:
        if self_:
            row[it + '·自评'] = self_
        if boss:
            row[it + '·主管评'] = boss
        for i, p in enumerate(peers):
            row[f'{it}·同事评{i + 1}'] = p
        for i, c in enumerate(clients):
            row[f'{it}·客户评{i + 1}'] = c
    return row


case('cs-competency', [
    # 主管 优秀 100; 同事 良好 80, 一般 60 → 70; 客户 优秀 ×2 → 100 ⇒ 70 + 7 + 20 = 97 per item → 97 → 优秀
    (p9('周一', '优秀', ('良好', '一般'), ('优秀', '优秀'), self_='待改进'), (97, '优秀')),
    # only 主管 良好 → 80 (both other groups spread) → 80 → 良好 (bands 90/75/60)
    (p9('周二', '良好'), (80, '良好')),
    # 主管 一般 60 and 客户 优秀 100, no 同事: 70/90 × 60 + 20/90 × 100 = 46.667 + 22.222 = 68.889 → 一般
    (p9('周三', '一般', (), ('优秀',)), (68.8889, '一般')),
    # 主管 良好 80, 同事 待改进 40, 客户 良好 80 ⇒ 56 + 4 + 16 = 76 → 良好 (≥ 75)
    (p9('周四', '良好', ('待改进',), ('良好',)), (76, '良好')),
    # bad entry: no 主管评 at all (同事 only) → error (the rater that counts is missing)
    (p9('周五', None, ('良好',), ('良好',)), (BAD, None)),
])

# ---------------------------------------------------------------- §10 sales-cs-kpi
K = {'a': '销售额·实际销售额', 't': '销售额·目标销售额', 'sat': '客户满意度', 'new': '转化率·新客户数',
     'vis': '转化率·潜在客户(访问)数', 'tr': '转化率·目标转化率', 'rs': '响应时间·平均响应秒数', 'rt': '响应时间·目标秒数',
     'ts': '投诉处理', 'pk': '产品知识', 'tw': '团队协作', 'pq': '个人素质'}


def p10(name, **v):
    return dict({'姓名': name, '考核月份': '2026-03'}, **{K[k]: x for k, x in v.items()})


case('sales-cs-kpi', [
    # 150000/100000 = 1.5 → cap 1.2 × 25 = 30; 90/100 × 20 = 18; 30/200 = 15 % ÷ 10 % = 1.5 → 1.2 × 15 = 18;
    #   60/30 = 2 → cap 1 × 10 = 10; 8; 7; 5; 5 ⇒ 30+18+18+10+8+7+5+5 = 101 (reported), band on 100 → 优秀
    (p10('甲', a=150000, t=100000, sat=90, new=30, vis=200, tr=pct(10), rs=30, rt=60, ts=80, pk=70, tw=100, pq=100),
     (101, '优秀')),
    # 0.8 × 25 = 20; 17; 10/100 = 10 % ÷ 10 % = 1 → 15; 60/90 × 10 = 6.667; 6; 9; 4; 3 ⇒ 80.6667 → 良好
    (p10('乙', a=80000, t=100000, sat=85, new=10, vis=100, tr=0.1, rs=90, rt=60, ts=60, pk=90, tw=80, pq=60),
     (80.6667, '良好')),
    # 目标 0.1 typed as "10%" text: 12/100 = 12 % ÷ 10 % = 1.2 → 18; 100000/100000 → 25; 20; 10; 10; 10; 5; 5 ⇒ 103
    (p10('丙', a=100000, t=100000, sat=100, new=12, vis=100, tr='10%', rs=20, rt=20, ts=100, pk=100, tw=100, pq=100),
     (103, '优秀')),
    # bad entry: 目标销售额 0 → error on G5
    (p10('丁', a=1000, t=0, sat=90, new=1, vis=10, tr=pct(10), rs=30, rt=30, ts=80, pk=80, tw=80, pq=80), (BAD, 'G5')),
])

# ---------------------------------------------------------------- §12 express-cs
E = {'eff': '员工的工作效率·得分', 'a': '话务质量·态度不温和或唉声叹气', 'b': '话务质量·推诿客户',
     'c': '话务质量·闲聊或请教未按静音', 'd': '话务质量·未在30分钟内回复客户', 'e': '话务质量·未报工号', 'w': '工作状况'}


def p12(name, **v):
    return dict({'姓名': name, '考核月份': '2026-03'}, **{E[k]: x for k, x in v.items()})


case('express-cs', [
    # 18 + (40 − 0.5 × 4) + (40 − 0.5 × 4) = 18 + 38 + 38 = 94 → 优秀
    (p12('快一', eff=18, a=1, c=2, e=1, w=4), (94, '优秀')),
    # floors: 100 话务 violations → max(0, 40 − 50) = 0; 工作状况 81 → max(0, 40 − 40.5) = 0 ⇒ 20 → 待改进
    (p12('快二', eff=20, a=20, b=20, c=20, d=20, e=20, w=81), (20, '待改进')),
    # 20 + 40 + 40 − 0.5 × 20 = 90 → 优秀; 19.5 + 40 + 30 = 89.5 → 良好
    (p12('快三', eff=20, w=20), (90, '优秀')),
    (p12('快四', eff=19.5, w=20, b=0), (89.5, '良好')),
    # bad entry: 工作效率 25 > 20 → error on F6
    (p12('快五', eff=25), (BAD, 'F6')),
])

# ---------------------------------------------------------------- §13 cs-scheme-100 (K bands, left-open)
S13 = [('业绩考核', 20), ('质量考核', 30), ('业务考核', 10), ('通话利用率', 10), ('报表提交及时性', 5), ('出勤情况', 5),
       ('问题反馈及工作配合度', 10), ('遵守规章制度及上级综合评分', 10)]


def p13(name, less):
    row = {'姓名': name, '考核月份': '2026-03'}
    for it, mx in S13:
        row[it] = round(mx - less.get(it, 0), 6)
    return row


case('cs-scheme-100', [
    # 100 − 5 = 95 → 良好 (95 < A ≤ 100 is 优秀; 95 itself is 良好), K 1.0
    (p13('方一', {'遵守规章制度及上级综合评分': 5}), (95, '良好', 1.0)),
    # 96 → 优秀, K 1.1
    (p13('方二', {'业绩考核': 4}), (96, '优秀', 1.1)),
    # 95.004 → shown 95.00 → 良好 (bands on the 2-decimal figure)
    (p13('方三', {'遵守规章制度及上级综合评分': 4.996}), (95.004, '良好', 1.0)),
    # 90 → 一般 (85 < A ≤ 90), K 0.9; 85 → 待改进 (A ≤ 85), K 0.8
    (p13('方四', {'质量考核': 10}), (90, '一般', 0.9)),
    (p13('方五', {'质量考核': 15}), (85, '待改进', 0.8)),
    # bad entry: 业绩考核 21 > 20 → error on F7
    (dict(p13('方六', {}), 业绩考核=21), (BAD, 'F7')),
])

# ---------------------------------------------------------------- §15 interview-eval
def p15(name, r1, r2, advice=None):
    row = {'姓名': name, '应聘岗位': '客服专员'}
    for q in range(15):
        row[f'第{q + 1}题·面试官1'] = r1[q]
        if r2:
            row[f'第{q + 1}题·面试官2'] = r2[q]
    if advice:
        row['建议'] = advice
    return row


case('interview-eval', [
    # all 优秀 4 by two interviewers → mean 4 → 优秀 (建议 强烈推荐)
    (p15('应一', ['优秀'] * 15, ['优秀'] * 15), (4, '优秀')),
    # 良好 3 × 15 + (3 × 7 + 2 × 8 = 37) ⇒ 82 / 30 = 2.7333 → 一般 (< 2.75)
    (p15('应二', ['良好'] * 15, ['良好'] * 7 + ['一般'] * 8), (2.7333, '一般')),
    # 45 + (3 × 8 + 2 × 7 = 38) = 83 / 30 = 2.7667 → 良好; hand-typed 建议 不予以考虑 kept (an override)
    (p15('应三', ['良好'] * 15, ['良好'] * 8 + ['一般'] * 7, advice='不予以考虑'), (2.7667, '良好')),
    # one interviewer: 一般 2 ×15 → 2 → 一般 (≥ 2); all 较差 → 1 → 较差
    (p15('应四', ['一般'] * 15, None), (2, '一般')),
    # bad entry: "很好" is not a level → error on K6 (第1题·面试官1)
    (p15('应五', ['很好'] + ['良好'] * 14, None), (BAD, 'K6')),
])

# ---------------------------------------------------------------- §16 property-cs-rating
P16 = ['对待业主友好积极', '主动寻求业主需求并提供帮助', '尽力帮助解决疑难问题', '电话接听及时和专业', '有效处理各类问题和投诉',
       '投诉积极并及时回复', '投诉处理有效果', '资料整理和文件记录的准确性', '与同事合作的配合程度和效果', '工作任务的处理速度和效果']


def p16(name, vals):
    return dict({'被评估人员': name}, **dict(zip(P16, vals)))


case('property-cs-rating', [
    (p16('物一', [9] * 10), (90, '优秀')),  # 9 × 10 = 90 → 优秀
    (p16('物二', [9] * 9 + [8]), (89, '良好')),  # 81 + 8 = 89 → 良好
    (p16('物三', [5] * 5 + [6] * 5), (55, '待改进')),  # 25 + 30 = 55 → 待改进 (and 770 with --pay, §14)
    (p16('物四', [1] * 10), (10, '待改进')),
    # bad entry: 0 is below 1 → error on F6
    (p16('物五', [0] + [5] * 9), (BAD, 'F6')),
])

# ---------------------------------------------------------------- §17 probation
PK = '熟悉公司产品和服务,并能提供准确的解答和帮助'


def p17(name, n, a, b, c, d):
    return {'姓名': name, '准时出勤': n, '专业知识': a, '服务态度': b, '团队合作': c, '问题解决': d}


case('probation', [
    # 1 次 → 8; 20 + 30 + 20 + 20 ⇒ 98 → 优秀
    (p17('试一', 1, PK, '友好、耐心地对待客户,提供高效、满意的服务', 20, 20), (98, '优秀')),
    # > 3 次 → 2; 5 + 10 + 5 + 5 ⇒ 27 → 待改进
    (p17('试二', 5, 5, '对客户态度不友好,甚至粗鲁,服务效率极低', 5, 5), (27, '待改进')),
    # 3 次 → 4; 15 + 25 + 10 + 10 ⇒ 64 → 一般 (转正 通过)
    (p17('试三', 3, 15, 25, 10, 10), (64, '一般')),
    # blank 次数 = 0 → 10; 20 + 30 + 15 + 15 = 90 → 优秀
    (p17('试四', None, 20, 30, 15, 15), (90, '优秀')),
    # bad entry: 服务态度 17 is no level → error on J6
    (p17('试五', 0, 20, 17, 20, 20), (BAD, 'J6')),
])

# ---------------------------------------------------------------- §18 bao-lun-quality
KN = ['经常询问客服问题', '常提新的方法建议', '了解客户需求', '了解客户情况', '对于客户品质优劣能评定', '会处理新的问题',
      '能协助主管处理客户问题', '知道如何应对刁蛮客户', '能了解客户性质好坏', '愿意协助新同事']
CO = ['准时上下班', '遵守公司各项规定', '遵守各项安全规定', '接受工作调动', '愿意接待他人不愿接待的人', '很少与人发生口角',
      '乐意参加各项团体活动', '易接受他人意见', '整洁习惯良好']


def p18(name, biz, kn, eff, leave, late, absent, co, untick=None):
    row = {'姓名': name, '业务能力': biz, '效率': eff, '出勤·请假': leave, '出勤·迟到': late, '出勤·旷工': absent}
    for i, t in enumerate(KN):
        row['工作知识·' + t] = '√' if i < kn else untick
    for i, t in enumerate(CO):
        row['合作精神·' + t] = '√' if i < co else untick
    return row


case('bao-lun-quality', [
    # 28 + 10 × 2 + (1.1 = 110 % → 20) + 10 + 9 × 20/9 = 20 ⇒ 98 → 特别优秀
    (p18('包一', 28, 10, 1.1, 0, 0, 0, 9), (98, '特别优秀')),
    # 20 + 7 × 2 = 14 + (103 % → 17) + (10 − 1 − 2 = 7) + 6 × 20/9 = 13.333 ⇒ 71.3333 → 普通; unticked typed ×
    (p18('包二', 20, 7, pct(103), 1, 2, 0, 6, untick='×'), (71.3333, '普通')),
    # 25 + 8 × 2 = 16 + (75 % → 5) + (旷工 3 → max(0, 10 − 15) = 0) + 9 → 20 ⇒ 66 → 需要努力
    (p18('包三', 25, 8, pct(75), 0, 0, 3, 9), (66, '需要努力')),
    # 30 + 20 + (74.9 % → 0) + 10 + 20 = 80 → 优秀 (80–90)
    (p18('包四', 30, 10, pct(74.9), 0, 0, 0, 9), (80, '优秀')),
    # bad entry: 业务能力 35 > 30 → error on J6
    (p18('包五', 35, 10, 1, 0, 0, 0, 9), (BAD, 'J6')),
])

# ---------------------------------------------------------------- §19 cs-rep
P19 = ['服务态度', '解决问题的能力', '回答咨询的准确性', '公司产品和业务了解程度', '提供准确和有用的信息', '团队中的表现',
       '与其他部门的沟通和合作能力', '给出回复和解决问题的速度', '处理工单和任务的能力']
L19 = {4: '优秀', 3: '良好', 2: '一般', 1: '需改进'}


def p19(name, vals):
    return dict({'姓名': name}, **{k: L19[v] for k, v in zip(P19, vals)})


case('cs-rep', [
    (p19('代一', [4] * 9), (100, '优秀')),
    # 服务质量 (4+3+2)/3 = 3 → 75; 专业 3,3 → 75; 团队 2,1 → 1.5 → 37.5; 效率 4,4 → 100 ⇒ 287.5/4 = 71.875 → 一般
    (p19('代二', [4, 3, 2, 3, 3, 2, 1, 4, 4]), (71.875, '一般')),
    # 服务质量 (4+4+3)/3 = 3.6667 → 91.667; 专业 4,3 → 87.5; 团队 3,4 → 87.5; 效率 4,3 → 87.5 ⇒ 88.5417 → 良好
    (p19('代三', [4, 4, 3, 4, 3, 3, 4, 4, 3]), (88.5417, '良好')),
    # bad entry: 差 is not a level (需改进 is) → error on F5
    (dict(p19('代四', [4] * 9), 服务态度='差'), (BAD, 'F5')),
])

# ---------------------------------------------------------------- §20 quality-inspection (subject 项目)
Q20 = [('仪容仪表', 3), ('服务礼仪', 3), ('仪容仪表复查', 3), ('服务礼仪复查', 3), ('服务用语', 3), ('业务知识', 3),
       ('培训记录', 3), ('质量考核记录', 3), ('接待台面', 3), ('物品摆放', 3), ('现场卫生', 3), ('工作台账/交接班/派工记录', 3),
       ('出租装修入住录入', 2), ('资料归档', 3), ('客户资料更新', 2), ('投诉记录', 2), ('重点客户造访记录', 3), ('催缴方案', 2),
       ('催缴记录', 2), ('催缴会议纪要', 1), ('装修办理记录', 3)]


def p20(name, **over):
    return dict({'项目名称': name, '检查日期': '2026-03-18'}, **{c: over.get(c, 0) for c, _ in Q20})


case('quality-inspection', [
    (p20('华庭项目'), (100, '优秀')),  # 21/21
    # 仪容仪表 3 (≥ 3) ✗; 出租装修入住录入 1 (< 2) ✓; 客户资料更新 2 ✗; 催缴会议纪要 1 ✗; 培训记录 缺失 ✗;
    #   服务用语 2 ✓ ⇒ 17/21 = 80.952 → 良好
    (p20('锦园项目', 仪容仪表=3, 出租装修入住录入=1, 客户资料更新=2, 催缴会议纪要=1, 培训记录='缺失', 服务用语=2),
     (80.9524, '良好')),
    # 无记录 ×2 ✗, 投诉记录 5 ✗ ⇒ 18/21 = 85.714 → 良好; 2 more fails (19/21 = 90.476 → 优秀 is 2 fails)
    (p20('海湾项目', 催缴记录='无记录', 装修办理记录='无记录', 投诉记录=5), (85.7143, '良好')),
    (p20('山景项目', 现场卫生=4, 催缴方案=2), (90.4762, '优秀')),
    # bad entry: −1 irregularities → error on E6
    (p20('河畔项目', 仪容仪表=-1), (BAD, 'E6')),
])

# ---------------------------------------------------------------- §25 property-cs-staff
P25max = {'遵守规章制度和工作标准': 2, '主动协助他人完成工作': 2, '将好理念应用在客服工作中': 2, '领导满意度评价': 4,
          '每天全范围巡检并书写工作日志': 2, '巡检问题督促处理并跟进': 2, '详实记录业主投诉内容': 2,
          '制定投诉工作方案并按计划实施': 2, '按时效协调到场解决问题': 2, '对客户信息保密、负责': 2,
          '对索赔事件、处理过程及结果保密、负责': 2, '想业主之所想,急业主之所急': 1, '准确了解客户需求': 1,
          '从客户角度出发提供额外帮助': 1, '掌握土建专业知识和作业流程': 2, '主动学习新技术、新工艺、新知识': 1,
          '重大投诉耐心灵活处理': 2}


def p25(name, pts=None, **counts):
    row = {'姓名': name}
    for k, mx in P25max.items():
        row[k] = (pts or {}).get(k, mx)
    row['仪容仪表、语气语调、接听电话'] = counts.get('yr', 0)
    row['准确及迅速地处理客户咨询·不准确'] = counts.get('bz', 0)
    row['准确及迅速地处理客户咨询·不及时'] = counts.get('bj', 0)
    row['判断相关责任人并督促出具处理意见·确定相关责任人'] = counts.get('qd', '是')
    row['判断相关责任人并督促出具处理意见·出具意见进行解决'] = counts.get('cj', '是')
    row['协调相关部门处理投诉·不能较好协调内部相关部门'] = counts.get('xt', 0)
    row['协调相关部门处理投诉·造成服务投诉或扩大影响'] = counts.get('kd', 0)
    return row


case('property-cs-staff', [
    (p25('员一'), (100, '优秀')),  # 45/45
    # floors: 仪容 5 项 → max(0, 2 − 2.5) = 0 (−2); 不准确 1 不及时 2 → 0 (−2); 出具 否 → 2 (−2);
    #   协调 1 + 扩大 1 → max(0, 5 − 5) = 0 (−5) ⇒ 45 − 11 = 34 / 45 × 100 = 75.556 → 一般
    (p25('员二', yr=5, bz=1, bj=2, cj='否', xt=1, kd=1), (75.5556, '一般')),
    # 领导满意度 3.5 (−0.5); 仪容 1 项 → 1.5 (−0.5); 协调 1 → 3 (−2) ⇒ 45 − 3 = 42 / 45 × 100 = 93.333 → 优秀
    (p25('员三', {'领导满意度评价': 3.5}, yr=1, xt=1), (93.3333, '优秀')),
    # bad entry: 领导满意度 5 > 4 → error on J5
    (p25('员四', {'领导满意度评价': 5}), (BAD, 'J5')),
])

# ---------------------------------------------------------------- §26 cs-work-review
P26 = ['熟悉产品和服务,准确清晰回答', '良好的沟通能力', '团队合作精神', '友好耐心,倾听需求并提供方案', '高效处理,及时回复咨询',
       '妥善处理投诉和纠纷', '按流程和标准完成任务', '准确记录客户反馈并及时反馈相关部门', '参与满意度调查和改进', '参加培训和学习',
       '主动学习提升专业素养', '将学习成果应用到工作中']


def p26(name, vals, comment=None):
    row = dict({'被考核人员': name}, **dict(zip(P26, vals)))
    if comment:
        row['评语'] = comment
    return row


case('cs-work-review', [
    # worked example: 9 + 8 + 8 + 7 = 32 / 40 → 80 → 良好
    (p26('审一', [9, 8, 10, 8, 8, 8, 7, 9, 8, 6, 7, 8], '工作认真'), (80, '良好')),
    # 10 + 10 + 10 + 0 = 30 → 75 → 一般
    (p26('审二', [10] * 9 + [0, 0, 0]), (75, '一般')),
    # 9.5 mean areas: (9,10,9.5)… 28.5/3 = 9.5 ×4 = 38 → 95 → 优秀
    (p26('审三', [9, 10, 9.5] * 4), (95, '优秀')),
    # bad entry: 11 > 10 → error on I5
    (p26('审四', [11] + [8] * 11), (BAD, 'I5')),
])

# ---------------------------------------------------------------- §27 cs-checklist
C27 = {'工作态度': ['积极主动热情周到', '胸怀大局具备团队意识', '规范自律遵守纪律', '沟通和解决问题能力', '应对压力', '主动研究提高业务技能'],
       '服务质量': ['表达准确善于倾听', '及时解答给予满意答复', '善于建立良好关系', '处理投诉能力强', '主动回访关注反馈'],
       '工作效率': ['快速反应', '积极主动完成任务', '合理安排时间和资源', '多任务保持质量'],
       '问题解决能力': ['提出合理方案', '运用专业知识', '保持冷静', '快速分析原因并采取措施']}


def p27(name, ticks, untick=None):
    row = {'姓名': name, '综合评价·业务能力': '业务熟练'}
    for (area, boxes), n in zip(C27.items(), ticks):
        for i, b in enumerate(boxes):
            row[f'{area}·{b}'] = '√' if i < n else untick
    return row


case('cs-checklist', [
    # worked example: 5/6, 4/5, 4/4, 2/4 → 83.33, 80, 100, 50 → 78.33 → 一般
    (p27('查一', [5, 4, 4, 2]), (78.3333, '一般')),
    (p27('查二', [6, 5, 4, 4], untick='×'), (100, '优秀')),
    # 0/6, 0/5, 4/4, 4/4 → (0 + 0 + 100 + 100)/4 = 50 → 待改进; unticked boxes typed ×
    (p27('查三', [0, 0, 4, 4], untick='×'), (50, '待改进')),
    # bad entry: "好" in a tick box → error on K5
    (dict(p27('查四', [6, 5, 4, 4]), **{'工作态度·积极主动热情周到': '好'}), (BAD, 'K5')),
])

# ---------------------------------------------------------------- §28 sales-aftersales-monthly
def p28(name, dept, a, b, n, orders, c):
    return {'姓名': name, '部门': dept, '过程服务满意度·满意度': a, '客户满意度·满意度': b, '客诉率·客诉数': n, '客诉率·服务单数': orders,
            '客诉处理满意度·满意度': c}


case('sales-aftersales-monthly', [
    # worked example (销售部): (92 + 88 + 25 + 80) × 25 % = 71.25 → 一般; 基数 3000 → 2137.50
    (p28('售一', '销售部', pct(92), pct(88), 3, 200, pct(80)), (71.25, '一般')),
    # 售后部: 100 %, 100 %, 0/100 → 1 → 25, 100 % ⇒ 100 → 优秀
    (p28('售二', '售后部', pct(100), pct(100), 0, 100, pct(100)), (100, '优秀')),
    # clamp: 10/100 = 10 % → 1 − 5 = −4 → 0; 50 %, 60 %, 40 % ⇒ (50 + 60 + 0 + 40) × 25 % = 37.5 → 待改进
    #   with --pay 基数 2000: 2000 × 0.375 × 0.7 = 525
    (p28('售三', '售后部', pct(50), pct(60), 10, 100, pct(40)), (37.5, '待改进')),
    # bad entry: 服务单数 0 → error on M5 (each satisfaction has 满意度, 满意数 and 调查数 columns since §28 1.2.0)
    (p28('售四', '销售部', pct(90), pct(90), 0, 0, pct(90)), (BAD, 'M5')),
])

# ---------------------------------------------------------------- §29 cs-dept-rating
F29 = ['及时回应', '清晰准确解答', '友好专业态度', '跟进至问题解决', '分享知识经验', '提供支持帮助', '参与团队活动会议', '促进沟通协作',
       '识别问题本质', '可行方案', '应对紧急情况和压力', '研究改进', '熟悉产品服务', '掌握业务流程和标准操作规程', '持续更新知识',
       '准确及时的信息建议']
L29 = {4: '优秀', 3: '良好', 2: '一般', 1: '不符合要求'}


def p29(name, vals):
    return dict({'姓名': name}, **{f: L29[v] for f, v in zip(F29, vals)})


case('cs-dept-rating', [
    # worked example: 3.75, 2.75, 3.25, 2.25 → three ≥ 2.5 → 良好; 12/4 = 3.0 / 4 × 100 = 75
    (p29('评一', [4, 4, 3, 4, 3, 3, 3, 2, 3, 4, 3, 3, 2, 2, 3, 2]), (75, '良好')),
    # every indicator 3.5 → 优秀; 3.5/4 × 100 = 87.5 (优秀 although the figure is < 90)
    (p29('评二', [4, 3, 4, 3] * 4), (87.5, '优秀')),
    # 1, 1.25, 4, 4 → two < 1.5 → 不符合要求; 10.25/4 = 2.5625/4 × 100 = 64.0625
    (p29('评三', [1, 1, 1, 1, 1, 1, 2, 1, 4, 4, 4, 4, 4, 4, 4, 4]), (64.0625, '不符合要求')),
    # 3, 2, 2, 4 → two ≥ 2.5 only, none < 1.5 → 一般; 11/4 = 2.75/4 × 100 = 68.75
    (p29('评四', [3] * 4 + [2] * 8 + [4] * 4), (68.75, '一般')),
    # bad entry: 较好 (no level of the four; 良 is 良好 since 1.1.0) → error on G6
    (dict(p29('评五', [4] * 16), 及时回应='较好'), (BAD, 'G6')),
])

# ---------------------------------------------------------------- §30 cs-ability
I30 = ['掌握产品知识的全面程度', '熟悉公司的服务流程和操作规范', '能够准确解答常见问题并及时处理复杂问题', '清晰表达,使用合适的语言和口吻',
       '倾听客户需求并有效解决问题', '良好的问询和引导能力', '快速反应和解决各类问题', '评估问题的紧急程度和优先级',
       '主动提供解决方案并跟进', '始终保持友好、耐心的态度', '团队合作与跨部门协调', '服务思维,提供个性化服务']


def p30(name, boss, client, client2=None):
    row = {'姓名': name}
    for i in I30:
        if boss:
            row[i + '·上级'] = boss
        if client:
            row[i + '·客户1'] = client
        if client2:
            row[i + '·客户2'] = client2
    return row


case('cs-ability', [
    (p30('能一', '优秀', '良好'), (94, '优秀')),  # 0.7 × 100 + 0.3 × 80 = 94
    (p30('能五', '良好', '优秀', '一般'), (80, '良好')),  # two customers averaged: 0.7 × 80 + 0.3 × (100 + 60) / 2 = 80
    (p30('能二', '良好', None), (80, '良好')),  # no 客户: 上级 100 % → 80
    (p30('能三', '一般', '较差'), (54, '待改进')),  # 42 + 12 = 54
    # bad entry: 上级 missing everywhere (客户 only) → error (the rater that counts is missing)
    (p30('能四', None, '优秀'), (BAD, None)),
])

# ---------------------------------------------------------------- §31 satisfaction-scorecard (subject 团队)
def p31(team, survey, solved, asked, rating, renewed, due):
    return {'团队': team, '调查期间': '2026Q1', '保留率年度': '2025', '客户反馈调查': survey, '问题解决率·规定时间内解决数': solved,
            '问题解决率·问题数': asked, '服务质量评分': rating, '客户保留率·续签数': renewed, '客户保留率·到期合同数': due}


case('satisfaction-scorecard', [
    # worked example: 25.8 + 28.2 + 22.5 + 13.5 = 90 → 优秀
    (p31('一组', 86, 188, 200, 4.5, 45, 50), (90, '优秀')),
    # 0.3 × 80 = 24; 150/200 = 75 % → 22.5; 3.5 → 70 → 17.5; 40/50 = 80 % → 12 ⇒ 76 → 一般
    (p31('二组', 80, 150, 200, 3.5, 40, 50), (76, '一般')),
    # 50 → 15; 10/20 → 15; 2 → 40 → 10; 3/10 → 4.5 ⇒ 44.5 → 差
    (p31('三组', 50, 10, 20, 2, 3, 10), (44.5, '差')),
    # bad entry: 问题数 0 → error on H5
    (p31('四组', 90, 0, 0, 4, 5, 5), (BAD, 'H5')),
])


# ---------------------------------------------------------------- form layout (one sheet per person)
# (header {label: value}, {item label: [values of its 填写 rows in order]}, expected)
FORM_CASES = {
    'cs-scheme-100': [
        ({'姓名': '方一', '考核月份': '2026-03'}, {'业绩考核': [20], '质量考核': [30], '业务考核': [10], '通话利用率': [10],
          '报表提交及时性': [5], '出勤情况': [5], '问题反馈及工作配合度': [10], '遵守规章制度及上级综合评分': [5]},
         (95, '良好', 1.0)),  # 95 → 良好 (left-open), K 1.0
        ({'姓名': '方二', '考核月份': '2026-03'}, {'业绩考核': [16], '质量考核': [30], '业务考核': [10], '通话利用率': [10],
          '报表提交及时性': [5], '出勤情况': [5], '问题反馈及工作配合度': [10], '遵守规章制度及上级综合评分': [10]},
         (96, '优秀', 1.1)),  # 96 → 优秀, K 1.1
    ],
    'sales-aftersales-monthly': [
        # §28 worked example: (92 + 88 + 25 + 80) × 25 % = 71.25 → 一般
        ({'姓名': '售一', '部门': '销售部'}, {'过程服务满意度': [pct(92)], '客户满意度': [pct(88)], '客诉率': [3, 200],
                                        '客诉处理满意度': [pct(80)]}, (71.25, '一般')),
        # (50 + 60 + 0 + 40) × 25 % = 37.5 → 待改进 (客诉率 10 % → 1 − 5 clamped to 0)
        ({'姓名': '售三', '部门': '售后部'}, {'过程服务满意度': [pct(50)], '客户满意度': [pct(60)], '客诉率': [10, 100],
                                        '客诉处理满意度': [pct(40)]}, (37.5, '待改进')),
    ],
    'property-cs-rating': [
        ({'被评估人员': '物一'}, {k: [9] for k in P16}, (90, '优秀')),  # 9 × 10 = 90
        ({'被评估人员': '物二'}, dict({k: [9] for k in P16}, **{P16[-1]: [8]}), (89, '良好')),  # 81 + 8
    ],
}


def put(cell, value):
    if isinstance(value, tuple) and value[0] == '%':
        cell.value, cell.number_format = value[1], '0.0%'
    else:
        cell.value = value


def write_form(form):
    src = os.path.join(TPL, form + '.form.xlsx')
    subprocess.run(KPI + ['template', form, '--layout', 'form', '-o', src], check=True, capture_output=True)
    wb = load_workbook(src)
    blank = wb.worksheets[0]
    for n, (header, items, _) in enumerate(FORM_CASES[form]):
        ws = blank if n == 0 else wb.copy_worksheet(blank)
        ws.title = header.get('姓名') or header.get('被评估人员')
        labels = {}
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    labels.setdefault(c.value.strip(), c)
        for label, value in header.items():
            c = labels[label]
            put(ws.cell(row=c.row, column=c.column + 1), value)
        fill_col = next(c.column for c in labels.values() if c.value == '填写')
        for label, values in items.items():
            r = next(c.row for c in labels.values() if c.value == label and c.column == 1)
            for k, v in enumerate(values):
                put(ws.cell(row=r + k, column=fill_col), v)
    path = os.path.join(TPL, form + '.form.filled.xlsx')
    wb.save(path)
    return path


# ---------------------------------------------------------------- writing
def write(form):
    src = os.path.join(TPL, form + '.xlsx')
    subprocess.run(KPI + ['template', form, '--layout', 'roster', '-o', src], check=True, capture_output=True)
    wb = load_workbook(src)
    ws = wb.worksheets[0]
    cols = {}
    for c in ws[1]:
        if isinstance(c.value, str):
            cols[c.value.strip()] = c.column
    for r, (row, _) in enumerate(CASES[form], start=2):
        for heading, value in row.items():
            if heading not in cols:
                raise SystemExit(f'{form}: no heading {heading!r} in the template: {list(cols)}')
            cell = ws.cell(row=r + 0, column=cols[heading])
            if isinstance(value, tuple) and value[0] == '%':
                cell.value = value[1]
                cell.number_format = '0.0%'
            else:
                cell.value = value
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, form + '.xlsx')
    wb.save(path)
    return path


def check(path, form, tag=''):
    run = subprocess.run(KPI + ['score', path, '--json', '-o', os.path.join(TPL, form + tag + '.graded.xlsx')],
                         capture_output=True, text=True)
    try:
        rep = json.loads(run.stdout)
    except Exception:
        return [f'{form}: no JSON (exit {run.returncode}): {run.stderr[:300]}'], 0
    people = rep.get('people', [])
    bad = []
    n = 0
    want_bad = any(exp[0] == BAD for _, exp in CASES[form])
    if want_bad and run.returncode != 1:
        bad.append(f'{form}: exit {run.returncode}, expected 1')
    for row, exp in CASES[form]:
        n += 1
        name = next(v for k, v in row.items() if k in ('姓名', '被评估人姓名', '被考核人', '被评估人员', '被考核人员',
                                                      '部门/管理处', '管理处', '项目名称', '团队'))
        p = next((q for q in people if q.get('name') == name), None)
        if p is None:
            bad.append(f'{form}/{name}: not in the report')
            continue
        if exp[0] == BAD:
            cells = [x.get('cell') for x in p.get('problems', []) + rep.get('problems', [])
                     if x.get('severity', 'error') == 'error' and (x.get('person') in (None, name))]
            if p.get('status') == 'scored' or p.get('total') is not None:
                bad.append(f'{form}/{name}: expected 未评分, kpi scored {p.get("total")} {p.get("band")}')
            elif exp[1] and exp[1] not in cells:
                bad.append(f'{form}/{name}: error not located at {exp[1]} (cells {cells})')
            continue
        total, band = p.get('total'), p.get('band')
        if total is None or abs(total - exp[0]) > 0.00006 or band != exp[1]:
            bad.append(f'{form}/{name}: expected {exp[0]} {exp[1]}, kpi said {total} {band} '
                       f'(total100 {p.get("total100")}; {p.get("explanation")})')
        if len(exp) > 2 and (p.get('bandData') or {}).get('K') != exp[2]:
            bad.append(f'{form}/{name}: expected K {exp[2]}, kpi said {p.get("bandData")}')
    return bad, n


def csv_export(path):
    """The roster saved as CSV the way Excel's 另存为 CSV UTF-8 does: shown values (a percent as "92.0%")."""
    import csv
    ws = load_workbook(path).worksheets[0]
    out = os.path.join(tempfile.mkdtemp(prefix='kpi-csv-'), os.path.basename(path)[:-5] + '.csv')
    with open(out, 'w', encoding='utf-8-sig', newline='') as f:
        w = csv.writer(f)
        for row in ws.iter_rows():
            vals = []
            for c in row:
                v = c.value
                if isinstance(v, float) and '%' in c.number_format:
                    v = f'{v * 100:.1f}%'
                vals.append('' if v is None else v)
            w.writerow(vals)
    return out


def lo_resave(path):
    d = tempfile.mkdtemp(prefix='kpi-lo-')
    subprocess.run(['soffice', '--headless', '--convert-to', 'xlsx', '--outdir', d, path], check=True,
                   capture_output=True, timeout=180)
    return os.path.join(d, os.path.basename(path))


if __name__ == '__main__':
    if '--form-layout' in args:
        n_bad = 0
        for form, people in FORM_CASES.items():
            path = write_form(form)
            run = subprocess.run(KPI + ['score', path, '--json', '-o', path[:-5] + '.graded.xlsx'], capture_output=True, text=True)
            rep = json.loads(run.stdout)
            got = {p['name']: (p['total'], p['band'], (p.get('bandData') or {}).get('K')) for p in rep['people']}
            for header, _, exp in people:
                name = header.get('姓名') or header.get('被评估人员')
                t, b, k = got.get(name, (None, None, None))
                ok = t is not None and abs(t - exp[0]) < 0.00006 and b == exp[1] and (len(exp) < 3 or k == exp[2])
                n_bad += not ok
                print(f'{form} (form layout)/{name}: expected {exp}, kpi said {t} {b} {k}', 'ok' if ok else '✗')
        sys.exit(1 if n_bad else 0)
    only = [a for a in args if not a.startswith('--') and a in CASES]
    forms = only or sorted(CASES)
    problems, total = [], 0
    for form in forms:
        path = write(form)
        if '--check' in args:
            bad, n = check(path, form)
            total += n
            problems += bad
            if '--lo' in args:
                bad, _ = check(lo_resave(path), form, '.lo')
                problems += [f'[LibreOffice] {b}' for b in bad]
            if '--csv' in args:
                bad, _ = check(csv_export(path), form, '.csv')
                problems += [f'[CSV] {b}' for b in bad]
            print(f'{form}: {n} cases, {"agree" if not bad else str(len(bad)) + " disagree"}')
    for p in problems:
        print('  ✗', p)
    shutil.rmtree(TPL, ignore_errors=True)
    if '--check' in args:
        print(f'{total} cases, {len(problems)} disagreements')
        sys.exit(1 if problems else 0)
