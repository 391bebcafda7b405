/** Moved to renderer/components/format-date.ts, where every screen finds it; kept for older imports. */
export { formatDate } from '../components/format-date.ts';
