import nodemailer from 'nodemailer';

/** Sends one message; rejects when the server refuses it or cannot be reached. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string; html: string }): Promise<void>;
  close(): void;
}

/** A mailer over SMTP (`smtp://user:pass@host:587`, `smtps://…`), sending from `from`. */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    close() {
      transport.close();
    },
  };
}
