/** The saved report as it reads, for people who may see it but not change it. */
import { REPORT_SECTION_TITLES, type Block, type ReportContent } from '../../shared/reports/report-document.ts';
import './report-editor.css';

export function ReportReading({ content }: { readonly content: ReportContent }) {
  return (
    <div className="prm-report-reading" data-testid="report-reading">
      {content.title === '' ? null : <p className="govuk-body-l">{content.title}</p>}
      {content.sections.map((section) => (
        <section key={section.key} className="prm-report-section" aria-labelledby={`reading-${section.key}`}>
          <h4 className="govuk-heading-m" id={`reading-${section.key}`}>
            {REPORT_SECTION_TITLES[section.key]}
          </h4>
          {section.blocks.length === 0 ? <p className="govuk-body prm-secondary-text">Nothing written in this section yet.</p> : section.blocks.map((block, index) => <BlockReading key={index} block={block} />)}
        </section>
      ))}
    </div>
  );
}

function BlockReading({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading':
      return block.level === 3 ? <h6 className="govuk-heading-s">{block.text}</h6> : <h5 className="govuk-heading-s">{block.text}</h5>;
    case 'paragraph':
      return <p className="govuk-body" style={{ whiteSpace: 'pre-wrap' }}>{block.text}</p>;
    case 'list': {
      const items = block.items.map((item, index) => <li key={index}>{item}</li>);
      return block.ordered ? <ol className="govuk-list govuk-list--number">{items}</ol> : <ul className="govuk-list govuk-list--bullet">{items}</ul>;
    }
    case 'table': {
      const [first, ...rest] = block.rows;
      const body = block.headerRow ? rest : block.rows;
      return (
        <div className="prm-table-scroll">
          <table className="govuk-table">
            {block.headerRow && first !== undefined ? (
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  {first.map((cell, index) => (
                    <th scope="col" className="govuk-table__header" key={index}>
                      {cell}
                    </th>
                  ))}
                </tr>
              </thead>
            ) : null}
            <tbody className="govuk-table__body">
              {body.map((row, rowIndex) => (
                <tr className="govuk-table__row" key={rowIndex}>
                  {row.map((cell, index) => (
                    <td className="govuk-table__cell" key={index}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
  }
}
