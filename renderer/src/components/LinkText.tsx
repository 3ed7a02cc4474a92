import { splitWikilinks, wikilinkText } from '../markdown/wikilink-syntax';

/**
 * A line of markdown source shown as plain text, with its wikilinks reduced to what a
 * reader sees (`[[Target|label]]` → "label") and marked. Never parsed as markup.
 */
export function LinkText({ text }: { text: string }) {
  return (
    <>
      {splitWikilinks(text).map((piece, i) =>
        piece.type === 'text' ? (
          <span key={i}>{piece.value}</span>
        ) : (
          <mark key={i} className="link-mention">
            {wikilinkText(piece.link)}
          </mark>
        ),
      )}
    </>
  );
}
