/**
 * One way to compare names a reader sees: the same name with or without the
 * spaces and line breaks a page puts inside it (`晋城 经开区`, a name broken
 * across two lines of an e-paper column). Corrections, aliases, cards and the
 * store all key names by this form.
 */
export const normalizeName = (name: string): string => name.replace(/\s+/g, "");
