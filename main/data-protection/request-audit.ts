/**
 * The audit actions of a data-protection request itself. The search leaves them out of what it
 * finds: otherwise every search after the first would "find" the person in the record of the
 * last one, and no search could ever say that nothing names them. The request's own record is
 * kept in the audit trail all the same, with the name searched (erasable, like every detail).
 */
export const DATA_PROTECTION_SEARCHED = 'data-protection.searched';
export const DATA_PROTECTION_EXPORTED = 'data-protection.exported';
export const REQUEST_ACTIONS: readonly string[] = [DATA_PROTECTION_SEARCHED, DATA_PROTECTION_EXPORTED];
