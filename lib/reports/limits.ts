/** The longest free text (notes, comments) a report accepts, in characters. */
export const REPORT_TEXT_MAX_LENGTH = 5_000;
