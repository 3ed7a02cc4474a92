/**
 * Platform names as the network views show them: the map's spelling (shared/graph/platforms.ts),
 * plus the platforms sources live on that the map has no label for yet.
 */
import { platformKey, platformLabel } from '../../../../shared/graph/platforms';

const MORE_LABELS: Readonly<Record<string, string>> = {
  'apa-psycinfo': 'APA PsycInfo',
  'apple-podcasts': 'Apple Podcasts',
  arxiv: 'arXiv',
  doi: 'DOI',
  library: 'Library',
  medium: 'Medium',
  spotify: 'Spotify',
  substack: 'Substack',
  vimeo: 'Vimeo',
};

export { platformKey };

/** The label for a platform name as written ("LinkedIn", "linkedin", "apa-psycinfo"…). */
export function platformName(name: string): string {
  const key = platformKey(name);
  return MORE_LABELS[key] ?? platformLabel(key);
}
