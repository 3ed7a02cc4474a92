import { useEffect, useRef, type RefObject } from 'react';

/**
 * A new view starts at its top, as a new page would: scrolls `ref` to the top whenever
 * `place` changes. Only when it is not there already, and known without asking the DOM:
 * reading or setting the scroll position while the new view has just been committed forces
 * its whole layout inside React's commit (17 ms of a long task when the map opened).
 */
export function useScrollToTopOn(ref: RefObject<HTMLElement | null>, place: string): void {
  const scrolled = useRef(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onScroll = () => {
      scrolled.current = element.scrollTop > 0;
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, [ref]);
  useEffect(() => {
    if (!scrolled.current) return;
    scrolled.current = false;
    ref.current?.scrollTo?.({ top: 0 });
  }, [ref, place]);
}
