/** The product's name, in the header and every window title. A council's product: no "GOV.UK". */
export const SERVICE_NAME = 'Practice Review Manager';
