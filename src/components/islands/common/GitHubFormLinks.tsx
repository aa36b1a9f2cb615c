// The hand-off to GitHub: its release or issue form, already filled in, opened in a new tab by a link
// the person clicks (after GitHubHandOff's button). Nothing is sent by itself. The text travels in the address, which GitHub limits:
// past the limit the link says so and offers Copy, and the form without the text.
import { useEffect, useId, useRef, useState } from 'react';
import {
  GITHUB_URL_LIMIT,
  type GithubFormLink,
} from '../../../lib/release-notes/changes/repository-links.ts';
import { copyText } from './file-actions.ts';

export interface GitHubForm {
  /** The link's words: "Open the release form on GitHub", or an action item's text. */
  label: string;
  /** The form with everything filled in, and the same form without `body` (for when it is too long). */
  link: GithubFormLink;
  short: GithubFormLink;
  body: string;
}

interface Props {
  /** What the links are for, as the list's name: "Create GitHub release". */
  action: string;
  /** Builds the forms (loading the exporter on first use); run again whenever `watch` changes. */
  prepare: () => Promise<GitHubForm[]>;
  watch: unknown;
  /** One form (the release): opened in a new tab as soon as it is made, so that one click reaches GitHub. */
  openAtOnce?: boolean;
}

const NEW_TAB = ' (opens GitHub in a new tab)';

function FormLink({ form, onCopy }: { form: GitHubForm; onCopy: (body: string) => void }) {
  if (!form.link.ok) return <p>{form.link.problem}</p>;
  if (!form.link.tooLong) {
    return (
      <a href={form.link.url} target="_blank" rel="noopener" data-github-form>
        {form.label}
        <span className="visually-hidden">{NEW_TAB}</span>
      </a>
    );
  }
  return (
    <p>
      {form.label}: the text makes an address of {form.link.length.toLocaleString('en')} characters,
      more than GitHub accepts ({GITHUB_URL_LIMIT.toLocaleString('en')}). Copy it, then paste it
      into{' '}
      {form.short.ok ? (
        <a href={form.short.url} target="_blank" rel="noopener">
          GitHub’s form<span className="visually-hidden">{NEW_TAB}</span>
        </a>
      ) : (
        'GitHub’s form'
      )}
      .{' '}
      <button type="button" className="button button-small" onClick={() => onCopy(form.body)}>
        Copy
      </button>
    </p>
  );
}

export function GitHubFormLinks({ action, prepare, watch, openAtOnce = false }: Props) {
  const [forms, setForms] = useState<GitHubForm[] | undefined>();
  const [status, setStatus] = useState('');
  const [manualCopy, setManualCopy] = useState<string | undefined>();
  const list = useRef<HTMLUListElement>(null);
  const manualId = useId();
  // The forms are made again when `watch` changes, with the latest `prepare` (a new function each
  // render): kept by the effect before the one that uses it, which runs first after each render.
  const prepareLatest = useRef(prepare);
  useEffect(() => {
    prepareLatest.current = prepare;
  });

  // Opened once, on the click that asked for it (the link stays, to open it again).
  const opened = useRef(!openAtOnce);
  useEffect(() => {
    let current = true;
    prepareLatest.current().then(
      (made) => {
        if (!current) return;
        setForms(made);
        const link = made[0]?.link;
        if (opened.current) return;
        // Only on the first answer: never later, while the notes are being edited.
        opened.current = true;
        if (!link?.ok || link.tooLong) return;
        window.open(link.url, '_blank', 'noopener');
        setStatus('GitHub’s form is opening in a new tab; the link above opens it again.');
      },
      () => current && setStatus('The links could not be made: reload the page and try again.'),
    );
    return () => {
      current = false;
    };
  }, [watch]);
  // The button that asked for the links is gone: the focus moves to the first of them.
  useEffect(() => {
    if (forms && document.activeElement === document.body)
      list.current?.querySelector<HTMLElement>('a, button')?.focus();
  }, [forms]);

  async function copy(body: string) {
    const copied = await copyText(body);
    setManualCopy(copied ? undefined : body);
    setStatus(
      copied
        ? 'Copied. Paste it into GitHub’s form.'
        : 'This browser did not allow copying: select the text below and copy it.',
    );
  }

  return (
    <div className="github-links">
      {forms && (
        <ul ref={list} aria-label={action}>
          {forms.map((form, index) => (
            <li key={index}>
              <FormLink form={form} onCopy={copy} />
            </li>
          ))}
        </ul>
      )}
      <p role="status">{status}</p>
      {manualCopy !== undefined && (
        <>
          <label className="visually-hidden" htmlFor={manualId}>
            Text for GitHub’s form
          </label>
          <textarea
            id={manualId}
            className="manual-copy"
            readOnly
            value={manualCopy}
            rows={8}
            onFocus={(event) => event.currentTarget.select()}
          />
        </>
      )}
    </div>
  );
}
