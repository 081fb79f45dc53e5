// The one client the UI talks through. `VITE_API_BASE_URL` points the UI at another API host.
import { createApiClient } from '../api';

export const api = createApiClient({ baseUrl: import.meta.env.VITE_API_BASE_URL ?? '' });
