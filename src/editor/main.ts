// Placeholder entry for the editors' page; the editor panel replaces this.
const target = document.getElementById('editor');
if (target) target.textContent = 'The editor panel is being built.';
