/** PLACEHOLDER — replaced by the helper that owns the template. */
export interface TemplateDetails {
  readonly reference: string;
  readonly agency: string;
  /** The due date of the return, shown in the instructions. */
  readonly dueOn: string;
  /** The day the template was made (YYYY-MM-DD). */
  readonly madeOn: string;
  readonly partnershipName: string;
}

/** The workbook an agency fills in: Instructions, Agency summary and Chronology sheets. */
export async function chronologyTemplate(details: TemplateDetails): Promise<Buffer> {
  throw new Error(`Not built yet: ${details.reference}`);
}
