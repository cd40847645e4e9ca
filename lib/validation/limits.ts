/** Lengths of the free-text fields that their messages state, shared by the rules (fields.ts) and lib/text/messages.ts. */
export const TEXT_LIMITS = {
  /** A purpose, a reason or a description must say at least this many characters. */
  explanationMin: 10,
  /** The longest dossier code. */
  dossierCodeMax: 50,
} as const;
