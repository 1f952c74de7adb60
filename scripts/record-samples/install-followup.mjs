// 30 orders of March at three stores and four 安装师傅; order 17 has 服务态度 「6分」 (an error kpi reports).
export const formId = 'install-followup';
export const file = 'install-followup.march.xlsx';

const masters = ['张伟', '李军', '王强', '陈刚'];
const stores = ['城东店', '城西店', '南山店'];
const leftovers = { 4: '台面缺角', 11: '门板划痕', 23: '导轨异响' };
export const rows = Array.from({ length: 30 }, (_, k) => {
  const i = k + 1;
  const leftover = leftovers[i] ?? null;
  return {
    seq: i,
    store: stores[i % 3],
    contractDate: `2026-02-${String(1 + (i % 27)).padStart(2, '0')}`,
    contractNo: `HT2026${String(300 + i).padStart(4, '0')}`,
    customer: `${'赵钱孙李周吴郑王冯陈'[i % 10]}先生`,
    phone: `139${String(10000000 + i * 7919).slice(0, 8)}`,
    address: `广州市${['天河区', '海珠区', '番禺区'][i % 3]}${i}号`,
    deliveryDate: '2026-03-10',
    qCabinet: 2 + (i % 3), qDoor: 4, qFitting: 1, qTop: 1,
    inDate: '2026-03-01', complete: i % 8 === 0 ? '否' : '是', shortage: i % 8 === 0 ? '缺拉手 2 个' : null,
    urgent: i % 5 === 0 ? '急' : '不急',
    contactTime: '2026-03-02', plannedInstall: '2026-03-05', installTime: `2026-03-${String(5 + (i % 10)).padStart(2, '0')}`,
    master: masters[i % 4], finishTime: `2026-03-${String(5 + (i % 10)).padStart(2, '0')}`,
    receiptHanded: i % 9 === 0 ? '否' : '是', receiptTime: i % 9 === 0 ? null : '2026-03-16',
    firstTime: leftover ? '否' : '是', visitTime: '2026-03-18',
    leftover, leftoverDept: leftover ? '售后部' : null, ordered: leftover ? '是' : null, orderDetail: leftover ? `补发:${leftover}` : null,
    orderDate: leftover ? '2026-03-19' : null, orderArrival: leftover ? '2026-03-25' : null, arranged: leftover ? '是' : null,
    visitAgain: leftover ? '2026-03-27' : null, secondLeftover: leftover ? (i === 23 ? '是' : '否') : null,
    secondContent: i === 23 ? '导轨仍有异响' : null, secondHandling: i === 23 ? '更换导轨' : null, leftoverVisit: leftover ? '已回访' : null,
    onTime: i % 6 === 0 ? '否' : '是',
    done: i % 7 === 0 ? '否' : '是',
    clean: i % 10 === 3 ? '没有' : '有',
    attitude: i === 17 ? '6分' : `${[5, 5, 4, 3, 5][i % 5]}分`,
    signed: i % 12 === 0 ? '否' : '是',
    other: i % 13 === 0 ? '希望提前电话通知' : null,
  };
});
