import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no element with id "app" to mount the map into.');

export default mount(App, {
  target,
  props: { embedded: target.dataset.embedded === 'true' },
});
