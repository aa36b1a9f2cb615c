/// <reference types="vite-plugin-pwa/vanillajs" />
// Offline use: registers the service worker that keeps the whole site (pages, assets, search
// index) after one visit. When a newer version of the site has been deployed, the reader is
// offered a reload, rather than being left on the old copy or reloaded in the middle of typing.
import { registerSW } from 'virtual:pwa-register';

const prompt = document.querySelector<HTMLElement>('[data-update-prompt]');
const status = document.querySelector<HTMLElement>('[data-update-status]');

if (import.meta.env.PROD && prompt && status) {
  const update = registerSW({
    onNeedRefresh() {
      prompt.hidden = false;
      status.textContent = 'A new version of this guide is available: reload to use it.';
    },
  });
  // The new version takes over, and the page reloads once it is in control.
  prompt.querySelector('[data-update-reload]')?.addEventListener('click', () => void update());
  prompt.querySelector('[data-update-later]')?.addEventListener('click', () => {
    prompt.hidden = true;
    status.textContent = '';
  });
}
