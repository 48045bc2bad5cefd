import { useState } from 'preact/hooks';

interface Props {
  /** True when the gateway refused the credential this tab signed in with (wrong, revoked or expired). */
  refused: boolean;
  onSubmit: (credential: string) => void;
}

/** Asks for an API key or token; it stays in this tab's memory only. */
export function CredentialForm({ refused, onSubmit }: Props) {
  const [value, setValue] = useState('');
  return (
    <form
      class="credentials"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(value);
        setValue('');
      }}
    >
      <p role="alert">{refused ? 'The gateway refused this API key or token, or it has expired: sign in again.' : 'This gateway needs an API key or token.'}</p>
      <label for="credential">API key or token</label>
      {/*
        A password field, so the key is masked, not spoken by screen readers and not copied out, but
        marked as a credential not to keep: browsers ignore autocomplete="off" on passwords, so it is
        one-time-code; the data- attributes are the opt-outs of 1Password, LastPass, Bitwarden and
        Dashlane. No name: nothing to file it under.
      */}
      <input
        id="credential"
        type="password"
        autocomplete="one-time-code"
        spellcheck={false}
        data-1p-ignore=""
        data-lpignore="true"
        data-bwignore=""
        data-form-type="other"
        value={value}
        onInput={(event) => setValue(event.currentTarget.value)}
        required
      />
      <button type="submit">Sign in</button>
      <p class="hint">Kept in this tab's memory only, sent in the Authorization header: a reload or Sign out forgets it.</p>
    </form>
  );
}
