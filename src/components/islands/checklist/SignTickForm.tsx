import { useState, type SubmitEvent } from 'react';
import type { Role } from '../../../lib/roles/roles.ts';
import { FormButtons } from '../common/FormButtons.tsx';
import { IdentityFields } from '../common/IdentityFields.tsx';

interface Props {
  roles: readonly Role[];
  onSign: (name: string, roleId: string) => void;
  onUnsigned: () => void;
  onCancel: () => void;
}

/**
 * Asked at a tick when nobody said who they are: a name signs it (and the next ones); a tick without
 * a name is a choice made here, never an accident.
 */
export function SignTickForm({ roles, onSign, onUnsigned, onCancel }: Props) {
  const [name, setName] = useState('');
  const [roleId, setRoleId] = useState('');
  const [problem, setProblem] = useState(false);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    if (name.trim() === '') setProblem(true);
    else onSign(name, roleId);
  }

  return (
    <form className="sign-tick-form" onSubmit={submit} noValidate>
      <p>
        Ticks are signed with your name, for the team and the export. It is kept in this browser.
      </p>
      <div className="identity-bar">
        <IdentityFields
          name={name}
          roleId={roleId}
          roles={roles}
          onNameChange={setName}
          onRoleChange={setRoleId}
          focusOnOpen
        />
      </div>
      {problem && (
        <p className="field-problem" role="alert">
          Type your name, or tick without a name.
        </p>
      )}
      <div className="form-actions">
        <FormButtons submitLabel="Sign and tick" onCancel={onCancel}>
          <button type="button" className="button" onClick={onUnsigned}>
            Tick without a name
          </button>
        </FormButtons>
      </div>
    </form>
  );
}
