// Grade scales every definition may pick by name (CATALOG §24), and how a definition's grades are resolved.
import type { FigureName, FormDef, GradeScale, GradingDef } from '../model/definition.js';

export const BUILTIN_SCALES: Readonly<Record<string, GradeScale>> = {
  /** 优秀 ≥ 90 / 良好 ≥ 80 / 一般 ≥ 60 / 待改进. */
  default: { bands: [{ min: 90, label: '优秀' }, { min: 80, label: '良好' }, { min: 60, label: '一般' }, { label: '待改进' }] },
  /** 顾客满意度评分准则: 甲 ≥ 90 / 乙 ≥ 80 / 丙 ≥ 70 / 丁. */
  jiayi: { bands: [{ min: 90, label: '甲' }, { min: 80, label: '乙' }, { min: 70, label: '丙' }, { label: '丁' }] },
  /** 素质测评表: 特别优秀 ≥ 90 / 优秀 ≥ 80 / 普通 ≥ 70 / 需要努力 ≥ 60 / 差. */
  quality5: {
    bands: [{ min: 90, label: '特别优秀' }, { min: 80, label: '优秀' }, { min: 70, label: '普通' }, { min: 60, label: '需要努力' }, { label: '差' }],
  },
  /** 内部客户满意度 on its 1000-point scale: A 优秀 ≥ 900 / B 良好 ≥ 700 / C 称职 ≥ 500 / D 基本称职 ≥ 300 / E 不称职. */
  ae: {
    bands: [
      { min: 900, label: 'A 优秀' }, { min: 700, label: 'B 良好' }, { min: 500, label: 'C 称职' }, { min: 300, label: 'D 基本称职' }, { label: 'E 不称职' },
    ],
  },
  /** §13 with the monthly bonus coefficient K: left-open bands, 95 itself is 良好. */
  k: {
    inclusive: 'upper',
    bands: [
      { min: 95, label: '优秀', data: { K: 1.1 } },
      { min: 90, label: '良好', data: { K: 1.0 } },
      { min: 85, label: '一般', data: { K: 0.9 } },
      { label: '待改进', data: { K: 0.8 } },
    ],
  },
};

export const SCALE_TITLES: Readonly<Record<string, string>> = {
  default: '默认(优秀/良好/一般/待改进)',
  jiayi: '甲乙丙丁',
  quality5: '特别优秀/优秀/普通/需要努力/差',
  ae: 'A–E(千分制)',
  k: '含奖金系数 K(左开区间)',
};

/** A scale by name: the definition's own first, then the built-in ones. */
export function namedScale(form: Pick<FormDef, 'scales'>, name: string): GradeScale | undefined {
  return form.scales?.[name] ?? BUILTIN_SCALES[name];
}

export interface ResolvedGrading {
  id: string;
  label: string;
  scale: GradeScale;
  of: FigureName;
  typed?: string;
}

/** The form's main grade (the `band` of every output). */
export function mainGrading(form: FormDef): ResolvedGrading {
  const g = form.grades;
  if ('scale' in g) {
    return { id: 'band', label: '等级', scale: namedScale(form, g.scale) ?? BUILTIN_SCALES.default!, of: g.of ?? 'total100' };
  }
  return { id: 'band', label: '等级', scale: g, of: 'total100' };
}

/** Further grades (§15 建议, §4 部门定级); a scale name that does not exist was refused at load. */
export function extraGradings(form: FormDef): ResolvedGrading[] {
  return (form.gradings ?? []).map((g: GradingDef) => {
    const scale = typeof g.scale === 'string' ? (namedScale(form, g.scale) ?? BUILTIN_SCALES.default!) : g.scale;
    const out: ResolvedGrading = { id: g.id, label: g.label, scale, of: g.of ?? 'total100' };
    if (g.typed) out.typed = g.typed;
    return out;
  });
}

/** A band's figure as a heading says it: the scales' K (§13) is the 绩效奖金系数, a bare 「K」 to a team lead. */
export function bandDataHeading(key: string): string {
  return key === 'K' ? '奖金系数K' : key;
}
