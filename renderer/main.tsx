// First: no schema may be made before zod is told not to use eval (zod-without-eval.ts).
import './zod-without-eval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './styles/council-product.css';
import { takePreviewTokenFromAddress } from './api/preview-token.ts';
import { App } from './App.tsx';

// Before anything renders, so the token leaves the address bar at once.
takePreviewTokenFromAddress();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
