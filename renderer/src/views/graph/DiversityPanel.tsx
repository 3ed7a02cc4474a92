/**
 * The diversity lens beside the map: per topic, where its sources come from; a topic fed by
 * one group (over 70% of at least 5 sources) is flagged, with bridges — people and sources
 * outside that group who share the topic. "Show" narrows the map to the topic; a bridge
 * finds its plant on the map.
 */
import { useMemo } from 'react';
import type { GardenSnapshot } from '../../../../shared/api';
import { diversityLens, type TopicLens } from '../../../../shared/graph/diversity-lens';
import { KindLabel } from '../../components/KindIcon';

interface Props {
  snapshot: GardenSnapshot;
  activeTag: string;
  onShowTopic(tag: string): void;
  onShowPlant(path: string): void;
}

const DIMENSION: Record<string, string> = { platform: 'platform', kind: 'kind of source', sharer: 'person sharing' };
const MAX_TOPICS = 40;

function spread(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 4)
    .map(([group, count]) => `${group} ${count}`)
    .join(', ');
}

function Topic({ topic, active, onShowTopic, onShowPlant }: { topic: TopicLens; active: boolean } & Pick<Props, 'onShowTopic' | 'onShowPlant'>) {
  const flag = topic.flagged;
  return (
    <li className={`diversity-topic${flag ? ' diversity-flagged' : ''}`} data-testid="diversity-topic" data-tag={topic.tag} data-flagged={flag ? 'true' : 'false'}>
      <div className="watering-head">
        <strong>#{topic.tag}</strong>
        <span className="muted">{topic.sourceCount === 1 ? '1 source' : `${topic.sourceCount} sources`}</span>
        <button type="button" className="graph-button" aria-pressed={active} onClick={() => onShowTopic(active ? '' : topic.tag)}>
          {active ? 'Show all' : 'Show'}
        </button>
      </div>
      {flag && (
        <p className="diversity-flag">
          One-sided: {Math.round(flag.share * 100)}% from one {DIMENSION[flag.dimension]}, {flag.group}.
        </p>
      )}
      <p className="muted diversity-spread">
        Platforms: {spread(topic.byPlatform)} · Kinds: {spread(topic.byKind)} · Shared by: {spread(topic.bySharer)}
      </p>
      {flag &&
        (topic.bridges.length ? (
          <ul className="diversity-bridges" aria-label={`Bridges for ${topic.tag}`}>
            {topic.bridges.map((bridge) => (
              <li key={bridge.path} data-testid="diversity-bridge">
                <KindLabel kind={bridge.kind} />
                <button type="button" className="watering-title plant-title" onClick={() => onShowPlant(bridge.path)} title="Show on the map">
                  {bridge.title}
                </button>
                <span className="muted">{bridge.why}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No one outside {flag.group} shares this topic yet: a new voice would balance it.</p>
        ))}
    </li>
  );
}

export function DiversityPanel({ snapshot, activeTag, onShowTopic, onShowPlant }: Props) {
  const topics = useMemo(() => {
    const all = diversityLens(snapshot);
    // Flagged first, then as the lens orders them (most sources).
    return [...all.filter((t) => t.flagged), ...all.filter((t) => !t.flagged)].slice(0, MAX_TOPICS);
  }, [snapshot]);
  const flagged = topics.filter((t) => t.flagged).length;
  return (
    <section className="panel" aria-labelledby="diversity-heading" data-testid="diversity-panel">
      <h2 id="diversity-heading">
        Diversity of sources <span className="count">{flagged}</span>
      </h2>
      <p className="muted">Where each topic’s sources come from; a topic fed mostly by one platform, kind or person is flagged.</p>
      {topics.length === 0 ? (
        <p className="empty">No tagged sources yet: tag sources with topics to see where each comes from.</p>
      ) : (
        <ul className="watering-list">
          {topics.map((topic) => (
            <Topic key={topic.tag} topic={topic} active={activeTag.toLowerCase() === topic.tag.toLowerCase()} onShowTopic={onShowTopic} onShowPlant={onShowPlant} />
          ))}
        </ul>
      )}
    </section>
  );
}
