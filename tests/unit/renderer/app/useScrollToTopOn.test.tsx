// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useScrollToTopOn } from '../../../../renderer/src/app/useScrollToTopOn';

afterEach(cleanup);

function View({ place, onScrollTo }: { place: string; onScrollTo: () => void }) {
  const ref = useRef<HTMLElement>(null);
  useScrollToTopOn(ref, place);
  return (
    <main
      data-testid="main"
      ref={(element) => {
        ref.current = element;
        if (element) element.scrollTo = onScrollTo as typeof element.scrollTo;
      }}
    />
  );
}

/** The plant list, scrolled down by the person (a scroll event, as the browser sends). */
function scrolledDown() {
  const scrollTo = vi.fn();
  const view = render(<View place="#/plants" onScrollTo={scrollTo} />);
  const main = view.getByTestId('main');
  main.scrollTop = 400;
  fireEvent.scroll(main);
  const goTo = (place: string) => view.rerender(<View place={place} onScrollTo={scrollTo} />);
  return { scrollTo, main, goTo };
}

describe('a new view starts at its top', () => {
  it('scrolls back to the top when the view changes after the person scrolled down', () => {
    const { scrollTo, goTo } = scrolledDown();
    goTo('#/graph');
    expect(scrollTo).toHaveBeenCalledTimes(1);
    expect(scrollTo).toHaveBeenCalledWith({ top: 0 });
  });

  it('leaves a view that is already at its top alone (no forced layout while the new view mounts)', () => {
    const { scrollTo, main, goTo } = scrolledDown();
    main.scrollTop = 0;
    fireEvent.scroll(main); // scrolled back up by hand
    goTo('#/graph');
    goTo('#/people');
    expect(scrollTo).not.toHaveBeenCalled();
  });
});
