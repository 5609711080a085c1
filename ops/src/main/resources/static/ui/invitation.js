// An invitation link's secret (#/invite/SECRET, ADR 0021). It is taken out of the address at once with
// history.replaceState, so it stays in neither the address bar nor the history, and held here in memory only
// until the invitation screen opens it (a fragment is never sent to the server, nor in a Referer).

let secret = null;

/** If the address is an invitation link: keeps its secret and leaves #/invite in the address instead. */
export function takeFromAddress() {
  const found = /^#\/invite\/([A-Za-z0-9_-]{20,200})$/.exec(location.hash);
  if (!found) return;
  secret = found[1];
  history.replaceState(null, '', `${location.pathname}${location.search}#/invite`);
}

/** The secret, once. */
export function takeSecret() {
  const taken = secret;
  secret = null;
  return taken;
}
