// The editors' page (editor.html): the editor panel, with the app's theme and base styles.
// First: zod without compiled parsers, before any schema is built (see jitless.ts), so the page
// works under a CSP with no 'unsafe-eval'.
import './jitless.ts';
import { mount } from 'svelte';
import '../app.css';
import './editor.css';
import { BASE_LANG, chooseLang, langNotices, m } from '../i18n/lang.ts';
import EditorPanel from './EditorPanel.svelte';

const target = document.getElementById('editor');
if (!target) throw new Error('The page has no element with id "editor" to mount the panel into.');

// The interface's language: `lang=` in the address (the page has one HTML file, in English); a
// value with no catalog gives English, and the notice says so in the status line.
const language = chooseLang(location.search, BASE_LANG);
document.documentElement.lang = language;
document.title = m.editor_page_title();

export default mount(EditorPanel, { target, props: { notices: langNotices() } });
