// Offline use: registers the service worker that keeps the shell and the runbooks, and every page
// once visited. When a newer version of the site has been deployed, the reader is offered a
// reload, rather than being left on the old copy or reloaded in the middle of typing.
const prompt = document.querySelector<HTMLElement>('[data-update-prompt]');
const status = document.querySelector<HTMLElement>('[data-update-status]');

async function register(prompt: HTMLElement, status: HTMLElement) {
  // Loaded after the page: Workbox's window module is not needed to read it.
  const { Workbox } = await import('workbox-window');
  const base = import.meta.env.BASE_URL;
  const workbox = new Workbox(`${base}sw.js`, { scope: base });
  workbox.addEventListener('waiting', () => {
    prompt.hidden = false;
    status.textContent = 'A new version of this guide is available: reload to use it.';
  });
  // The new version takes over, and the page reloads once it is in control.
  prompt.querySelector('[data-update-reload]')?.addEventListener('click', () => {
    workbox.addEventListener('controlling', () => window.location.reload());
    workbox.messageSkipWaiting();
  });
  prompt.querySelector('[data-update-later]')?.addEventListener('click', () => {
    prompt.hidden = true;
    status.textContent = '';
  });
  await workbox.register();
}

if (import.meta.env.PROD && 'serviceWorker' in navigator && prompt && status)
  void register(prompt, status);
