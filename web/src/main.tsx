import { render } from 'preact';
import { Session } from './Session.tsx';
import './styles.css';

render(<Session />, document.getElementById('app')!);
