/**
 * Platforms as hubs of the map (PRODUCT.md: X, LinkedIn, Reddit and each subreddit, …,
 * face to face), derived from people's `platforms` and sources' `platform`. Names are
 * compared without case, spaces or dashes, with a few common aliases ("twitter" is X).
 */

const ALIASES: Record<string, string> = {
  twitter: 'x',
  'x.com': 'x',
  'twitter.com': 'x',
  yt: 'youtube',
  'in person': 'face to face',
  'in-person': 'face to face',
  f2f: 'face to face',
  'face-to-face': 'face to face',
  ig: 'instagram',
  fb: 'facebook',
};

const LABELS: Record<string, string> = {
  x: 'X',
  linkedin: 'LinkedIn',
  reddit: 'Reddit',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  instagram: 'Instagram',
  facebook: 'Facebook',
  slack: 'Slack',
  discord: 'Discord',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  podcast: 'Podcasts',
  ted: 'TED',
  'face to face': 'Face to face',
  email: 'Email',
};

/** The key a platform name is known by: lower case, single spaces, aliases folded. */
export function platformKey(name: string): string {
  const key = name.trim().toLowerCase().replace(/[\s_]+/g, ' ');
  return ALIASES[key] ?? ALIASES[key.replace(/ /g, '-')] ?? key;
}

/** A name to show: the known spelling, else the words capitalised ("apa-psycinfo" → "Apa psycinfo"). */
export function platformLabel(key: string): string {
  const known = LABELS[key];
  if (known) return known;
  const words = key.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A community within a platform (a subreddit, a Slack workspace, a club met face to face). */
export function communityKey(platform: string, community: string): string {
  return `${platformKey(platform)}/${community.trim().toLowerCase().replace(/\s+/g, ' ')}`;
}
