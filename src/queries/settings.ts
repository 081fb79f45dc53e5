// Changing the org's settings (admins only). The answer is the whole new settings object.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PatchSettingsRequest } from '../api';
import { api } from './api';
import { orgKeys } from './keys';

export function useUpdateSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['settings', 'update'],
    mutationFn: (patch: PatchSettingsRequest) => api.updateSettings(patch),
    onSuccess: (saved) => qc.setQueryData(orgKeys.settings, saved),
  });
}
