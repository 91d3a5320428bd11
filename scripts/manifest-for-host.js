/**
 * The deployable manifest: manifest.xml (which points at the development server) with every URL
 * moved under the address the add-in is hosted at. Used by webpack.config.js for
 * `npm run build -- --env publicUrl=https://…/`, and by test/manifest.
 */
'use strict';

const DEV_ORIGIN = 'https://localhost:3000';

/**
 * Checks and normalises a hosting address: an absolute https URL (Office loads add-ins only
 * over HTTPS), no query or fragment (they would end up between the folder and the file names),
 * ending in one slash so that file names can be appended.
 */
function normalisePublicUrl(text) {
  let url;
  try {
    url = new URL(String(text).trim());
  } catch {
    throw new Error(`publicUrl must be an absolute address such as https://reports.example.gov.uk/csc/, got "${text}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`publicUrl must start with https:// (Office loads add-ins only over HTTPS), got "${text}"`);
  if (url.search || url.hash) throw new Error(`publicUrl must not have a query or a fragment, got "${text}"`);
  return `${url.origin}${url.pathname.replace(/\/*$/, '/')}`;
}

/**
 * manifest.xml's text with every `https://localhost:3000/…` moved under `publicUrl` (already
 * normalised), and the development note at the top replaced by one saying where it was built for.
 */
function manifestForHost(content, publicUrl) {
  const text = String(content);
  // No address in the note: an XML comment may not hold "--", which a host name can (xn--…).
  const note = `<!--\n  Children's Services Report Builder: Excel task-pane add-in (XML manifest).\n  Built for hosting by npm run build with the publicUrl setting: every URL below is under the\n  address where dist/ is hosted.\n-->`;
  return text.replace(/<!--[\s\S]*?-->/, note).split(`${DEV_ORIGIN}/`).join(publicUrl);
}

module.exports = { DEV_ORIGIN, normalisePublicUrl, manifestForHost };
