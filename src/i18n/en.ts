import { ideaBoardEn } from './tables/idea-board/en.js';
import { fundingProgressEn } from './tables/funding-progress/en.js';
import { expertLeaderboardEn } from './tables/expert-leaderboard/en.js';
/**
 * English strings. This table defines the keys: every other locale is typed against it.
 *
 * Values are plain text (never HTML) with `{name}` placeholders, or plural forms keyed by
 * `Intl.PluralRules` category whose text contains `{count}`.
 */
/** Strings shared by every widget, and those of the petition widgets. */
export const coreEn = {
  loading: 'Loading…',

  'error.prefix': 'Error:',
  'error.title': 'Could not load',
  'error.retry': 'Try again',
  'error.network': 'Check your internet connection and try again.',
  'error.timeout': 'The server took too long to answer.',
  'error.malformed': 'The server sent data we could not read',
  'error.notFound': 'We could not find this. It may have been removed.',
  'error.authRequired': 'Sign in to continue',
  'error.server': 'Something went wrong on the server.',

  'live.updated': 'Figures updated',
  'live.paused': 'Live updates paused. Reconnecting…',
  'live.resumed': 'Live updates resumed',
  'live.resultsLoaded': { one: '{count} result loaded', other: '{count} results loaded' },

  signatures: { one: '{count} signature', other: '{count} signatures' },
  supporters: { one: '{count} supporter', other: '{count} supporters' },
  backers: { one: '{count} backer', other: '{count} backers' },
  ideas: { one: '{count} idea', other: '{count} ideas' },
  votes: { one: '{count} vote', other: '{count} votes' },

  'time.daysLeft': { one: '{count} day left', other: '{count} days left' },
  'time.hoursLeft': { one: '{count} hour left', other: '{count} hours left' },
  'time.minutesLeft': { one: '{count} minute left', other: '{count} minutes left' },
  'time.closed': 'Closed',

  'petition.state.draft': 'Draft',
  'petition.state.collecting_sponsors': 'Collecting supporters',
  'petition.state.in_moderation': 'Being checked',
  'petition.state.open': 'Open',
  'petition.state.closed': 'Closed',
  'petition.state.rejected': 'Rejected',
  'petition.state.hidden': 'Removed',
  'petition.badge.responded': 'Response received',
  'petition.badge.debateScheduled': 'Debate scheduled',
  'petition.badge.debated': 'Debated',
  'petition.status': 'Status',
  'petition.topics': 'Topics',
  'petition.createdBy': 'Created by {name}',
  'petition.readFull': 'Read the full petition',
  'petition.signaturesLabel': { one: 'signature', other: 'signatures' },
  'petition.offline': { one: 'Includes {count} paper signature', other: 'Includes {count} paper signatures' },
  'petition.progressLabel': 'Progress towards the next goal',
  'petition.percentOfGoal': '{percent} of the goal',
  'petition.goalLine': {
    one: 'Goal: {count} signature for {goal}',
    other: 'Goal: {count} signatures for {goal}',
  },
  'petition.moreNeeded': {
    one: '{count} more signature needed for {goal}',
    other: '{count} more signatures needed for {goal}',
  },
  'petition.allReached': 'Every goal has been reached',
  'petition.goal.publication': 'publication',
  'petition.goal.moderation': 'moderation',
  'petition.goal.response': 'an official response',
  'petition.goal.debate': 'a debate',
  'petition.goal.referral': 'referral to a committee',
  'petition.goal.custom': '“{label}”',
  'petition.goal.next': 'the next goal',
  'petition.milestones': 'Goals',
  'petition.milestone.publication': 'Published on the site',
  'petition.milestone.moderation': 'Checked by moderators',
  'petition.milestone.response': 'Official response',
  'petition.milestone.debate': 'Debate',
  'petition.milestone.referral': 'Referred to a committee',
  'petition.milestone.custom': 'Goal',
  'petition.milestone.reachedOn': 'Reached on {date}',
  'petition.milestone.reached': 'Reached',
  'petition.milestone.notReached': 'Not reached',
  'petition.milestone.toGo': { one: '{count} more signature', other: '{count} more signatures' },
  'petition.opened': 'Opened',
  'petition.deadline': 'Deadline',
  'petition.closedOnLabel': 'Closed',
  'petition.closesIn': 'Closes {when}',
  'petition.response.title': 'Official response',
  'petition.response.respondedOn': 'Responded on {date}',
  'petition.response.readFull': 'Read the full response',
  'petition.response.awaiting':
    'This petition has enough signatures for an official response. The response will be published here.',
  'petition.debate.title': 'Debate',
  'petition.debate.awaiting': 'This petition has enough signatures to be debated. A date will be set.',
  'petition.debate.scheduled': 'A debate is scheduled for {date}.',
  'petition.debate.scheduledUndated': 'A debate is being scheduled.',
  'petition.debate.debated': 'This petition was debated on {date}.',
  'petition.debate.debatedUndated': 'This petition was debated.',
  'petition.debate.notDebated': 'It was decided not to debate this petition.',
  'petition.links': 'Read more',
  'petition.rejected.title': 'This petition was rejected',
  'petition.rejected.reason': 'Reason',
  'petition.rejection.duplicate': 'There is already a petition about this.',
  'petition.rejection.irrelevant': 'It is about something the authority is not responsible for.',
  'petition.rejection.no_action': 'It did not ask for a clear action.',
  'petition.rejection.defamatory': 'It included statements that could damage someone’s reputation.',
  'petition.rejection.offensive': 'It included offensive or inappropriate language.',
  'petition.rejection.honours': 'It was about honours or appointments.',
  'petition.rejection.fake_name': 'It was not created under a real name.',
  'petition.rejection.foi':
    'It asked for information, which should be requested through a freedom of information request.',
  'petition.rejection.libellous': 'It included statements that could be libellous.',
  'petition.rejection.advert': 'It advertised a product or service.',
  'petition.rejection.already_happening': 'It asked for something that is already happening.',
  'petition.rejection.individual': 'It was about a particular person or organisation.',
  'petition.rejection.local': 'It was about a local matter that another body is responsible for.',
  'petition.rejection.joke': 'It was not a serious petition.',
  'petition.rejection.other': 'It did not meet the petition standards.',
  'petition.closed': 'This petition closed on {date} and no longer accepts signatures.',
  'petition.closedUndated': 'This petition is closed and no longer accepts signatures.',
  'petition.notOpenYet': 'This petition is not open for signatures yet.',
  'petition.removed': 'This petition has been removed.',
  'petition.unavailable.title': 'This petition is no longer available',
  'petition.unavailable.body': 'It may have been removed, or the link may be wrong.',
  'petition.regions.title': 'Signatures by region',
  'petition.regions.region': 'Region',
  'petition.regions.count': 'Signatures',
  'petition.regions.share': 'Share',
  'petition.regions.showFewer': 'Show fewer regions',
  'petition.regions.showAll': {
    one: 'Show all {count} region',
    other: 'Show all {count} regions',
  },
  'petition.liveCount': { one: '{title}: {count} signature', other: '{title}: {count} signatures' },
  'petition.share': 'Share this petition',
  'petition.linkCopied': 'Link copied',
  'petition.copyFailed': 'Could not copy automatically. Select the link and copy it:',
  'petition.linkLabel': 'Link to this petition',
  'petition.embed.toggle': 'Get embed code',
  'petition.embed.label': 'Embed code',
  'petition.embed.hint': 'Paste this code into a web page to show this petition there.',
  'petition.embed.copy': 'Copy code',
  'petition.embed.copied': 'Code copied',
  'petition.embed.copyFailed':
    'Could not copy automatically. The code is selected: copy it with your keyboard.',
  'petition.viewPage': 'Open the petition page',

  'sign.title': 'Sign this petition',
  'sign.optional': '(optional)',
  'sign.name': 'Full name',
  'sign.email': 'Email address',
  'sign.emailHint': 'We will send you an email to confirm your signature.',
  'sign.postcode': 'Postcode',
  'sign.region': 'Region',
  'sign.country': 'Country',
  'sign.address': 'Address',
  'sign.choose': 'Select an option',
  'sign.age': { one: 'I am {count} year old or older', other: 'I am {count} years old or older' },
  'sign.notify': 'Email me about this petition',
  'sign.notifyHint': 'For example, when it gets a response or is debated.',
  'sign.privacy': 'How we use your data',
  'sign.website': 'Leave this field empty',
  'sign.signInRequired': 'You need to sign in to sign this petition.',
  'sign.submit': 'Sign this petition',
  'sign.sending': 'Sending…',
  'sign.error.summary': 'There is a problem',
  'sign.error.nameMissing': 'Enter your full name',
  'sign.error.nameTooLong': 'Name must be 100 characters or fewer',
  'sign.error.nameInvalid': 'Enter your real name',
  'sign.error.emailMissing': 'Enter your email address',
  'sign.error.emailInvalid': 'Enter an email address in the correct format, like name@example.com',
  'sign.error.postcodeMissing': 'Enter your postcode',
  'sign.error.postcodeInvalid': 'Enter a real postcode',
  'sign.error.regionMissing': 'Select your region',
  'sign.error.regionInvalid': 'Select a region from the list',
  'sign.error.countryMissing': 'Select your country',
  'sign.error.countryInvalid': 'Select a country from the list',
  'sign.error.addressMissing': 'Enter your address',
  'sign.error.addressTooLong': 'Address must be 500 characters or fewer',
  'sign.error.eligible': 'Confirm that the statement is true for you',
  'sign.error.age': 'Confirm your age to sign this petition',
  'sign.error.other': 'Check your answers and try again',
  'sign.notSent.title': 'Your signature has not been sent',
  'sign.notSent.kept': 'Your answers are still filled in.',
  'sign.closed': 'This petition no longer accepts signatures.',
  'sign.rejected': 'This petition was rejected, so it cannot be signed.',
  'sign.forbidden': 'You cannot sign this petition. Check that you meet its conditions.',
  'sign.authRequired': 'Sign in to sign this petition.',
  'sign.success.title': 'Check your email',
  'sign.success.sent': 'We have sent an email to {email}.',
  'sign.success.confirm':
    'Open the link in the email to confirm your signature. Your signature only counts after you confirm it.',
  'sign.success.spam': 'If the email does not arrive within a few minutes, check your spam folder.',
  'sign.resend': 'Send the email again',
  'sign.resendWait': {
    one: 'You can ask for a new email after {count} second.',
    other: 'You can ask for a new email after {count} seconds.',
  },
  'sign.resent': 'We have sent the email again.',
  'sign.resendFailed': 'We could not send the email again. Try again in a moment.',

  'submit.network': 'We could not reach the server. Check your internet connection, then try again.',
  'submit.server': 'Something went wrong on our side. Try again in a moment.',
  'submit.busy': 'We are still processing your request. Wait a moment, then try again.',
  'submit.rateLimited': 'There have been too many attempts. Wait a few minutes, then try again.',

  'confirm.title': 'Confirm your signature',
  'confirm.body': 'Press the button to confirm your signature. It only counts after you confirm it.',
  'confirm.button': 'Confirm my signature',
  'confirm.sending': 'Confirming…',
  'confirm.done.title': 'Thank you, your signature is confirmed',
  'confirm.done.petition': 'You signed:',
  'confirm.done.count': {
    one: 'The petition now has {count} signature.',
    other: 'The petition now has {count} signatures.',
  },
  'confirm.missing':
    'This confirmation link is incomplete. Open the link from your email again, or copy the whole link into your browser.',
  'confirm.invalid.title': 'This link has expired or is not valid',
  'confirm.invalid.body':
    'Confirmation links only work for a limited time. To sign, fill in the petition form again and we will email you a new link.',
  'confirm.failed.title': 'Your signature has not been confirmed yet',
  'confirm.closed': 'This petition has closed, so signatures can no longer be confirmed.',
} as const;

export const en = {
  ...coreEn,
  ...ideaBoardEn,
  ...fundingProgressEn,
  ...expertLeaderboardEn,
} as const;

/** Plural categories of `Intl.PluralRules`. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** Plural forms: `other` is always required, the rest depend on the language. */
export type PluralForms = { readonly other: string } & {
  readonly [C in Exclude<PluralCategory, 'other'>]?: string;
};

export type MessageValue = string | PluralForms;

export type MessageKey = keyof typeof en;

/** Keys whose value is one template. */
export type TermKey = {
  [K in MessageKey]: (typeof en)[K] extends string ? K : never;
}[MessageKey];

/** Keys whose value is a set of plural forms. */
export type PluralKey = Exclude<MessageKey, TermKey>;

/** A complete string table whose plural entries have the forms `P` that the language needs. */
export type LocaleMessages<P extends PluralForms = PluralForms> = {
  readonly [K in MessageKey]: K extends TermKey ? string : P;
};

/** The shape of a complete string table. */
export type Messages = LocaleMessages;

/** What a page may override: any subset of the keys. */
export type PartialMessages = Partial<Messages>;
