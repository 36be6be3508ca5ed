// The editors' page (editor.html): the editor panel, with the app's theme and base styles.
// First: zod without compiled parsers, before any schema is built (see jitless.ts), so the page
// works under a CSP with no 'unsafe-eval'.
import './jitless.ts';
import { mount } from 'svelte';
import '../app.css';
import EditorPanel from './EditorPanel.svelte';

const target = document.getElementById('editor');
if (!target) throw new Error('The page has no element with id "editor" to mount the panel into.');

export default mount(EditorPanel, { target });
