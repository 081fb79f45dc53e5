// A small EventSource over fetch, for component tests: happy-dom and Node 20 have none, and fetch
// is what MSW intercepts, so the app's live updates run against the mock backend's real stream.
// Enough of the protocol for `/api/events`: `event`, `data` and `id` fields, one connection (no
// reconnect), `close()` aborting the request.

type Listener = (event: MessageEvent<string>) => void;

export class FetchEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  /** Every source made, so a test can wait until the app is listening. */
  static readonly instances: FetchEventSource[] = [];

  readonly url: string;
  readonly withCredentials: boolean;
  readyState = FetchEventSource.CONNECTING;
  onmessage: Listener | null = null;
  onerror: ((event: Event) => void) | null = null;
  onopen: ((event: Event) => void) | null = null;
  private readonly abort = new AbortController();

  constructor(url: string | URL, init: { withCredentials?: boolean } = {}) {
    super();
    this.url = String(url);
    this.withCredentials = init.withCredentials ?? false;
    FetchEventSource.instances.push(this);
    void this.run();
  }

  close(): void {
    this.readyState = FetchEventSource.CLOSED;
    this.abort.abort();
  }

  private async run(): Promise<void> {
    try {
      const response = await fetch(this.url, {
        headers: { Accept: 'text/event-stream' },
        credentials: this.withCredentials ? 'include' : 'same-origin',
        signal: this.abort.signal,
      });
      if (!response.ok || !response.body)
        throw new Error(`event stream answered ${response.status}`);
      this.readyState = FetchEventSource.OPEN;
      this.emit(new Event('open'));
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done || this.readyState === FetchEventSource.CLOSED) break;
        buffer += value;
        let end = buffer.indexOf('\n\n');
        while (end !== -1) {
          this.dispatchBlock(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      if (this.readyState !== FetchEventSource.CLOSED) this.emit(new Event('error'));
    }
    this.readyState = FetchEventSource.CLOSED;
  }

  private dispatchBlock(block: string): void {
    let type = 'message';
    let id = '';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') type = value;
      else if (field === 'data') data.push(value);
      else if (field === 'id') id = value;
    }
    if (data.length === 0) return;
    this.emit(new MessageEvent(type, { data: data.join('\n'), lastEventId: id }));
  }

  private emit(event: Event): void {
    if (this.readyState === FetchEventSource.CLOSED) return;
    this.dispatchEvent(event);
    if (event.type === 'message' && event instanceof MessageEvent)
      this.onmessage?.(event as MessageEvent<string>);
    if (event.type === 'error') this.onerror?.(event);
    if (event.type === 'open') this.onopen?.(event);
  }
}
