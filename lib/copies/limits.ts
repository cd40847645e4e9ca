/** How many copies one request may ask for. */
export const MAX_COPIES = 20;
/** How many civil-status records one confirmation may cover. */
export const MAX_CONFIRMATION_RECORDS = 10;
