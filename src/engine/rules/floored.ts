// The tail of a score cut at the item's floor, as deduction and incidents explain it (「20 − (5+5+5+5+5) = -5,最低0分 → 0」),
// and the figure before the floor read back from an explanation (scoreForm's lostDifferences: §8's 扣分 may be the raw 25).
import { formatScore } from '../../model/round.js';

/** 「 = -5,最低0分 → 0」 when floored, 「 = 15」 otherwise. */
export function floorTail(raw: number, score: number, floored: boolean): string {
  return floored ? ` = ${formatScore(raw)},最低${formatScore(score)}分 → ${formatScore(score)}` : ` = ${formatScore(score)}`;
}

const FLOORED = / = (-?\d+(?:\.\d+)?),最低(-?\d+(?:\.\d+)?)分 → (-?\d+(?:\.\d+)?)/;

/** The score before the floor in an explanation of floorTail's (−5 of 「… = -5,最低0分 → 0」), undefined where not floored. */
export function unflooredScore(explanation: string): number | undefined {
  const m = FLOORED.exec(explanation);
  return m ? Number(m[1]) : undefined;
}
