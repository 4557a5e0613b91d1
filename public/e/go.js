// A share page (e/<id>/) is for link previews and for readers without JavaScript; with it, go on into the app.
// External, not inline, so that a Content-Security-Policy without 'unsafe-inline' allows it.
const appUrl = document.documentElement.dataset.appUrl;
if (appUrl) location.replace(new URL(appUrl, location.href));
