/**
 * The notes page's one route: `#entity=<id>` shows that entity's page, any
 * other hash (`#all`, none) the list. A hash, so the back button and links
 * between entities work without a router.
 */
import { useEffect, useState } from "preact/hooks";

/** The address of an entity's page, for links. */
export const entityHref = (entityId: string) => `#entity=${encodeURIComponent(entityId)}`;

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => setHash(location.hash);
    addEventListener("hashchange", on);
    return () => removeEventListener("hashchange", on);
  }, []);
  return hash;
}

/** The id of the entity whose page is shown, or undefined for the list. */
export function useEntityRoute(): string | undefined {
  const match = /^#entity=(.+)$/.exec(useHash())?.[1];
  return match ? decodeURIComponent(match) : undefined;
}
