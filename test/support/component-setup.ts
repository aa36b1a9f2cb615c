// Runs around every component test file.
import { cleanup } from '@testing-library/react';
import { cleanStores } from 'nanostores';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { preloadAllViews } from '../../src/components/islands/common/lazy-view.ts';
import { createdDocuments } from '../../src/stores/storage.ts';

// jsdom has <dialog> but not its modal methods.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});

// A page loads its lazily loaded views when idle, before anyone acts; tests act at once, so they are
// loaded before the file's tests run (a test of the loading itself makes views of its own).
beforeAll(() => preloadAllViews(), 30_000);

afterEach(cleanup);

// Nanostores stop a store one second after its last listener has gone, and a persistent store then
// unhooks itself from `window`. After the file's DOM is torn down that throws "window is not defined"
// into whatever test runs next: stop the stores now, while the DOM is still there.
afterAll(() => cleanStores(...createdDocuments().map((document) => document.store)));
