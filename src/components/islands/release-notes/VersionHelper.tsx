import { useId, useState } from 'react';
import { nextVersion } from '../../../lib/releases/next-version.ts';
import { RELEASE_TYPES, type ReleaseType } from '../../../lib/releases/release-run.ts';

interface Props {
  /** The previous run's version, to start from; the writer may type another. */
  defaultPrevious: string;
  defaultType: ReleaseType;
  /** The field the suggestion goes into, for the button's name. */
  target: string;
  disabled: boolean;
  onUse: (version: string) => void;
}

/** From the previous version and the release type, the next version, ready to put in the notes. */
export function VersionHelper({ defaultPrevious, defaultType, target, disabled, onUse }: Props) {
  const [previous, setPrevious] = useState<string | undefined>();
  const [type, setType] = useState<ReleaseType | undefined>();
  const [tag, setTag] = useState('');
  const id = useId();
  const previousVersion = previous ?? defaultPrevious;
  const result = previousVersion.trim() ? nextVersion(previousVersion, type ?? defaultType, tag) : undefined;
  const problemIn = result && !result.ok ? result.input : undefined;
  const resultId = `${id}-result`;

  return (
    <details className="version-helper needs-js" data-pagefind-ignore>
      <summary>Suggest the next version</summary>
      <div className="version-helper-inputs">
        <VersionField id={`${id}-previous`} label="Previous version" value={previousVersion} placeholder="2.4.0" disabled={disabled} problemId={problemIn === 'previous' ? resultId : undefined} onChange={setPrevious} />
        <div className="field">
          <label htmlFor={`${id}-type`}>Release type</label>
          <select id={`${id}-type`} value={type ?? defaultType} disabled={disabled} onChange={(event) => setType(event.target.value as ReleaseType)}>
            {RELEASE_TYPES.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <VersionField id={`${id}-tag`} label="Pre-release tag (optional)" value={tag} placeholder="rc" disabled={disabled} problemId={problemIn === 'tag' ? resultId : undefined} onChange={setTag} />
      </div>
      <div className="version-helper-result">
        <p id={resultId} className={problemIn ? 'field-problem' : undefined} aria-live="polite">
          {!result ? 'Enter the previous version to get a suggestion.' : result.ok ? <>Next version: <strong>{result.version}</strong></> : result.problem}
        </p>
        {result?.ok && (
          <button type="button" className="button button-small" onClick={() => onUse(result.version)}>
            Use {result.version}
            <span className="visually-hidden"> in {target}</span>
          </button>
        )}
      </div>
    </details>
  );
}

interface VersionFieldProps {
  id: string;
  label: string;
  value: string;
  placeholder: string;
  disabled: boolean;
  /** The id of the message that says what is wrong with this field, when something is. */
  problemId: string | undefined;
  onChange: (value: string) => void;
}

/** A version or tag field: typed as code, never corrected by the browser. */
function VersionField({ id, label, value, placeholder, disabled, problemId, onChange }: VersionFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        readOnly={disabled}
        aria-invalid={problemId !== undefined || undefined}
        aria-describedby={problemId}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
