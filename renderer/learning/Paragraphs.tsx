/**
 * Free text as it was written: a blank line starts a new paragraph and a single line break stays
 * a line break, so learning written in several paragraphs reads as it did in the report.
 */
export function Paragraphs({ text, testId }: { readonly text: string; readonly testId?: string }) {
  const paragraphs = text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  return (
    <div data-testid={testId}>
      {paragraphs.map((paragraph, index) => (
        <p className="govuk-body" key={index} style={{ whiteSpace: 'pre-line' }}>
          {paragraph}
        </p>
      ))}
    </div>
  );
}
