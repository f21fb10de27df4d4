/** Precision and recall bookkeeping. */
export interface Score {
  /** Gold items found. */
  found: number;
  gold: number;
  /** Predictions that match gold. */
  correct: number;
  /** Predictions the gold can judge (they touch something the gold annotated). */
  judged: number;
  predicted: number;
}

export const emptyScore = (): Score => ({ found: 0, gold: 0, correct: 0, judged: 0, predicted: 0 });

export const ratio = (a: number, b: number): string => (b === 0 ? "  -  " : (a / b).toFixed(3));

/** A table row: key, gold, predicted, recall, judged precision, strict precision. */
export function row(key: string, s: Score): string[] {
  return [key, String(s.gold), String(s.predicted), ratio(s.found, s.gold), ratio(s.correct, s.judged), ratio(s.correct, s.predicted)];
}

/** Adds b into a. */
export function add(a: Score, b: Score): Score {
  return { found: a.found + b.found, gold: a.gold + b.gold, correct: a.correct + b.correct, judged: a.judged + b.judged, predicted: a.predicted + b.predicted };
}
