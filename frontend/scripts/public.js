/*
 * The public site's only script, and it is optional: every page works without it. It adds to each
 * deadline (a <time> element with data-local) the time in the visitor's own time zone, when that
 * differs from the challenge's official zone shown by the server.
 */
document.addEventListener('DOMContentLoaded', () => {
  const language = document.documentElement.lang || 'en';
  for (const time of document.querySelectorAll('time[data-local][datetime]')) {
    const instant = new Date(time.getAttribute('datetime'));
    const official = time.dataset.zone;
    if (isNaN(instant) || !official) continue;
    let viewer;
    try {
      viewer = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const offset = zone => new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
        .formatToParts(instant).find(part => part.type === 'timeZoneName').value;
      if (!viewer || offset(viewer) === offset(official)) continue;
    } catch (unknownZone) {
      continue;
    }
    const local = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(instant);
    const note = document.createElement('span');
    note.className = 'local-time';
    note.textContent = ' · ' + time.dataset.local.replace('{0}', local);
    time.after(note);
  }
});
