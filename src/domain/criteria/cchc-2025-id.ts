/**
 * The id of the shipped 2025 catalogue. Apart from the catalogue itself so that code which only
 * names the catalogue (a new draft) does not load its data and schemas.
 */
export const CCHC_2025_ID = 'cchc-2025-v1';
