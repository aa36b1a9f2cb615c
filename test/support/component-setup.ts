// Runs around every component test file.
import { cleanup } from '@testing-library/react';
import { cleanStores } from 'nanostores';
import { afterAll, afterEach, beforeAll } from 'vitest';
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

afterEach(cleanup);

// Nanostores stop a store one second after its last listener has gone, and a persistent store then
// unhooks itself from `window`. After the file's DOM is torn down that throws "window is not defined"
// into whatever test runs next: stop the stores now, while the DOM is still there.
afterAll(() => cleanStores(...createdDocuments().map((document) => document.store)));
