// The org's tags, for "Add tag": every tag of the org (GET /api/tags), plus what the cache holds
// (a tag just added optimistically).
import { useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ConversationPage } from '../api';
import type { Tag } from '../domain';
import { findKeys, findQueries } from './find';
import { conversationKeys } from './keys';

/** The tags' query key, which a new tag invalidates. */
export const knownTagsKey = findKeys.tags();

function addTags(into: Map<string, Tag>, tags: readonly Tag[]) {
  for (const tag of tags) {
    const key = tag.name.toLowerCase();
    if (!into.has(key)) into.set(key, tag);
  }
}

// Module-level, so the selection runs once per answer rather than on every render.
const asTags = (tags: readonly { name: string; color: string }[]): Tag[] =>
  tags.map(({ name, color }) => ({ name, color }));

export function useKnownTags(): Tag[] {
  const qc = useQueryClient();
  const query = useQuery({
    ...findQueries.tags(),
    select: asTags,
  });

  const data = query.data;
  return useMemo(() => {
    const found = new Map<string, Tag>();
    addTags(found, data ?? []);
    const lists = qc.getQueriesData<InfiniteData<ConversationPage>>({
      queryKey: conversationKeys.lists(),
    });
    for (const [, list] of lists) {
      for (const page of list?.pages ?? [])
        for (const row of page.data) addTags(found, row.conversationTags);
    }
    return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [data, qc]);
}
