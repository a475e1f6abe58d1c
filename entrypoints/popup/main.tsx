import { render } from 'preact';
import { takeFirstScreen } from '@/lib/db/first-read';
import { App } from './App';

// The first screen is drawn once its data is read: the overview at once, and in the language
// chosen in the options. The read (lib/db/first-read.ts) began in first-read.js, before these
// modules loaded.
void takeFirstScreen().then((first) => render(<App first={first} />, document.getElementById('app')!));
