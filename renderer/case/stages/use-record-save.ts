/**
 * Saving one record from a form: the answers are checked against the record's schema first, then
 * sent; whatever is wrong (from either check) comes back as field errors for the summary and for
 * the fields themselves.
 */
import { useCallback, useState } from 'react';
import type { RecordType } from '../../../shared/reviews/records.ts';
import { errorFor, type FieldError } from '../../components/field-errors.ts';
import { fieldErrorsFrom } from '../../components/problems.ts';
import type { SectionProps } from '../section-props.ts';
import { checkRecord } from './check-record.ts';

export interface RecordSaving {
  readonly errors: readonly FieldError[];
  readonly saving: boolean;
  /** True when main accepted the record (the page's view has already been replaced). */
  readonly save: (id: number | null, type: RecordType, answers: Record<string, unknown>) => Promise<boolean>;
  readonly errorFor: (field: string) => string | undefined;
  readonly clear: () => void;
}

export function useRecordSave(saveRecord: SectionProps['saveRecord']): RecordSaving {
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [saving, setSaving] = useState(false);

  const save = useCallback(
    async (id: number | null, type: RecordType, answers: Record<string, unknown>) => {
      const checked = checkRecord(type, answers);
      if (!checked.ok) {
        setErrors(checked.errors);
        return false;
      }
      setSaving(true);
      const result = await saveRecord(id, checked.save);
      setSaving(false);
      if (result.ok) {
        setErrors([]);
        return true;
      }
      // A locked session is handled for the whole app; there is nothing to show here.
      if (result.error.code !== 'LOCKED') setErrors(fieldErrorsFrom(result.error, 'record.data.'));
      return false;
    },
    [saveRecord],
  );

  return { errors, saving, save, errorFor: (field: string) => errorFor(errors, field), clear: () => setErrors([]) };
}
