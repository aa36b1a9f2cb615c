import { useEffect, useId, useRef, useState } from 'react';
import { applyBump } from '../../../lib/release-notes/changes/apply-bump.ts';
import { nextVersion } from '../../../lib/releases/next-version.ts';
import { RELEASE_TYPES, type ReleaseType } from '../../../lib/releases/release-run.ts';

interface Props {
  /** The previous run's version, to start from; the writer may type another. */
  defaultPrevious: string;
  /** No other run is known (here or, in team mode, in the team): there is no previous version to ask for. */
  firstRun: boolean;
  defaultType: ReleaseType;
  /** The field the suggestion goes into, for the button's name. */
  target: string;
  disabled: boolean;
  /** The release imported changes call for: it replaces the type chosen so far, and opens the helper. */
  suggested?: ReleaseType | undefined;
  onUse: (version: string) => void;
}

/** From the previous version and the release type, the next version, ready to put in the notes. */
export function VersionHelper({
  defaultPrevious,
  firstRun,
  defaultType,
  target,
  disabled,
  suggested,
  onUse,
}: Props) {
  const [previous, setPrevious] = useState<string | undefined>();
  const [type, setType] = useState<ReleaseType | undefined>();
  const [suggestionSeen, setSuggestionSeen] = useState(suggested);
  const details = useRef<HTMLDetailsElement>(null);
  if (suggestionSeen !== suggested) {
    setSuggestionSeen(suggested);
    setType(undefined);
  }
  useEffect(() => {
    if (suggested && details.current) details.current.open = true;
  }, [suggested]);
  const [tag, setTag] = useState('');
  const id = useId();
  const previousVersion = previous ?? defaultPrevious;
  // A suggestion goes through applyBump: before 1.0 a breaking change bumps the minor version.
  const fromSuggestion =
    !type && suggested && previousVersion.trim()
      ? applyBump(previousVersion, suggested, tag)
      : undefined;
  const result =
    fromSuggestion ??
    (previousVersion.trim() ? nextVersion(previousVersion, type ?? defaultType, tag) : undefined);
  const shownType: ReleaseType =
    type ?? (fromSuggestion?.ok ? fromSuggestion.bump : (suggested ?? defaultType));
  const problemIn = result && !result.ok ? result.input : undefined;
  const resultId = `${id}-result`;

  return (
    <details ref={details} className="version-helper needs-js" data-pagefind-ignore>
      <summary>Suggest the next version</summary>
      <div className="version-helper-inputs">
        <VersionField
          id={`${id}-previous`}
          label="Previous version"
          value={previousVersion}
          placeholder="2.4.0"
          disabled={disabled}
          problemId={problemIn === 'previous' ? resultId : undefined}
          onChange={setPrevious}
        />
        <div className="field">
          <label htmlFor={`${id}-type`}>Release type</label>
          <select
            id={`${id}-type`}
            value={shownType}
            aria-describedby={!type && suggested ? `${id}-suggested` : undefined}
            disabled={disabled}
            onChange={(event) => setType(event.target.value as ReleaseType)}
          >
            {RELEASE_TYPES.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
          {!type && suggested && (
            <p className="field-hint" id={`${id}-suggested`}>
              Suggested from the imported changes: {suggested}.
            </p>
          )}
        </div>
        <VersionField
          id={`${id}-tag`}
          label="Pre-release tag (optional)"
          value={tag}
          placeholder="rc"
          disabled={disabled}
          problemId={problemIn === 'tag' ? resultId : undefined}
          onChange={setTag}
        />
      </div>
      <div className="version-helper-result">
        <p id={resultId} className={problemIn ? 'field-problem' : undefined} aria-live="polite">
          {!result ? (
            firstRun ? (
              'No earlier release run: this is the first. Type the previous version if there was one.'
            ) : (
              'Enter the previous version to get a suggestion.'
            )
          ) : result.ok ? (
            <>
              Next version: <strong>{result.version}</strong>
            </>
          ) : (
            result.problem
          )}
        </p>
        {result?.ok && (
          <button
            type="button"
            className="button button-small"
            onClick={() => onUse(result.version)}
          >
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
function VersionField({
  id,
  label,
  value,
  placeholder,
  disabled,
  problemId,
  onChange,
}: VersionFieldProps) {
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
