import { useMemo, useState } from 'preact/hooks';
import type { ContactWithLog, LogResult } from '@/lib/db/contacts';
import { translate, type Translate, type UiLang } from '@/lib/i18n';
import { formatTimestamp } from '@/lib/time';
import { mailtoHref, telHref, type PhoneCountry } from '@/lib/tracker/phone';
import { fold } from '@/lib/tracker/text';

export interface ContactsViewProps {
  lang: UiLang;
  contacts: readonly ContactWithLog[];
  /** Country of phone numbers written without a country code (settings). */
  phoneCountry: PhoneCountry;
  onOpenPosting: (postingId: string) => void;
  onAddLog: (entry: { contactKey: string; postingId: string; text: string }) => Promise<LogResult>;
  /** Copies text; navigator.clipboard by default. */
  copy?: (text: string) => Promise<void>;
}

function defaultCopy(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

type CardProps = Omit<ContactsViewProps, 'contacts' | 'copy'> & {
  contact: ContactWithLog;
  copy: (text: string) => Promise<void>;
  announce: (message: string) => void;
};

function ContactCard(props: CardProps) {
  const { lang, contact, onOpenPosting } = props;
  const t = translate(lang);
  const headingId = `contact-${contact.key.replace(/[^\w-]/g, '_')}`;
  return (
    <li class="contact-card" data-testid="contact">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{contact.name}</h3>
        {contact.roles.length ? <p class="muted">{contact.roles.join(', ')}</p> : null}
        {contact.organizations.length ? <p class="contact-orgs">{contact.organizations.join(' · ')}</p> : null}
        <ContactMeans t={t} {...props} />
        <p class="contact-postings">
          <span class="muted">{t('trInPostings')}: </span>
          {contact.postings.map((p, i) => (
            <span key={p.id}>
              {i > 0 ? ', ' : null}
              <button type="button" class="link" onClick={() => onOpenPosting(p.id)}>
                {p.title}
              </button>
            </span>
          ))}
        </p>
        <ContactLog t={t} headingId={headingId} {...props} />
      </article>
    </li>
  );
}

/** A contact's phone numbers (call, copy) and e-mail addresses. */
function ContactMeans({ t, contact, phoneCountry, copy, announce }: CardProps & { t: Translate }) {
  return (
    <ul class="contact-means">
      {contact.phones.map((phone) => {
        const href = telHref(phone, phoneCountry);
        return (
          <li key={phone}>
            {href ? (
              <a href={href} aria-label={t('trCall', { phone })}>
                {phone}
              </a>
            ) : (
              <span>{phone}</span>
            )}{' '}
            <button
              type="button"
              class="link"
              aria-label={t('trCopyPhone', { phone })}
              onClick={() =>
                void copy(phone).then(
                  () => announce(t('trCopied', { value: phone })),
                  () => announce(t('trCopyFailed')),
                )
              }
            >
              {t('trCopy')}
            </button>
          </li>
        );
      })}
      {contact.emails.map((email) => {
        const href = mailtoHref(email);
        return (
          <li key={email}>
            {href ? (
              <a href={href} aria-label={t('trMail', { email })}>
                {email}
              </a>
            ) : (
              <span>{email}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** What was said with a contact, and a form to add to it. */
function ContactLog({ t, lang, contact, headingId, onAddLog, announce }: CardProps & { t: Translate; headingId: string }) {
  const [text, setText] = useState('');
  const [postingId, setPostingId] = useState(contact.postings[0]?.id ?? '');
  const [error, setError] = useState('');

  async function submit(e: Event) {
    e.preventDefault();
    if (!text.trim()) {
      setError(t('trLogEmptyText'));
      return;
    }
    const r = await onAddLog({ contactKey: contact.key, postingId: postingId || contact.postings[0]?.id || '', text });
    if (r.ok) {
      setText('');
      setError('');
      announce(t('trLogAdded'));
    } else setError(t('saveFailed', { error: r.error }));
  }

  return (
    <details class="contact-log">
      <summary>{t('trLogCount', { n: contact.log.length })}</summary>
      {contact.log.length === 0 ? <p class="muted">{t('trLogNone')}</p> : null}
      <ol class="log-entries">
        {contact.log.map((entry) => (
          <li key={entry.id} data-testid="log-entry">
            <time dateTime={entry.at}>{formatTimestamp(entry.at, lang)}</time>
            <span class="log-text">{entry.text}</span>
          </li>
        ))}
      </ol>
      {contact.postings.length ? (
        <form class="log-form" onSubmit={(e) => void submit(e)} noValidate>
          <label for={`${headingId}-text`}>{t('trLogText')}</label>
          <textarea
            id={`${headingId}-text`}
            rows={2}
            maxLength={5000}
            value={text}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${headingId}-error` : undefined}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          {contact.postings.length > 1 ? (
            <>
              <label for={`${headingId}-posting`}>{t('trLogPosting')}</label>
              <select id={`${headingId}-posting`} value={postingId} onChange={(e) => setPostingId(e.currentTarget.value)}>
                {contact.postings.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          {error ? (
            <span class="field-error" id={`${headingId}-error`}>
              {error}
            </span>
          ) : null}
          <button type="submit" class="secondary">
            {t('trLogAdd')}
          </button>
        </form>
      ) : null}
    </details>
  );
}

/** Everyone named as a contact in any saved posting: call, mail, copy a number, and a log of conversations. */
export function ContactsView({ lang, contacts, phoneCountry, onOpenPosting, onAddLog, copy = defaultCopy }: ContactsViewProps) {
  const t = translate(lang);
  const [query, setQuery] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const shown = useMemo(() => {
    const q = fold(query.trim());
    if (!q) return contacts;
    return contacts.filter((c) =>
      fold([c.name, ...c.roles, ...c.organizations, ...c.emails, ...c.postings.map((p) => p.title)].join(' ')).includes(q),
    );
  }, [contacts, query]);

  return (
    <section class="contacts-view" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t('trContacts')}</h2>
      {contacts.length === 0 ? (
        <p class="empty">{t('trContactsEmpty')}</p>
      ) : (
        <>
          <label class="field" role="search">
            <span>{t('trFindContact')}</span>
            <input type="search" value={query} maxLength={200} onInput={(e) => setQuery(e.currentTarget.value)} />
          </label>
          {shown.length === 0 ? <p class="empty">{t('trNoMatches')}</p> : null}
          <ul class="contacts">
            {shown.map((c) => (
              <ContactCard
                key={c.key}
                lang={lang}
                contact={c}
                phoneCountry={phoneCountry}
                onOpenPosting={onOpenPosting}
                onAddLog={onAddLog}
                copy={copy}
                announce={setAnnouncement}
              />
            ))}
          </ul>
        </>
      )}
      <p class="sr-status" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
