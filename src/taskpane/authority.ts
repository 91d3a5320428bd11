/**
 * The authority shown in the form before the analyst types one: the product default
 * (Worcestershire, engine/settings/defaults.ts). A literal here rather than defaultSettings(),
 * which would parse every reference table just to read one name at start-up.
 */
export const DEFAULT_AUTHORITY = 'Worcestershire';
