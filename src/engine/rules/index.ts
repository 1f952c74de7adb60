// The registry of rule kinds; each kind lives in its own self-describing module.
import type { RuleDef } from '../../model/definition.js';
import type { RuleKind, RuleOutcome, RuleArgs } from './types.js';
import { choiceKind, choice } from './choice.js';
import { tiersKind, tiers } from './tiers.js';
import { deductionKind, deduction } from './deduction.js';
import { incidentsKind, incidents } from './incidents.js';
import { ratioKind, ratio } from './ratio.js';
import { bandKind, band } from './band.js';
import { checklistKind, checklist } from './checklist.js';
import { adjustmentKind, adjustment } from './adjustment.js';
import { achievementKind, achievement } from './achievement.js';

type AnyKind = { [K in RuleDef['kind']]: RuleKind<K> };

/** Every rule kind of the language, by name. */
export const RULE_KINDS: AnyKind = {
  choice: choiceKind,
  tiers: tiersKind,
  deduction: deductionKind,
  incidents: incidentsKind,
  ratio: ratioKind,
  band: bandKind,
  checklist: checklistKind,
  adjustment: adjustmentKind,
  achievement: achievementKind,
};

export function ruleKind<K extends RuleDef['kind']>(kind: K): RuleKind<K> {
  return RULE_KINDS[kind] as RuleKind<K>;
}

export function applyRule(args: RuleArgs): RuleOutcome {
  const kind = ruleKind(args.rule.kind) as unknown as RuleKind<RuleDef['kind']>;
  return kind.score(args as never);
}

/** The inputs a rule reads, with the input types each accepts. */
export function ruleInputs(rule: RuleDef) {
  return (ruleKind(rule.kind) as unknown as RuleKind<RuleDef['kind']>).inputs(rule as never);
}

export { choice, tiers, deduction, incidents, ratio, band, checklist, adjustment, achievement };
export { DefinitionError, inputValues, type InputValues, type Report, type RuleArgs, type RuleOutcome, type RuleKind } from './types.js';
