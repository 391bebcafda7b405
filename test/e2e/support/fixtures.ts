/**
 * The tests' own `test`: each test gets a fresh preview (set with `test.use({ previewOptions })`)
 * and a page that fails the test on any console error, so a Content-Security-Policy refusal or
 * a failed request cannot pass unnoticed.
 */
import { test as base, expect } from '@playwright/test';
import { startPreview, type PreviewOptions, type RunningPreview } from './preview.ts';

interface Fixtures {
  previewOptions: PreviewOptions;
  preview: RunningPreview;
}

export const test = base.extend<Fixtures>({
  previewOptions: [{}, { option: true }],
  preview: async ({ previewOptions }, use) => {
    const preview = await startPreview(previewOptions);
    try {
      await use(preview);
    } finally {
      await preview.stop();
    }
  },
  // Depends on the preview so that it is torn down first: the page polls app.status, and a
  // preview stopped under a still-open page would show up as a console error.
  page: async ({ page, preview }, use) => {
    void preview;
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await use(page);
    expect(problems, 'errors in the browser console').toEqual([]);
  },
});

export { expect };
