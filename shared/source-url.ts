/**
 * A pasted or imported address → what kind of source it is, where it lives, and a title to
 * start with when the page cannot be fetched (issue 4, § Sources). Pure: no network, no I/O.
 *
 * URLs are data (QUALITY.md, hostile URLs): `checkWebUrl` parses with `new URL()` and keeps
 * only http(s) with a host; `javascript:`, `data:`, `file:`, `vbscript:`, Windows network
 * paths (`\\host\share`) and everything else come back with a sentence saying why. Hosts are
 * compared after parsing, never by substring (`youtube.com.evil.example` is not YouTube).
 *
 * Decisions:
 * - A bare domain with a path (`youtube.com/watch?v=x`, what people copy from an address
 *   bar) is read as https; anything else without a scheme is refused.
 * - Addresses with a user name or password (`https://youtube.com@evil.example/`) are refused:
 *   they exist to make a link look like another host.
 * - Platform names are lower-case, as `entities.ts` stores them: youtube, reddit, linkedin,
 *   x (twitter.com too), tiktok, doi, apple-podcasts, spotify, podcast (other podcast
 *   hosts), instagram, facebook, slack, vimeo, arxiv, apa-psycinfo, medium, substack.
 *   Other sites have no platform (null): the host is not a platform.
 * - Kinds: a subreddit, group or workspace is a community; a single post, tweet or comment
 *   thread is a post; YouTube, TikTok, Vimeo and Instagram reels are videos; a profile page
 *   (a person, not a thing to read) is `other`; doi.org and arXiv are papers; everything
 *   else is an article.
 * - The title guess is the most word-like part of the path (`why_decodable_texts_work` →
 *   "Why decodable texts work"); where the path has none, a description of the page
 *   ("YouTube video dQw4w9WgXcQ", "@maya on X"), else the host.
 * - `sourceUrlKey` is the identity used to find duplicates: scheme ignored (http and https
 *   of one page are one page), host without case and without `www.`/`m.`, no default port,
 *   no fragment, no `utm_*` (and other click-tracking) parameters, no trailing slash;
 *   `dx.doi.org` is `doi.org`, and a DOI's case is ignored (DOIs are case-insensitive).
 */
import type { SourceKind } from './types';

export interface SourceGuess {
  /** The address in parsed form (`URL.href`). */
  url: string;
  kind: SourceKind;
  platform: string | null;
  /** A community inside the platform, e.g. 'r/scienceofreading'. */
  community?: string;
  titleGuess: string;
}

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: string };

const MAX_URL_LENGTH = 4096;
const BARE_DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Parses an address and keeps it only when it is http(s) with a host. */
export function checkWebUrl(raw: string): UrlCheck {
  // The URL parser drops tabs and newlines anywhere and spaces at the ends; so do we, first,
  // so that "java\nscript:" is judged as the browser would read it.
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const text = raw.replace(/[\u0000-\u0020\u007f]+$|^[\u0000-\u0020\u007f]+/g, '').replace(/[\t\n\r]/g, '');
  if (text === '') return { ok: false, reason: 'it has no address' };
  if (text.length > MAX_URL_LENGTH) return { ok: false, reason: `the address is longer than ${MAX_URL_LENGTH} characters` };
  if (/^[\\/]{2}/.test(text)) return { ok: false, reason: 'it is a network path (\\\\host\\share), not a web address; only http and https addresses are kept' };
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  let candidate = text;
  if (scheme === undefined || (BARE_DOMAIN.test(text) && !text.includes('//'))) {
    if (!BARE_DOMAIN.test(text)) return { ok: false, reason: `"${shorten(text)}" is not a web address (http or https)` };
    candidate = `https://${text}`;
  } else if (scheme !== 'http' && scheme !== 'https') {
    return { ok: false, reason: schemeReason(scheme) };
  }
  if (!URL.canParse(candidate)) return { ok: false, reason: `"${shorten(text)}" is not a valid web address` };
  const url = new URL(candidate);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: schemeReason(url.protocol.slice(0, -1)) };
  if (url.hostname === '') return { ok: false, reason: `"${shorten(text)}" has no host` };
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'the address hides its real host behind a user name ("name@host"), a common trick; it is not kept' };
  }
  return { ok: true, url };
}

function schemeReason(scheme: string): string {
  switch (scheme) {
    case 'javascript':
    case 'vbscript':
      return `it is a ${scheme}: link, which runs code instead of opening a page; only http and https addresses are kept`;
    case 'data':
      return 'it is a data: address (content packed into the link), not a page; only http and https addresses are kept';
    case 'file':
      return 'it points to a file on a computer (file:), not a web page; only http and https addresses are kept';
    default:
      return `it is a ${scheme}: address, not a web page; only http and https addresses are kept`;
  }
}

function shorten(text: string): string {
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  const printable = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return printable.length > 60 ? `${printable.slice(0, 60)}…` : printable;
}

// ---- hosts -----------------------------------------------------------------------------------

/** The host without case, trailing dot, or a leading www./m./mobile. */
function siteOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.$/, '').replace(/^(?:www|m|mobile)\./, '');
}

/** True for `domain` itself and its subdomains (never for `domain.evil.example`). */
function onDomain(site: string, domain: string): boolean {
  return site === domain || site.endsWith(`.${domain}`);
}

function segmentsOf(url: URL): string[] {
  return url.pathname.split('/').filter((s) => s !== '').map(safeDecode);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

// ---- titles ----------------------------------------------------------------------------------

const PAGE_EXTENSION = /\.(?:html?|php\d?|aspx?|jsp|cfm|shtml|pdf|md)$/i;

/** True for segments that name a page in words rather than an id. */
function wordy(segment: string): boolean {
  const words = segment.replace(PAGE_EXTENSION, '').split(/[-_+.\s]+/).filter((w) => w !== '');
  if (words.length === 0) return false;
  if (words.length === 1) {
    const [word = ''] = words;
    // A single token: an id unless it reads like a word (letters, at most a trailing number).
    return /^\p{L}{3,}\d{0,4}$/u.test(word) && !/^[0-9a-f]{8,}$/i.test(word);
  }
  return words.some((w) => /\p{L}{2,}/u.test(w));
}

function wordsOf(segment: string): string {
  const text = segment.replace(PAGE_EXTENSION, '').replace(/[-_+]+/g, ' ').replace(/\s+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The most word-like path segment, read as words; null when the path has none. */
export function titleFromPath(url: URL, skip: readonly string[] = []): string | null {
  const segments = segmentsOf(url).filter((s) => !skip.includes(s.toLowerCase()));
  for (let i = segments.length - 1; i >= 0; i -= 1) {
    const segment = segments[i] ?? '';
    if (wordy(segment)) return wordsOf(segment);
  }
  return null;
}

// ---- platforms -------------------------------------------------------------------------------

type Rule = (url: URL, site: string, parts: string[]) => Omit<SourceGuess, 'url'> | null;

const youtube: Rule = (url, site, parts) => {
  if (!(onDomain(site, 'youtube.com') || site === 'youtu.be' || onDomain(site, 'youtube-nocookie.com'))) return null;
  const base = { platform: 'youtube', kind: 'video' as const };
  if (site === 'youtu.be' && parts[0]) return { ...base, titleGuess: `YouTube video ${parts[0]}` };
  const [first = '', second] = parts;
  const id = url.searchParams.get('v');
  if (first === 'watch' && id) return { ...base, titleGuess: `YouTube video ${id}` };
  if ((first === 'shorts' || first === 'live' || first === 'embed') && second) return { ...base, titleGuess: `YouTube video ${second}` };
  const list = url.searchParams.get('list');
  if (first === 'playlist' && list) return { ...base, titleGuess: `YouTube playlist ${list}` };
  if (first.startsWith('@')) return { ...base, titleGuess: `${first} on YouTube` };
  if ((first === 'channel' || first === 'c' || first === 'user') && second) return { ...base, titleGuess: `${second} on YouTube` };
  return { ...base, titleGuess: 'YouTube' };
};

const reddit: Rule = (_url, site, parts) => {
  if (!(onDomain(site, 'reddit.com') || site === 'redd.it')) return null;
  if (site === 'redd.it') return { platform: 'reddit', kind: 'post', titleGuess: 'Reddit post' };
  const [first = '', name, third, , slug] = parts;
  if ((first === 'r' || first === 'R') && name) {
    const community = `r/${name}`;
    if (third === 'comments') {
      const title = slug && wordy(slug) ? wordsOf(slug) : `Post in ${community}`;
      return { platform: 'reddit', kind: 'post', community, titleGuess: title };
    }
    if (third === 's' || third === 'wiki') return { platform: 'reddit', kind: 'post', community, titleGuess: `Post in ${community}` };
    return { platform: 'reddit', kind: 'community', community, titleGuess: community };
  }
  if ((first === 'u' || first === 'user') && name) return { platform: 'reddit', kind: 'other', titleGuess: `u/${name} on Reddit` };
  return { platform: 'reddit', kind: 'community', titleGuess: 'Reddit' };
};

const linkedin: Rule = (url, site, parts) => {
  if (!onDomain(site, 'linkedin.com') && site !== 'lnkd.in') return null;
  const base = { platform: 'linkedin' };
  const [first = '', second = ''] = parts;
  if (first === 'in' && second) return { ...base, kind: 'other', titleGuess: `${second} on LinkedIn` };
  if (first === 'posts' && second) {
    // posts/<author>_<words>-activity-<id>-<hash>
    const cut = second.replace(/-(?:activity|ugcpost|share)-\d+.*$/i, '');
    const underscore = cut.indexOf('_');
    const author = underscore > 0 ? cut.slice(0, underscore) : null;
    const words = underscore > 0 ? cut.slice(underscore + 1) : cut;
    const title = wordy(words) ? wordsOf(words) : 'LinkedIn post';
    return { ...base, kind: 'post', titleGuess: author ? `${title} (post by ${author})` : title };
  }
  if (first === 'feed' || first === 'embed') return { ...base, kind: 'post', titleGuess: 'LinkedIn post' };
  if (first === 'pulse' && second) {
    const words = second.replace(/-[a-z0-9]{4,8}$/i, '').replace(/-\d+$/, '');
    return { ...base, kind: 'article', titleGuess: wordy(words) ? wordsOf(words) : 'LinkedIn article' };
  }
  if (first === 'groups') return { ...base, kind: 'community', titleGuess: 'LinkedIn group' };
  if (first === 'learning') return { ...base, kind: 'course', titleGuess: titleFromPath(url, ['learning']) ?? 'LinkedIn Learning course' };
  if (first === 'events') return { ...base, kind: 'webinar', titleGuess: titleFromPath(url, ['events']) ?? 'LinkedIn event' };
  if (first === 'company' && second) return { ...base, kind: 'other', titleGuess: `${second} on LinkedIn` };
  return { ...base, kind: 'other', titleGuess: 'LinkedIn' };
};

const x: Rule = (_url, site, parts) => {
  if (!(onDomain(site, 'x.com') || onDomain(site, 'twitter.com'))) return null;
  const [user = '', second, third] = parts;
  if (user === 'i' && second === 'communities') return { platform: 'x', kind: 'community', titleGuess: 'Community on X' };
  if (user === 'i' && second === 'spaces') return { platform: 'x', kind: 'webinar', titleGuess: 'Space on X' };
  if (second === 'status' && third) return { platform: 'x', kind: 'post', titleGuess: user === 'i' ? 'Post on X' : `Post by @${user} on X` };
  if (user && user !== 'i' && user !== 'home' && user !== 'search') return { platform: 'x', kind: 'other', titleGuess: `@${user} on X` };
  return { platform: 'x', kind: 'post', titleGuess: 'X' };
};

const tiktok: Rule = (_url, site, parts) => {
  if (!onDomain(site, 'tiktok.com')) return null;
  const [user = '', second, third] = parts;
  if (user.startsWith('@') && second === 'video' && third) return { platform: 'tiktok', kind: 'video', titleGuess: `TikTok video by ${user}` };
  if (user.startsWith('@') && !second) return { platform: 'tiktok', kind: 'other', titleGuess: `${user} on TikTok` };
  return { platform: 'tiktok', kind: 'video', titleGuess: 'TikTok video' };
};

const doi: Rule = (url, site) => {
  if (site !== 'doi.org' && site !== 'dx.doi.org') return null;
  const name = safeDecode(url.pathname.slice(1));
  return { platform: 'doi', kind: 'paper', titleGuess: name ? `DOI ${name}` : 'DOI' };
};

const applePodcasts: Rule = (url, site, parts) => {
  if (site !== 'podcasts.apple.com' && site !== 'itunes.apple.com') return null;
  if (site === 'itunes.apple.com' && !parts.includes('podcast')) return null;
  const show = parts.find((p, i) => parts[i - 1] === 'podcast' && wordy(p));
  return { platform: 'apple-podcasts', kind: 'podcast', titleGuess: show ? wordsOf(show) : (titleFromPath(url, ['podcast']) ?? 'Podcast on Apple Podcasts') };
};

const spotify: Rule = (_url, site, parts) => {
  if (site !== 'open.spotify.com' && site !== 'spotify.com') return null;
  const kind = parts.find((p) => p === 'episode' || p === 'show');
  if (kind === 'episode') return { platform: 'spotify', kind: 'podcast', titleGuess: 'Podcast episode on Spotify' };
  if (kind === 'show') return { platform: 'spotify', kind: 'podcast', titleGuess: 'Podcast on Spotify' };
  return { platform: 'spotify', kind: 'other', titleGuess: 'Spotify' };
};

const PODCAST_HOSTS = [
  'overcast.fm', 'pca.st', 'pocketcasts.com', 'castbox.fm', 'podbean.com', 'anchor.fm', 'buzzsprout.com', 'libsyn.com',
  'simplecast.com', 'transistor.fm', 'podcasts.google.com', 'castro.fm', 'podcastaddict.com', 'player.fm', 'megaphone.fm',
  'captivate.fm', 'podchaser.com', 'iheart.com', 'audioboom.com', 'soundcloud.com',
];

const podcastHost: Rule = (url, site) => {
  if (!PODCAST_HOSTS.some((host) => onDomain(site, host))) return null;
  return { platform: 'podcast', kind: 'podcast', titleGuess: titleFromPath(url, ['episodes', 'episode', 'podcast']) ?? site };
};

const instagram: Rule = (_url, site, parts) => {
  if (!onDomain(site, 'instagram.com') && site !== 'instagr.am') return null;
  const [first = '', second] = parts;
  if ((first === 'reel' || first === 'reels' || first === 'tv') && second) return { platform: 'instagram', kind: 'video', titleGuess: `Instagram video ${second}` };
  if (first === 'p' && second) return { platform: 'instagram', kind: 'post', titleGuess: `Instagram post ${second}` };
  if (first && first !== 'explore') return { platform: 'instagram', kind: 'other', titleGuess: `@${first} on Instagram` };
  return { platform: 'instagram', kind: 'post', titleGuess: 'Instagram' };
};

const facebook: Rule = (url, site, parts) => {
  if (!(onDomain(site, 'facebook.com') || site === 'fb.com' || site === 'fb.watch')) return null;
  const [first = '', second] = parts;
  if (site === 'fb.watch' || first === 'watch' || parts.includes('videos') || first === 'reel') {
    return { platform: 'facebook', kind: 'video', titleGuess: 'Facebook video' };
  }
  if (first === 'groups' && second) {
    const group = wordy(second) ? wordsOf(second) : second;
    return parts.includes('posts') || parts.includes('permalink')
      ? { platform: 'facebook', kind: 'post', community: `groups/${second}`, titleGuess: `Post in ${group} (Facebook group)` }
      : { platform: 'facebook', kind: 'community', community: `groups/${second}`, titleGuess: `${group} (Facebook group)` };
  }
  if (first === 'events') return { platform: 'facebook', kind: 'webinar', titleGuess: 'Facebook event' };
  if (parts.includes('posts') || first === 'permalink.php' || first === 'story.php') return { platform: 'facebook', kind: 'post', titleGuess: 'Facebook post' };
  if (first) return { platform: 'facebook', kind: 'other', titleGuess: `${titleFromPath(url) ?? first} on Facebook` };
  return { platform: 'facebook', kind: 'post', titleGuess: 'Facebook' };
};

const slack: Rule = (_url, site, parts) => {
  if (!onDomain(site, 'slack.com')) return null;
  const workspace = site === 'slack.com' || site === 'app.slack.com' ? null : site.slice(0, -'.slack.com'.length);
  const label = workspace ? `${workspace} on Slack` : 'Slack';
  if (parts[0] === 'archives' && parts[2]) return { platform: 'slack', kind: 'post', ...(workspace ? { community: workspace } : {}), titleGuess: `Message in ${label}` };
  return { platform: 'slack', kind: 'community', ...(workspace ? { community: workspace } : {}), titleGuess: label };
};

const vimeo: Rule = (url, site) => (onDomain(site, 'vimeo.com') ? { platform: 'vimeo', kind: 'video', titleGuess: titleFromPath(url) ?? 'Vimeo video' } : null);

const arxiv: Rule = (url, site, parts) => {
  if (!onDomain(site, 'arxiv.org')) return null;
  const id = parts.slice(1).join('/').replace(/\.pdf$/i, '');
  return { platform: 'arxiv', kind: 'paper', titleGuess: id ? `arXiv ${id}` : (titleFromPath(url) ?? 'arXiv') };
};

const psycinfo: Rule = (url, site) =>
  site === 'psycnet.apa.org' ? { platform: 'apa-psycinfo', kind: 'paper', titleGuess: titleFromPath(url, ['record', 'fulltext', 'doilanding']) ?? 'APA PsycNet record' } : null;

const blogs: Rule = (url, site) => {
  const platform = onDomain(site, 'medium.com') ? 'medium' : onDomain(site, 'substack.com') ? 'substack' : null;
  if (!platform) return null;
  const title = titleFromPath(url);
  // Medium slugs end in a hex id: "my-post-title-1a2b3c4d5e6f".
  return { platform, kind: 'article', titleGuess: title ? title.replace(/ [0-9a-f]{8,12}$/, '') : site };
};

const RULES: readonly Rule[] = [
  youtube, reddit, linkedin, x, tiktok, doi, applePodcasts, spotify, podcastHost, instagram, facebook, slack, vimeo, arxiv, psycinfo, blogs,
];

function looksLikePodcastFeed(url: URL): boolean {
  return /(?:^|[./-])podcasts?(?:[./-]|$)/i.test(`${url.hostname}${url.pathname}`);
}

/** What kind of source an address is, on which platform, and a title to start with. Null for anything but http(s). */
export function inferSource(raw: string): SourceGuess | null {
  const check = checkWebUrl(raw);
  if (!check.ok) return null;
  const { url } = check;
  const site = siteOf(url);
  const parts = segmentsOf(url);
  for (const rule of RULES) {
    const guess = rule(url, site, parts);
    if (guess) return { url: url.href, ...guess };
  }
  const kind: SourceKind = looksLikePodcastFeed(url) ? 'podcast' : 'article';
  return { url: url.href, kind, platform: null, titleGuess: titleFromPath(url) ?? site };
}

// ---- identity ----------------------------------------------------------------------------------

const TRACKING_PARAMS = /^(?:utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|si|ref_src|_hsenc|_hsmi)$/i;

/**
 * The identity of an address for finding duplicates (see the module comment); null when it
 * is not an http(s) address.
 */
export function sourceUrlKey(raw: string): string | null {
  const check = checkWebUrl(raw);
  if (!check.ok) return null;
  const { url } = check;
  let site = siteOf(url);
  if (site === 'dx.doi.org') site = 'doi.org';
  if (site === 'twitter.com') site = 'x.com';
  const port = url.port ? `:${url.port}` : '';
  let path = url.pathname.replace(/\/+$/, '');
  if (site === 'doi.org') path = safeDecode(path).toLowerCase();
  const params = [...url.searchParams].filter(([name]) => !TRACKING_PARAMS.test(name));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  return `${site}${port}${path}${query}`;
}
