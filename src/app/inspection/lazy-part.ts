import { type ComponentType, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose module loads when it first renders, for parts of the inspection screen that the
 * checklist's first paint does not show (the photo dialog, the signing tab): their modules bring zod
 * (through the date formatting) and the signature pad, which the cold start should not load. It
 * renders nothing until the chunk is there: it is precached, so that is a moment. (preact-iso's `lazy`
 * suspends instead, which would hold back the whole route, checklist included, until the chunk came.)
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  return function LazyPart(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (component) return;
      let isMounted = true;
      loading ??= load().then((c) => {
        loaded = c;
        return c;
      });
      void loading.then((c) => {
        if (isMounted) setComponent(() => c);
      });
      return () => {
        isMounted = false;
      };
    }, []);
    return component ? h(component, props) : null;
  };
}
