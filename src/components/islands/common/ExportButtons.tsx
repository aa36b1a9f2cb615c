import { useId, useState } from 'react';
import { copyText, downloadFile } from './file-actions.ts';

interface Props {
  /** What is exported, for the buttons' names: "deployment checklist". */
  label: string;
  fileName: string;
  getMarkdown: () => string | Promise<string>;
}

/** "Copy Markdown" and "Download Markdown", with a polite status line. When copying is refused, the text is shown to copy by hand. */
export function ExportButtons({ label, fileName, getMarkdown }: Props) {
  const [status, setStatus] = useState('');
  const [manualCopy, setManualCopy] = useState<string | undefined>();
  const manualId = useId();

  async function copy() {
    const markdown = await getMarkdown();
    if (await copyText(markdown)) {
      setManualCopy(undefined);
      setStatus(`Copied the ${label} as Markdown.`);
    } else {
      setManualCopy(markdown);
      setStatus('This browser did not allow copying: select the text below and copy it.');
    }
  }

  async function download() {
    downloadFile(fileName, await getMarkdown());
    setStatus(`Downloaded ${fileName}.`);
  }

  return (
    <div className="export-buttons">
      <button
        type="button"
        className="button"
        onClick={copy}
        aria-label={`Copy Markdown of the ${label}`}
      >
        Copy Markdown
      </button>
      <button
        type="button"
        className="button"
        onClick={download}
        aria-label={`Download Markdown of the ${label}`}
      >
        Download Markdown
      </button>
      <p className="export-status" role="status">
        {status}
      </p>
      {manualCopy !== undefined && (
        <>
          <label className="visually-hidden" htmlFor={manualId}>
            Markdown of the {label}
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
