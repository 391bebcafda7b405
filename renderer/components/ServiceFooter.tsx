/** A minimal footer: no crown, no Crown copyright, no GOV.UK licence; where the store is, for IT. */
export function ServiceFooter({ storeFolder }: { storeFolder: string | null }) {
  return (
    <footer className="govuk-footer govuk-template__footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <p className="govuk-body-s govuk-!-margin-bottom-1">Practice Review Manager, for the Local Safeguarding Children Partnership’s Business Unit.</p>
            {storeFolder === null ? null : (
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                Store folder: <span className="prm-store-folder">{storeFolder}</span>
              </p>
            )}
          </div>
        </div>
      </div>
    </footer>
  );
}
