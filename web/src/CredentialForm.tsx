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
      <input id="credential" type="password" autocomplete="off" value={value} onInput={(event) => setValue(event.currentTarget.value)} required />
      <button type="submit">Sign in</button>
      <p class="hint">Kept in this tab's memory only, sent in the Authorization header: a reload or Sign out forgets it.</p>
    </form>
  );
}
