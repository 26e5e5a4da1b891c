fetch('/api/tasks').then((r) => r.json()).then((tasks) => {
  document.getElementById('tasks').innerHTML = tasks.map((t) => `<li>${t.title}</li>`).join('');
});
