import type { ComponentPropsWithoutRef } from 'react';
import type { ExtraProps } from 'react-markdown';

/**
 * Images are not loaded yet: attachments need a route through the door, and remote
 * images would let a note ping a server. A labelled box says what is there.
 */
export function MarkdownImage({ alt, src }: ComponentPropsWithoutRef<'img'> & ExtraProps) {
  const name = alt || (typeof src === 'string' ? src : '') || 'an image';
  return (
    <span className="embed-box image-placeholder" data-testid="image-placeholder">
      <span className="embed-label">Image: </span>
      {name}
      <span className="embed-note"> — images are shown in a later release.</span>
    </span>
  );
}
