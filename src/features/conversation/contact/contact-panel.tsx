import { useId, useState } from 'react';
import { Link } from 'wouter';
import { PAGES } from '../../../domain';
import { explainFailure, useContact } from '../../../queries';
import { Button, ChevronDownIcon, ErrorState, Spinner, StatusPill, cx, upTo } from '../../../ui';
import { fromRoot } from '../page-href';
import './contact-panel.css';

export interface ContactPanelProps {
  contactId: number;
  /** The conversation on screen: left out of "Other conversations". */
  conversationId: number;
}

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * The customer beside the thread (SPEC 7.4): name, email, when Parley first saw them, and their
 * other conversations with their status. Collapsible; below the thread on a narrow screen.
 */
export function ContactPanel({ contactId, conversationId }: ContactPanelProps) {
  const contact = useContact(contactId);
  // Folded on a narrow screen, where it sits between the thread and the composer.
  const [open, setOpen] = useState(
    () => typeof window === 'undefined' || !window.matchMedia?.(upTo('narrowPane')).matches,
  );
  const bodyId = useId();
  const others = contact.data?.conversations.filter((c) => c.id !== conversationId) ?? [];

  return (
    <section aria-label="Contact" className={cx('contact-panel', !open && 'contact-panel--closed')}>
      <Button
        variant="ghost"
        size="sm"
        className="contact-panel__toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        <span>Contact details</span>
        <ChevronDownIcon size={14} />
      </Button>
      <div id={bodyId} hidden={!open} className="contact-panel__body">
        {contact.isPending ? (
          <Spinner label="Loading contact" />
        ) : contact.isError ? (
          <ErrorState
            title="The contact could not be loaded"
            message={explainFailure(contact.error)}
            onRetry={() => void contact.refetch()}
            retrying={contact.isFetching}
          />
        ) : (
          <>
            <dl className="contact-panel__facts">
              <dt>Name</dt>
              <dd>{contact.data.name}</dd>
              <dt>Email</dt>
              <dd>
                <a href={`mailto:${contact.data.email}`}>{contact.data.email}</a>
              </dd>
              <dt>First seen</dt>
              <dd>
                {contact.data.firstSeenAt === null ? '—' : day.format(contact.data.firstSeenAt)}
              </dd>
            </dl>
            <h3 className="contact-panel__heading">Other conversations</h3>
            {others.length === 0 ? (
              <p className="contact-panel__none">None: this is their first.</p>
            ) : (
              <ul className="contact-panel__conversations">
                {others.map((c) => (
                  <li key={c.id}>
                    <Link
                      href={fromRoot(
                        PAGES.conversation.path({ inboxId: c.inboxId, conversationId: c.id }),
                      )}
                      className="contact-panel__link"
                    >
                      <span>
                        <span className="visually-hidden">Conversation </span>#{c.id}
                      </span>
                      <StatusPill status={c.status} />
                      <span className="contact-panel__date">
                        <span className="visually-hidden">started </span>
                        {day.format(c.createdAt)}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
