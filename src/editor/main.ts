// The editors' page (editor.html): the editor panel, with the app's theme and base styles.
import { mount } from 'svelte';
import * as z from 'zod';
import '../app.css';
import EditorPanel from './EditorPanel.svelte';

// Validate without compiling functions at run time, so the page works under a CSP with no
// 'unsafe-eval' (zod would otherwise probe `new Function` and report a violation).
z.config({ jitless: true });

const target = document.getElementById('editor');
if (!target) throw new Error('The page has no element with id "editor" to mount the panel into.');

export default mount(EditorPanel, { target });
