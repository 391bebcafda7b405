import type { RecordData, RecordType } from '../../../shared/reviews/records.ts';
import type { SectionProps } from '../section-props.ts';

/** What every stage form is given: the record it changes (or none, for a new one) and where to go after. */
export interface StageFormProps<T extends RecordType> {
  readonly id: number | null;
  readonly initial: RecordData<T> | null;
  readonly view: SectionProps['view'];
  readonly saveRecord: SectionProps['saveRecord'];
  readonly onCancel: () => void;
  readonly onSaved: () => void;
}
