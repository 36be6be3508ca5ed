// The editors' page (editor.html): the editor panel, with the app's theme and base styles.
import { mount } from 'svelte';
import '../app.css';
import EditorPanel from './EditorPanel.svelte';

const target = document.getElementById('editor');
if (!target) throw new Error('The page has no element with id "editor" to mount the panel into.');

export default mount(EditorPanel, { target });
