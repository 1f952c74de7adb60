/** roundedText of a number its format does not show at all (;;;): the cell looks blank. */
export const HIDDEN_BY_FORMAT = '(不显示)';
