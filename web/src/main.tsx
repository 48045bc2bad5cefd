import { render } from 'preact';
import { Provider } from '@urql/preact';
import { App } from './App.tsx';
import { createFleetClient } from './client.ts';
import './styles.css';

const client = createFleetClient();

render(
  <Provider value={client}>
    <App />
  </Provider>,
  document.getElementById('app')!,
);
