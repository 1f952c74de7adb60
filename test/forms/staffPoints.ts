// §25 property-cs-staff: every typed point at its maximum, by roster heading — shared by the tests that fill its roster.
// 2+2+2+4 + 2+2 + 2+2+2 + 2+2 + 1+1+1 + 2+1 + 2 = 32.
export const STAFF_POINTS: Record<string, number> = {
  遵守规章制度和工作标准: 2, 主动协助他人完成工作: 2, 将好理念应用在客服工作中: 2, 领导满意度评价: 4,
  每天全范围巡检并书写工作日志: 2, 巡检问题督促处理并跟进: 2,
  详实记录业主投诉内容: 2, 制定投诉工作方案并按计划实施: 2, 按时效协调到场解决问题: 2,
  '对客户信息保密、负责': 2, '对索赔事件、处理过程及结果保密、负责': 2,
  '想业主之所想,急业主之所急': 1, 准确了解客户需求: 1, 从客户角度出发提供额外帮助: 1,
  掌握土建专业知识和作业流程: 2, '主动学习新技术、新工艺、新知识': 1, 重大投诉耐心灵活处理: 2,
};
/** The yes/no item's heading and the lapse item's. */
export const STAFF_H3 = '判断相关责任人并督促出具处理意见';
export const STAFF_F1 = '仪容仪表、语气语调、接听电话';
