// Builds the renderer into out/renderer, which Electron serves over app:// and the preview over
// loopback HTTP. Every URL in the output is relative, because app:// has no server root.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));

/**
 * The precompiled GOV.UK Frontend stylesheet, made fit for a council's own product: the GDS
 * Transport font and the crest are for GOV.UK services only, so the font becomes Arial and the
 * crest goes. Their URLs are also root-absolute (/assets/…), which would not resolve under app://.
 * Old Internet Explorer's `\0` media-query hacks go too: they are not valid CSS, and Vite's CSS
 * minifier (lightningcss) stops at them. The build fails if a new release brings any of these
 * back in a form this does not catch, rather than shipping it unnoticed.
 */
function govukFrontendForACouncil(): Plugin {
  return {
    name: 'prm:govuk-frontend-for-a-council',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/govuk-frontend/dist/govuk/govuk-frontend.min.css')) return null;
      const css = code
        .replace(/@font-face\{[^}]*\}/g, '')
        .replaceAll('GDS Transport,arial,sans-serif', 'arial,sans-serif')
        .replaceAll('url(/assets/images/govuk-crest.svg)', 'none')
        .replace(/@media[^{]*\\0[^{]*\{(?:[^{}]*\{[^{}]*\})*\}/g, '');
      if (css.includes('GDS Transport') || css.includes('url(/') || css.includes('\\0')) {
        throw new Error('govuk-frontend.min.css still names GDS Transport, a root-absolute URL or an IE hack: update prm:govuk-frontend-for-a-council in vite.config.ts for this release.');
      }
      return { code: css, map: null };
    },
  };
}

/**
 * Vite's dev server injects inline styles and an inline refresh script, which the page's
 * Content-Security-Policy rightly refuses. Only `vite` (serve) relaxes it; the built page keeps
 * the strict policy that Electron and the preview serve.
 */
function relaxPolicyForDevServer(): Plugin {
  return {
    name: 'prm:relax-policy-for-dev-server',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("script-src 'self'; style-src 'self'", "script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'");
    },
  };
}

export default defineConfig({
  root: path.join(repoRoot, 'renderer'),
  base: './',
  plugins: [govukFrontendForACouncil(), relaxPolicyForDevServer(), react()],
  build: {
    outDir: path.join(repoRoot, 'out/renderer'),
    emptyOutDir: true,
    // Nothing may be inlined as a data: URL script or style; fonts and images stay files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  server: {
    // `npx vite` beside a running preview (`npm run preview -- --demo --port 5174`): calls go to
    // the preview. Open Vite's address with the preview's `#token=…` on the end.
    proxy: {
      '/api/': {
        target: 'http://127.0.0.1:5174',
        changeOrigin: true,
        // The preview refuses calls from pages of other origins; here the dev server speaks for the page.
        configure: (proxy) => proxy.on('proxyReq', (request) => request.removeHeader('origin')),
      },
    },
  },
});
