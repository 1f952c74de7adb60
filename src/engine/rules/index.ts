// One entry point over the rule kinds; each kind lives in its own file.
import type { RuleOutcome, RuleArgs } from './types.js';
import { choice } from './choice.js';
import { tiers } from './tiers.js';
import { deduction } from './deduction.js';
import { incidents } from './incidents.js';
import { ratio } from './ratio.js';
import { band } from './band.js';
import { checklist } from './checklist.js';
import { adjustment } from './adjustment.js';

export function applyRule(args: RuleArgs): RuleOutcome {
  const { rule } = args;
  switch (rule.kind) {
    case 'choice':
      return choice({ ...args, rule });
    case 'tiers':
      return tiers({ ...args, rule });
    case 'deduction':
      return deduction({ ...args, rule });
    case 'incidents':
      return incidents({ ...args, rule });
    case 'ratio':
      return ratio({ ...args, rule });
    case 'band':
      return band({ ...args, rule });
    case 'checklist':
      return checklist({ ...args, rule });
    case 'adjustment':
      return adjustment({ ...args, rule });
  }
}

export { choice, tiers, deduction, incidents, ratio, band, checklist, adjustment };
export { DefinitionError, inputValues, type InputValues, type Report, type RuleArgs, type RuleOutcome } from './types.js';
