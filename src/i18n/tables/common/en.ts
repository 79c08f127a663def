/** English strings shared by every widget: loading, errors, live updates, counted nouns, time, form answers. */
export const commonEn = {
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

  'submit.network': 'We could not reach the server. Check your internet connection, then try again.',
  'submit.server': 'Something went wrong on our side. Try again in a moment.',
  'submit.busy': 'We are still processing your request. Wait a moment, then try again.',
  'submit.rateLimited': 'There have been too many attempts. Wait a few minutes, then try again.',
  'submit.rateLimitedUntil': 'There have been too many attempts. Try again {when}.',
  'submit.originNotAllowed.sign':
    'Signing petitions is not available on this page yet. Your signature has not been sent.',
  'submit.originNotAllowed.idea': 'Proposing ideas is not available on this page yet.',
  'submit.originNotAllowed.confirm': 'Confirming signatures is not available on this page yet.',
  'submit.originNotAllowed.vote': 'Voting is not available on this page yet. Your vote has not been saved.',
  'submit.originNotAllowed.report': 'Reporting ideas is not available on this page yet.',

  /** Both forms say these; the keys are public, so they keep their `sign.` names. */
  'sign.error.summary': 'There is a problem',
  'sign.error.other': 'Check your answers and try again',

  /** "Download the data" (`with-download`): each widget's open-data exports. */
  'download.title': 'Download the data',
  'download.format.csv': 'CSV',
  'download.format.json': 'JSON',
  'download.dataset.petitions': 'This petition',
  'download.dataset.petition-regions': 'Signatures by region',
  'download.dataset.petition-history': 'Signatures over time',
  'download.dataset.ideas': 'Ideas on this board',
  'download.dataset.campaigns': 'This campaign',
  'download.dataset.campaign-milestones': 'Stretch goals',
  'download.dataset.campaign-history': 'Money raised over time',
  'download.dataset.leaderboard-entries': 'Rankings',
} as const;
