/**
 * The partnership's letterhead, set by an administrator: the name, address and logo at the top
 * of every letter and report the app makes, and who signs the letters.
 */
import { z } from 'zod';
import { optionalText, requiredText } from '../reviews/fields.ts';

/** A logo is small: a PNG or JPEG of at most 1 MB. */
export const MAX_LOGO_BYTES = 1024 * 1024;
export const LOGO_MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;

export const letterheadInput = z.object({
  partnershipName: requiredText('the partnership’s name', 200),
  addressLines: z.array(requiredText('the address line', 200)).max(6, 'Enter at most 6 address lines').default([]),
  contactEmail: z
    .string()
    .trim()
    .max(200)
    .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'Enter an email address in the correct format, like name@example.com')
    .default(''),
  signatoryName: requiredText('the name of the person who signs letters', 120),
  signatoryRole: optionalText('their job title', 200),
  logo: z
    .object({
      mediaType: z.enum(LOGO_MEDIA_TYPES, { error: 'Choose a PNG or JPEG image for the logo' }),
      contentBase64: z.string().min(1).max(Math.ceil(MAX_LOGO_BYTES / 3) * 4, 'The logo must be at most 1 MB'),
    })
    .nullable()
    .default(null),
});
export type LetterheadInput = z.input<typeof letterheadInput>;
export type Letterhead = z.infer<typeof letterheadInput>;

export const letterheadView = z.object({
  /** Null until an administrator has set it: letters then say so rather than print a blank heading. */
  letterhead: letterheadInput.nullable(),
  canManage: z.boolean(),
});
export type LetterheadView = z.infer<typeof letterheadView>;

/** A file the app made or keeps, as it crosses the contract. */
export const fileOutput = z.object({ fileName: z.string(), mediaType: z.string(), contentBase64: z.string() });
export type FileOutput = z.infer<typeof fileOutput>;
