/**
 * Zod without eval, in the page: zod 4 compiles fast object parsers with `new Function`, and
 * probes for it as each object schema is made. The app's Content-Security-Policy allows no
 * eval (script-src 'self'), so the probe is refused — caught by zod, but reported as a
 * violation. Imported first by main.tsx, before any module makes a schema.
 */
import { z } from 'zod';

z.config({ jitless: true });
