import nodemailer from 'nodemailer';
import type { Config } from '../config';

/** One plain-text e-mail; the sender is the transport's (NETRA_MAIL_FROM). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** How the outbox hands a message over; tests inject their own. */
export interface MailTransport {
  /** Resolves once the server accepted the message for the recipient; rejects otherwise. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** An SMTP transport (nodemailer) from a `smtp://` or `smtps://` URL; STARTTLS is used when offered. */
export function smtpTransport(options: { url: string; from: string }): MailTransport {
  const mailer = nodemailer.createTransport(
    {
      url: options.url,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
      // Messages are plain text: nothing may pull a file or a URL into one.
      disableFileAccess: true,
      disableUrlAccess: true,
    },
    { from: options.from },
  );
  return {
    async send(message) {
      const info = await mailer.sendMail({ to: message.to, subject: message.subject, text: message.text });
      if (info.rejected.length > 0) throw new Error(`recipient rejected: ${String(info.response ?? '')}`);
    },
    close() {
      mailer.close();
    },
  };
}

/** The configured SMTP transport, or null when NETRA_SMTP_URL is not set (mail then stays queued). */
export function transportFromConfig(config: Pick<Config, 'mail'>): MailTransport | null {
  const mail = config.mail;
  if (!mail?.smtpUrl) return null;
  return smtpTransport({ url: mail.smtpUrl, from: mail.from });
}
