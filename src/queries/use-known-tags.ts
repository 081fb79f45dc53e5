// Tags seen on the org's conversations, for "Add tag". The API has no tag list of its own, so
// this reads the most recent conversations of every view but spam, plus what the cache holds.
import { useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ConversationPage } from '../api';
import type { Tag } from '../domain';
import { api } from './api';
import { conversationKeys } from './keys';

export const knownTagsKey = ['tags', 'known'] as const;

function addTags(into: Map<string, Tag>, tags: readonly Tag[]) {
  for (const tag of tags) {
    const key = tag.name.toLowerCase();
    if (!into.has(key)) into.set(key, tag);
  }
}

export function useKnownTags(): Tag[] {
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: knownTagsKey,
    queryFn: async ({ signal }) => {
      const page = await api.listConversations({ view: 'all', sort: 'newest', limit: 100 }, signal);
      const found = new Map<string, Tag>();
      for (const row of page.data) addTags(found, row.conversationTags);
      return [...found.values()];
    },
    staleTime: 60_000,
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
