import { z } from 'zod';

/**
 * Size limits shared by every row schema. The server parses every pushed value with these, so a hostile or
 * broken client cannot store a megabyte in a name; the UI uses the same constants for `maxlength`.
 */

/** Longest name, title, place or owner, in characters. */
export const MAX_NAME_CHARS = 200;
/** Longest free text (notes, findings, comments, captions), in characters. */
export const MAX_TEXT_CHARS = 10_000;
/** Longest list in a row (team members, representatives, assignees). */
export const MAX_LIST_ITEMS = 50;

/** A required short text: a person's or a unit's name. */
export const Name = z.string().min(1).max(MAX_NAME_CHARS);
/** A short text that may be left empty while drafting (place, title, owner). */
export const ShortText = z.string().max(MAX_NAME_CHARS);
/** Free text that may be empty. */
export const LongText = z.string().max(MAX_TEXT_CHARS);
