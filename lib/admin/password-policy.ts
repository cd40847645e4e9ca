/** The password rule's numbers, in a pure module so that the check and its Vietnamese wording agree. */
export const PASSWORD_POLICY = {
  /** Shortest accepted password. */
  minLength: 10,
  /** How many of the character classes (lower case, upper case, digit, symbol) a password must mix. */
  minClasses: 3,
  /** The number of character classes counted. */
  classCount: 4,
} as const;
