import { useState } from 'preact/hooks';
import { hasCredential, setCredential } from './client.ts';

/** Asks for an API key or token; it stays in this tab's memory only. */
export function CredentialForm({ onSubmit }: { onSubmit: () => void }) {
  const [value, setValue] = useState('');
  return (
    <form
      class="credentials"
      onSubmit={(event) => {
        event.preventDefault();
        setCredential(value);
        setValue('');
        onSubmit();
      }}
    >
      <p role="alert">{hasCredential() ? 'The gateway refused this API key or token.' : 'This gateway needs an API key or token.'}</p>
      <label for="credential">API key or token</label>
      <input id="credential" type="password" autocomplete="off" value={value} onInput={(event) => setValue(event.currentTarget.value)} required />
      <button type="submit">Sign in</button>
      <p class="hint">Kept in this tab's memory only: a reload forgets it.</p>
    </form>
  );
}
