/** The redaction operators by name (a module of its own, so the command line needs no more to list them). */
export const OPERATORS = ["placeholder", "mask", "surrogate"] as const;
export type OperatorName = (typeof OPERATORS)[number];

/** The operator used when none is chosen: a placeholder naming what was there (`<EMAIL>`). */
export const DEFAULT_OPERATOR: OperatorName = "placeholder";
